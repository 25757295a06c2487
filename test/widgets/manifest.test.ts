// custom-elements.json (dist/, written by `npm run build`) against the defined elements in Chromium:
// each class's observedAttributes equal the manifest's attributes, and every part the element
// renders before its data arrives (skeleton) and without its required attribute (error) is listed.
// test/e2e/manifest.test.ts compares the full surface with the sources.
import { PUBLIC_ELEMENTS } from '../../widgets/src/public-elements.js';
import { assert, cleanup, equal, mount, waitFor } from './helpers.js';

// Every public element, defined the way embed.js defines it: through the one list's loaders.
await Promise.all(Object.values(PUBLIC_ELEMENTS).map((load) => load()));

type Decl = { tagName: string; attributes: { name: string }[]; cssParts: { name: string }[] };
const ATTR = { 'gongyi-progress': 'campaign', 'gongyi-project': 'project', 'gongyi-lunch': 'school' } as Record<
  string,
  string
>;

let decls: Decl[] = [];
const manifest = async () => {
  if (decls.length) return decls;
  const r = await fetch('/dist/custom-elements.json');
  assert(r.ok, 'dist/custom-elements.json missing: run npm run build');
  const m = (await r.json()) as { modules: { declarations: Decl[] }[] };
  return (decls = m.modules.flatMap((x) => x.declarations));
};

/** Part names in a shadow root, including those of nested shadow roots re-exported by exportparts. */
const partsIn = (root: ShadowRoot) =>
  [...root.querySelectorAll('[part]')].flatMap((e) => e.getAttribute('part')!.split(/\s+/));

afterEach(() => cleanup());

describe('custom-elements.json in Chromium', () => {
  it('lists exactly the defined gongyi-* elements', async () => {
    for (const d of await manifest()) assert(customElements.get(d.tagName), `${d.tagName} is defined`);
    equal(
      JSON.stringify((await manifest()).map((d) => d.tagName).sort()),
      JSON.stringify(Object.keys(PUBLIC_ELEMENTS).sort()),
      'the public elements',
    );
  });

  it("each element's observedAttributes are the manifest's attributes", async () => {
    for (const d of await manifest()) {
      const observed = [
        ...(customElements.get(d.tagName) as unknown as { observedAttributes: string[] }).observedAttributes,
      ].sort();
      equal(JSON.stringify(observed), JSON.stringify(d.attributes.map((a) => a.name).sort()), d.tagName);
    }
  });

  it('every part rendered while loading and on an error is in the manifest', async () => {
    const all = await manifest();
    const original = window.fetch;
    window.fetch = () => new Promise<Response>(() => {}); // no answer ever: the skeleton stays
    try {
      for (const d of all) {
        const attr = ATTR[d.tagName] ?? 'org';
        const loading = mount<HTMLElement>(`<${d.tagName} ${attr}="x"></${d.tagName}>`);
        await waitFor(() => loading.shadowRoot?.querySelector('[part~="card"]'), `${d.tagName} skeleton`);
        const seen = new Set(partsIn(loading.shadowRoot!));
        const failed = mount<HTMLElement>(`<${d.tagName}></${d.tagName}>`); // required attribute missing
        await waitFor(() => failed.shadowRoot?.querySelector('[part~="error"]'), `${d.tagName} error`);
        for (const p of partsIn(failed.shadowRoot!)) seen.add(p);
        const listed = new Set(d.cssParts.map((p) => p.name));
        for (const p of seen) assert(listed.has(p), `${d.tagName}: part "${p}" is not in the manifest`);
        assert(seen.has('card') && seen.has('error'), `${d.tagName} rendered its card and error`);
      }
    } finally {
      window.fetch = original;
    }
  });
});
