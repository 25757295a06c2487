// The size budget: what a page downloads to show each public element (loader + the element's chunk +
// what it imports + one locale's catalogs), gzip, must stay within 14 KB, with room to spare
// (HEADROOM_BYTES) for what the element will grow. Sizes only, never times.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET_BYTES, HEADROOM_BYTES, analyzeElement, formatReport } from '../../bench/size.mjs';
import { ROOT } from '../../scripts/lib.mjs';
import { PUBLIC_ELEMENTS } from './element-surface.js';

const dist = join(ROOT, 'dist');

/**
 * Elements not yet at HEADROOM_BYTES of room (issue 27 point 7), each with the least room it may
 * have now: a ratchet, so a change may only make it smaller. An entry whose element reaches the full
 * headroom fails the test (remove it); the list only shrinks. Never negative: every element stays
 * within the budget itself, listed or not. Empty since issue 27 point 7 landed: every element keeps
 * the full headroom.
 */
const STILL_SHORT: Record<string, number> = {};

describe('widget size budget', () => {
  it('covers every element the built loader loads: the one list, in its order; the ratchet never lets one over the budget', () => {
    expect(Object.values(STILL_SHORT).every((room) => room >= 0)).toBe(true);
    expect(Object.keys(STILL_SHORT).filter((tag) => !PUBLIC_ELEMENTS.includes(tag))).toEqual([]);
    const loaded = [
      ...readFileSync(join(dist, 'embed.js'), 'utf8').matchAll(/["'`](gongyi-[a-z-]+)["'`]:\(\)=>import\(/g),
    ].map((m) => m[1]);
    expect(loaded).toEqual([...PUBLIC_ELEMENTS]);
    expect(BUDGET_BYTES).toBe(14 * 1024);
  });

  for (const tag of PUBLIC_ELEMENTS) {
    it(`loader + <${tag}> (worst locale) ≤ 14 KB gzip with ${HEADROOM_BYTES} B to spare`, () => {
      const r = analyzeElement(tag, dist);
      const report = formatReport(r);
      console.log(report);
      expect(r.files.map((f) => f.file)).toContain('embed.js');
      expect(r.files.some((f) => f.why === `<${tag}>`)).toBe(true);
      const room = BUDGET_BYTES - r.showGzip;
      const short = STILL_SHORT[tag];
      expect(r.showGzip, report).toBeLessThanOrEqual(BUDGET_BYTES);
      if (short === undefined) {
        expect(room, report).toBeGreaterThanOrEqual(HEADROOM_BYTES);
      } else {
        expect(room, `${tag} has ${room} B of room, less than STILL_SHORT allows\n${report}`).toBeGreaterThanOrEqual(
          short,
        );
        expect(room, `${tag} now has ${room} B of room: remove it from STILL_SHORT\n${report}`).toBeLessThan(
          HEADROOM_BYTES,
        );
      }
    });
  }

  it('the loader stays tiny and loads element code only on demand', () => {
    const r = analyzeElement('gongyi-progress', dist);
    const loader = r.files.find((f) => f.file === 'embed.js')!;
    // The loader defines elements lazily: a few hundred bytes, no Lit inside.
    expect(loader.gzip).toBeLessThanOrEqual(2 * 1024);
    // A page with only <gongyi-progress> never downloads <gongyi-project>'s own chunk.
    expect(r.files.some((f) => /gongyi-project/.test(f.file))).toBe(false);
  });

  it('a project or column card fetches its nested card after its own first paint', () => {
    // <gongyi-project>'s campaign card and <gongyi-column>'s figures are chunks of their own.
    expect(analyzeElement('gongyi-project', dist).files.some((f) => /gongyi-progress/.test(f.file))).toBe(false);
    expect(analyzeElement('gongyi-column', dist).files.some((f) => /gongyi-stats/.test(f.file))).toBe(false);
  });
});
