// React 19 and Vue 3 typings of the gongyi-* elements, written from custom-elements.json into the
// npm package (dist/react.d.ts, dist/vue.d.ts), so an attribute or event added to an element's JSDoc
// reaches JSX and Vue templates with no second list to keep. Event details come from events.ts.
//
// An attribute the JSDoc writes without [brackets] has no default: it is required (campaign, org…).

// The manifest given is the package's (module paths `dist/elements/….js`); the typings live in dist/.
const elementsOf = (manifest) =>
  manifest.modules.flatMap((m) =>
    m.declarations.filter((d) => d.customElement).map((d) => ({ ...d, module: m.path.replace(/^dist\//, './') })),
  );

const quote = (s) => `'${s}'`;
/** A JSDoc block of `text` (the manifest's description, all of it, so editors show it on hover). */
function doc(text, indent) {
  if (!text) return '';
  const lines = text
    .replace(/\*\//g, '*\\/')
    .split('\n')
    .map((l) => l.trim());
  return lines.length === 1
    ? `${indent}/** ${lines[0]} */\n`
    : `${indent}/**\n${lines.map((l) => `${indent} * ${l}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/** `{ campaign: string; api?: string; … }` from the manifest's attributes. */
function attributesType(el, indent) {
  const lines = el.attributes.map(
    (a) =>
      `${doc(a.description, indent)}${indent}${quote(a.name)}${a.default === undefined ? '' : '?'}: ${a.type?.text ?? 'string'};`,
  );
  return `{\n${lines.join('\n')}\n${indent.slice(2)}}`;
}

const eventsUnion = (el) => (el.events.length ? el.events.map((e) => quote(e.name)).join(' | ') : 'never');

function header(framework) {
  return `// Generated from custom-elements.json by scripts/framework-typings.mjs: ${framework} typings of the
// gongyi-* elements. Do not edit: change the element's JSDoc instead.
`;
}

function imports(elements) {
  return elements.map((el) => `import type { ${el.name} } from '${el.module}';`).join('\n');
}

/** One `'gongyi-x': Wrapper<Class, { attributes }, 'events'>;` per element, with its JSDoc. */
function entries(elements, wrapper, indent) {
  return elements
    .map(
      (el) =>
        `${doc(el.description, indent)}${indent}${quote(el.tagName)}: ${wrapper}<${el.name}, ${attributesType(el, indent + '  ')}, ${eventsUnion(el)}>;`,
    )
    .join('\n');
}

/** React 19 passes a custom element's props as properties and `on<event-name>` props as listeners. */
export function reactTypings(manifest) {
  const elements = elementsOf(manifest);
  return `${header('React 19 JSX')}//
//   /// <reference types="@gongyi/widgets/react" />
//   <gongyi-progress campaign="gaoping-lunch" ongongyi-pledge={(e) => save(e.detail.amount)} />
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { GongyiEventMap } from './events.js';
${imports(elements)}

type GongyiListeners<K extends keyof GongyiEventMap> = { [E in K as \`on\${E}\`]?: (event: GongyiEventMap[E]) => void };

/** The element's attributes and events on top of React's HTML props (its own types win). */
export type GongyiJsxProps<El extends HTMLElement, Attrs, K extends keyof GongyiEventMap> = Omit<DetailedHTMLProps<HTMLAttributes<El>, El>, keyof Attrs> &
  Attrs &
  GongyiListeners<K>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries(elements, 'GongyiJsxProps', '      ')}
    }
  }
}
`;
}

/**
 * Vue 3 (vue-tsc / Volar) reads custom elements from GlobalComponents: \`$props\` types the
 * attributes, \`on<Event>\` props type \`@gongyi-pledge\` listeners. Vue's compiler must be told the
 * tags are custom elements (compilerOptions.isCustomElement), as for any web component.
 */
export function vueTypings(manifest) {
  const elements = elementsOf(manifest);
  return `${header('Vue 3 template')}//
//   /// <reference types="@gongyi/widgets/vue" />
//   <gongyi-stats org="fengxian-mzj" @gongyi-load="(e) => seen(e.detail.path)" />
import type { AllowedComponentProps, HTMLAttributes, VNodeProps } from 'vue';
import type { GongyiEventMap } from './events.js';
${imports(elements)}

/** \`gongyi-pledge-error\` → \`GongyiPledgeError\`, as Vue camelises a listener's name. */
type Pascal<S extends string> = S extends \`\${infer H}-\${infer T}\` ? \`\${Capitalize<H>}\${Pascal<T>}\` : Capitalize<S>;

type GongyiListeners<K extends keyof GongyiEventMap> = { [E in K as \`on\${Pascal<E>}\`]?: (event: GongyiEventMap[E]) => void };

/** A constructor type whose instances carry the template's props, as Vue's own components do. */
export type GongyiVueElement<El extends HTMLElement, Attrs, K extends keyof GongyiEventMap> = new () => El & {
  $props: Omit<HTMLAttributes, keyof Attrs> & Attrs & GongyiListeners<K> & AllowedComponentProps & VNodeProps;
};

declare module 'vue' {
  interface GlobalComponents {
${entries(elements, 'GongyiVueElement', '    ')}
  }
}
`;
}
