// custom-elements.json (built into dist/ from the JSDoc) against what the elements really have, read
// from their sources by ./element-surface.ts: every attribute, part, custom property and event in
// both directions, so neither the code nor the documentation can drift alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib.mjs';
import { EMBED_ELEMENTS } from '../../worker/embedding/embed-code.js';
import { PUBLIC_ELEMENTS, surface } from './element-surface.js';

type Named = { name: string; default?: string; description?: string; type?: { text: string } };
type Declaration = { tagName: string; attributes: Named[]; cssParts: Named[]; cssProperties: Named[]; events: Named[] };

const manifest = JSON.parse(readFileSync(join(ROOT, 'dist/custom-elements.json'), 'utf8')) as {
  schemaVersion: string;
  modules: { path: string; declarations: Declaration[]; exports: { kind: string; name: string }[] }[];
};
const declared = new Map(manifest.modules.flatMap((m) => m.declarations.map((d) => [d.tagName, d] as const)));
const names = (list: Named[]) => list.map((n) => n.name).sort();

describe('custom-elements.json', () => {
  it('is schema 1.0.0 and has exactly the public elements, each defined by its module', () => {
    expect(manifest.schemaVersion).toBe('1.0.0');
    expect([...declared.keys()].sort()).toEqual([...PUBLIC_ELEMENTS].sort());
    for (const m of manifest.modules) expect(m.exports[0]).toMatchObject({ kind: 'custom-element-definition' });
  });

  it('every public element has an embed kind (iframe page, oEmbed, console snippets) and every kind is a public element', () => {
    expect(
      Object.values(EMBED_ELEMENTS)
        .map((e) => e.tag)
        .sort(),
    ).toEqual([...PUBLIC_ELEMENTS].sort());
  });

  for (const tag of PUBLIC_ELEMENTS) {
    describe(`<${tag}>`, () => {
      const real = surface(tag);
      const d = () => declared.get(tag)!;
      it('attributes: the Lit properties with an attribute', () =>
        expect(names(d().attributes)).toEqual(real.attributes));
      it('parts: every part its templates set or export', () => expect(names(d().cssParts)).toEqual(real.parts));
      it('custom properties: every --gongyi-* its styles (and what it renders) read', () =>
        expect(names(d().cssProperties)).toEqual(real.cssProperties));
      it('events: every event it, its base class and its children dispatch', () =>
        expect(names(d().events)).toEqual(real.events));
      it('every event has its detail type (from widgets/src/events.ts)', () => {
        for (const e of d().events) expect(e.type?.text, e.name).toMatch(/^CustomEvent<Gongyi\w+Detail>$/);
      });
      it('every entry is described', () => {
        for (const n of [...d().attributes, ...d().cssParts, ...d().cssProperties, ...d().events])
          expect(n.description, n.name).toBeTruthy();
      });
    });
  }

  it('the source reader finds things (a guard against it silently matching nothing)', () => {
    const p = surface('gongyi-progress');
    expect(p.attributes).toContain('campaign');
    expect(p.parts).toEqual(expect.arrayContaining(['bar', 'fill', 'give', 'pledge-error']));
    expect(p.cssProperties).toContain('--gongyi-color-matched');
    expect(p.events).toEqual(expect.arrayContaining(['gongyi-pledge', 'gongyi-error']));
  });
});
