// What each public element really exposes, read from its sources without looking at the JSDoc:
// the attributes of its Lit `properties` (and its base class's), every `part` its templates set and
// every name it re-exports with `exportparts`, the `--gongyi-*` custom properties its styles read,
// and the events dispatched by it, its base class and what it renders (they bubble and are composed,
// so a listener on the element hears them). The manifest test compares this with custom-elements.json.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib.mjs';
import { PUBLIC_TAGS } from '../../scripts/public-elements.mjs';

const SRC = join(ROOT, 'widgets/src');
const read = (rel: string) => (existsSync(join(SRC, rel)) ? readFileSync(join(SRC, rel), 'utf8') : '');
const noComments = (s: string) => s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

export type Surface = { attributes: string[]; parts: string[]; cssProperties: string[]; events: string[] };

/** Attribute names of a `static override properties = {…}` block: not state, `attribute: 'x'` or the key. */
function attributes(src: string): string[] {
  const block = /static override properties[^=]*=\s*\{([\s\S]*?)\n\s*\};/.exec(src)?.[1] ?? '';
  return [...block.matchAll(/^\s*(\w+):\s*\{([^}]*)\}/gm)]
    .filter(([, , opts]) => !/state:\s*true/.test(opts!) && !/attribute:\s*false/.test(opts!))
    .map(([, key, opts]) => /attribute:\s*'([^']+)'/.exec(opts!)?.[1] ?? key!.toLowerCase());
}

/** Every name a `part` attribute may hold (a literal, or both arms of a conditional). */
function parts(src: string): string[] {
  const out: string[] = [];
  for (const m of src.matchAll(/\spart=(?:"([^"]*)"|\$\{([^}]*)\})/g)) {
    const text = m[1] ?? [...m[2]!.matchAll(/[?:]\s*'([^']*)'/g)].map((q) => q[1]).join(' ');
    out.push(...text.split(/\s+/));
  }
  // exportparts="a, b: c" (or a const holding that list) makes `a` and `c` the host's parts.
  const consts: Record<string, string> = Object.fromEntries(
    [...src.matchAll(/const (\w+) =\s*((?:'[^']*'\s*\+?\s*)+);/g)].map((m) => [
      m[1],
      [...m[2]!.matchAll(/'([^']*)'/g)].map((q) => q[1]).join(''),
    ]),
  );
  for (const m of src.matchAll(/exportparts=(?:"([^"]*)"|\$\{(\w+)\})/g)) {
    const list: string = m[1] ?? consts[m[2]!] ?? '';
    out.push(...list.split(',').map((e) => e.split(':').pop()!.trim()));
  }
  return out.filter(Boolean);
}

/** Event names dispatched: emit('…'), new CustomEvent('…') that bubbles, and a form's `event` (+ '-error'). */
function events(src: string): string[] {
  const out = [...src.matchAll(/emit\('([a-z-]+)'/g)].map((m) => m[1]!);
  out.push(...[...src.matchAll(/new CustomEvent\('([a-z-]+)',\s*\{[^)]*composed: true/g)].map((m) => m[1]!));
  const form = /readonly event = '([a-z-]+)'/.exec(src)?.[1];
  if (form) out.push(form, form + '-error');
  return out;
}

const cssProperties = (src: string) => [...src.matchAll(/var\((--gongyi-[a-z0-9-]*[a-z0-9])/g)].map((m) => m[1]!);

/** Tags whose code an element loads and renders: <gongyi-x in a template, import('./gongyi-x.js'). */
const children = (tag: string, src: string) =>
  [...new Set([...src.matchAll(/(?:<|import\(?\s*'\.\/)(gongyi-[a-z-]+?)(?:\.js'|[\s>])/g)].map((m) => m[1]!))].filter(
    (t) => t !== tag,
  );

/** A form element's events and styles reach the card through its module's other files too. */
const formFiles = ['forms/giving-form.ts', 'forms/payment-panel.ts', 'forms/donor-fields.ts', 'forms/donor-link.ts'];

/**
 * An element's own sources: its module, and the modules of its own it loads on demand
 * (`import('./gongyi-column.detail.js')`: a view that comes later is still part of its surface).
 */
function own(tag: string): { src: string; styles: string } {
  const main = noComments(read(`elements/${tag}.ts`));
  const esc = tag.replace(/-/g, '\\-');
  const later = [
    ...main.matchAll(new RegExp(`import\\(?\\s*'\\./(${esc}\\.(?!i18n|styles|types)[a-z-]+)\\.js'`, 'g')),
  ].map((m) => m[1]!);
  const parts = [...new Set(later)].map((f) => noComments(read(`elements/${f}.ts`)));
  const src = [main, ...parts].join('\n');
  // Styles: the styles module, and rules a later module brings with it.
  const styles = [noComments(read(`elements/${tag}.styles.ts`)), ...parts].join('\n');
  return { src, styles };
}

const uniq = (a: string[]) => [...new Set(a)].sort();

/** The surface of a public element (`tag`), its base class included. */
export function surface(tag: string): Surface {
  const base = noComments(read('lib/base.ts'));
  const baseStyles = noComments(read('lib/base.styles.ts'));
  const { src, styles } = own(tag);
  const seen = new Set<string>([tag]);
  const ev = [...events(base), ...events(src)];
  const css = [...cssProperties(baseStyles), ...cssProperties(styles)];
  // Events and inherited custom properties come from everything rendered inside, transitively.
  const queue = children(tag, src);
  while (queue.length) {
    const t = queue.shift()!;
    if (seen.has(t)) continue;
    seen.add(t);
    const c = own(t);
    ev.push(...events(c.src));
    css.push(...cssProperties(c.styles));
    if (/extends GivingForm/.test(c.src)) for (const f of formFiles) ev.push(...events(noComments(read(f))));
    queue.push(...children(t, c.src));
  }
  // A form module also holds the template its card places (<gongyi-pledge part=… exportparts=…>).
  const placed = children(tag, src).flatMap((t) => {
    const m = new RegExp(`html\`<${t}\\b[\\s\\S]*?\n  >`).exec(own(t).src);
    return m ? parts(m[0]) : [];
  });
  return {
    attributes: uniq([...attributes(base), ...attributes(src)]),
    parts: uniq([...parts(base), ...parts(src), ...placed]),
    cssProperties: uniq(css),
    events: uniq(ev),
  };
}

/** The public elements' tags: the one list, widgets/src/public-elements.ts. */
export const PUBLIC_ELEMENTS = PUBLIC_TAGS;
