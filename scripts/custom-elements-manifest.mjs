// custom-elements.json (schema 1.0.0) from the JSDoc of the widget classes, with the TypeScript
// compiler API that is already a dependency. (@custom-elements-manifest/analyzer would pin its own
// TypeScript 5.4 next to ours; the tags we use are few.) Tags, as the analyzer reads them:
//   @tag gongyi-x   @attr|@attribute {type} [name=default] - text   @csspart name - text
//   @cssprop|@cssproperty [--name=default] - text   @fires|@event name - text   @slot [name] - text
// A class inherits the tags of the class it extends (GongyiElement: api, lang, elder, theme, …).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const TAG = /^@(tag|attr|attribute|csspart|cssprop|cssproperty|fires|event|slot)\b\s*(.*)$/;

/** `{type} [name=default] - description` (each piece optional but the name). */
function parseTag(rest) {
  const m = /^(?:\{(.+?)\}\s*)?(?:\[([^\]=]+)(?:=([^\]]*))?\]|(\S+))?\s*(?:-\s*)?(.*)$/s.exec(rest.trim());
  const [, type, optName, def, name, description] = m ?? [];
  return {
    name: (optName ?? name ?? '').trim(),
    type,
    default: def?.trim(),
    description: description?.trim() || undefined,
  };
}

/** The tags of a class's JSDoc block, continuation lines joined to their tag. */
function tagsOf(node, text) {
  const doc = ts.getJSDocCommentsAndTags(node).find(ts.isJSDoc);
  if (!doc) return { description: undefined, tags: [] };
  const lines = text
    .slice(doc.pos, doc.end)
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, ''));
  const tags = [];
  const prose = [];
  for (const l of lines) {
    const m = TAG.exec(l.trim());
    if (m) tags.push({ kind: m[1], rest: m[2] });
    else if (tags.length && l.trim()) tags[tags.length - 1].rest += ' ' + l.trim();
    else if (!tags.length) prose.push(l);
  }
  return { description: prose.join('\n').trim() || undefined, tags };
}

const clean = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function members(tags) {
  const out = { attributes: [], cssParts: [], cssProperties: [], events: [], slots: [] };
  let tagName;
  for (const { kind, rest } of tags) {
    const t = parseTag(rest);
    if (kind === 'tag') tagName = t.name;
    else if (kind === 'attr' || kind === 'attribute')
      out.attributes.push(
        clean({
          name: t.name,
          type: t.type ? { text: t.type } : undefined,
          default: t.default,
          description: t.description,
        }),
      );
    else if (kind === 'csspart') out.cssParts.push(clean({ name: t.name, description: t.description }));
    else if (kind === 'cssprop' || kind === 'cssproperty')
      out.cssProperties.push(clean({ name: t.name, default: t.default, description: t.description }));
    else if (kind === 'fires' || kind === 'event') out.events.push(clean({ name: t.name, description: t.description }));
    else if (kind === 'slot') out.slots.push(clean({ name: t.name, description: t.description }));
  }
  return { tagName, ...out };
}

/** An own entry overrides an inherited one of the same name; inherited entries come first. */
const merge = (base, own) => [...base.filter((b) => !own.some((o) => o.name === b.name)), ...own];

/** Event name → `CustomEvent<…Detail>` from the GongyiEventMap of widgets/src/events.ts. */
function eventTypes(root) {
  const path = join(root, 'widgets/src/events.ts');
  const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const map = sf.statements.find((n) => ts.isInterfaceDeclaration(n) && n.name.text === 'GongyiEventMap');
  return new Map((map?.members ?? []).filter(ts.isPropertySignature).map((m) => [m.name.text, m.type.getText(sf)]));
}

/** The manifest of every class under `dirs` (relative to `root`) whose JSDoc names a @tag. */
export function buildManifest(root, dirs = ['widgets/src/lib', 'widgets/src/elements']) {
  const classes = new Map();
  for (const dir of dirs) {
    for (const f of readdirSync(join(root, dir))
      .filter((n) => n.endsWith('.ts'))
      .sort()) {
      const path = relative(root, join(root, dir, f))
        .split('\\')
        .join('/');
      const text = readFileSync(join(root, path), 'utf8');
      const sf = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true);
      for (const node of sf.statements.filter(ts.isClassDeclaration)) {
        const heritage = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
        const superName = heritage && ts.isIdentifier(heritage.expression) ? heritage.expression.text : undefined;
        const { description, tags } = tagsOf(node, text);
        classes.set(node.name.text, { name: node.name.text, path, superName, description, ...members(tags) });
      }
    }
  }
  const resolved = (c) => {
    const s = c.superName && classes.get(c.superName);
    if (!s) return c;
    const b = resolved(s);
    const keys = ['attributes', 'cssParts', 'cssProperties', 'events', 'slots'];
    return { ...c, ...Object.fromEntries(keys.map((k) => [k, merge(b[k], c[k])])) };
  };
  const types = eventTypes(root);
  const typed = (c) => ({
    ...c,
    events: c.events.map((e) => clean({ ...e, type: types.has(e.name) ? { text: types.get(e.name) } : undefined })),
  });
  const modules = [...classes.values()]
    .filter((c) => c.tagName)
    .map(resolved)
    .map(typed)
    .map((c) => ({
      kind: 'javascript-module',
      path: c.path,
      declarations: [
        clean({
          kind: 'class',
          name: c.name,
          tagName: c.tagName,
          customElement: true,
          description: c.description,
          superclass: c.superName ? { name: c.superName } : undefined,
          attributes: c.attributes,
          cssParts: c.cssParts,
          cssProperties: c.cssProperties,
          events: c.events,
          slots: c.slots.length ? c.slots : undefined,
        }),
      ],
      exports: [{ kind: 'custom-element-definition', name: c.tagName, declaration: { name: c.name, module: c.path } }],
    }));
  return { schemaVersion: '1.0.0', readme: 'README.md', modules };
}
