// China Standard Time lives in common/china-time.ts (the console counts days the same way). This
// name stays so the worker's many importers (db/, routes/admin/, being reworked meanwhile) keep
// working; new code may import common/china-time directly.
export { chinaDate, chinaDayStart, nextDay } from '../../common/china-time';
