// Typed amounts: the widgets' giving forms and the staff console read a typed yuan amount the same way.

/**
 * A typed yuan amount ("12", "12.5", "12.50", "１２") → integer fen, or null when it is not a valid
 * positive amount with at most two decimals. String arithmetic, so 19.99 never becomes 1998.
 */
export function yuanToFen(input: string): number | null {
  const s = input
    .trim()
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '');
  const m = /^(\d{1,9})(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return null;
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return fen >= 1 && fen <= 1e10 ? fen : null;
}
