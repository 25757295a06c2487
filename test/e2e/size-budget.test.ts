// The size budget: what a page downloads to show one <gongyi-progress> (loader + the element's
// chunk + what it imports + one locale's catalogs), gzip, must stay within 14 KB. Sizes only, never times.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET_BYTES, analyzeElement, formatReport } from '../../bench/size.mjs';
import { ROOT } from '../../scripts/lib.mjs';

const dist = join(ROOT, 'dist');

describe('widget size budget', () => {
  it('loader + <gongyi-progress> (worst locale) ≤ 14 KB gzip', () => {
    const r = analyzeElement('gongyi-progress', dist);
    console.log(formatReport(r));
    expect(r.files.map((f) => f.file)).toContain('embed.js');
    expect(r.files.some((f) => f.why === '<gongyi-progress>')).toBe(true);
    expect(BUDGET_BYTES).toBe(14 * 1024);
    expect(r.showGzip, formatReport(r)).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('the loader stays tiny and loads element code only on demand', () => {
    const r = analyzeElement('gongyi-progress', dist);
    const loader = r.files.find((f) => f.file === 'embed.js')!;
    // The loader defines elements lazily: a few hundred bytes, no Lit inside.
    expect(loader.gzip).toBeLessThanOrEqual(2 * 1024);
    // A page with only <gongyi-progress> never downloads <gongyi-project>'s own chunk.
    expect(r.files.some((f) => /gongyi-project/.test(f.file))).toBe(false);
  });
});
