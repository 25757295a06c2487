/**
 * The public elements: the one list of them, each tag with the module that defines it, in the
 * order readers meet them (loader, package root, docs). Adding an element here puts it on the
 * loader (embed.ts imports a module only when the page has its tag), under the size budget
 * (`npm run size`), in the package and docs checks and in the tests that walk every element.
 *
 * DOM-free and side-effect-free: nothing is imported until a loader is called, so Node tests may
 * import this file too. Node scripts (bench/, scripts/) cannot import .ts on Node 20: they read the
 * tags with the TypeScript parser (scripts/public-elements.mjs), so keep this one object literal of
 * `'tag': () => import('./elements/tag.js')`.
 */
export const PUBLIC_ELEMENTS = {
  'gongyi-project': () => import('./elements/gongyi-project.js'),
  'gongyi-progress': () => import('./elements/gongyi-progress.js'),
  'gongyi-lunch': () => import('./elements/gongyi-lunch.js'),
  'gongyi-wishes': () => import('./elements/gongyi-wishes.js'),
  'gongyi-column': () => import('./elements/gongyi-column.js'),
  'gongyi-stats': () => import('./elements/gongyi-stats.js'),
};

export type PublicTag = keyof typeof PUBLIC_ELEMENTS;
