// Money in the console: typed yuan → integer fen (string arithmetic, shared with the widgets), and
// fen → exact yuan text for inputs and tables (staff need 1045750.00, not 104.58万).
import { yuanToFen } from '../../common/yuan.js';

export { yuanToFen };

/** 1999 → "19.99"; integer arithmetic only. */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 1999, 'CNY' → "¥19.99" (other currencies keep their code). */
export function formatFen(fen: number, currency = 'CNY'): string {
  const yuan = fenToYuan(fen).replace(/\B(?=(\d{3})+(?!\d))(?=.*\.)/g, ',');
  return currency === 'CNY' ? `¥${yuan}` : `${yuan} ${currency}`;
}

/** Typed yuan where blank or zero means "none" (a co-funding, a fixed cost): 0 then, else yuanToFen (null: not an amount). */
export function yuanToFenOrZero(input: string): number | null {
  const s = input.trim();
  return s === '' || /^0+(\.0*)?$/.test(s) ? 0 : yuanToFen(s);
}
