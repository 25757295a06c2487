// RFC 4180 CSV with a UTF-8 BOM (so Excel opens Chinese text correctly). Cells that a spreadsheet
// would run as a formula are prefixed with an apostrophe. A cell holding `;` is quoted too: Excel
// in a semicolon-separated locale (German, French, …) splits an unquoted one there, and what
// follows the `;` would be a cell of its own, a formula if it starts with `=`.
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(v: unknown): string {
  let s = v == null ? '' : String(v);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
