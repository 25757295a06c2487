// RFC 4180 CSV with a UTF-8 BOM (so Excel opens Chinese text correctly). Cells that a spreadsheet
// would run as a formula are prefixed with an apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(v: unknown): string {
  let s = v == null ? '' : String(v);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
