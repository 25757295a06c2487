/**
 * `@gongyi/widgets`: the npm package's root. Importing it defines all six public elements; to
 * define only one, import its own module instead (`@gongyi/widgets/gongyi-progress.js`): the
 * package's `sideEffects` lets a bundler drop everything that one element does not use.
 *
 * Not part of embed.js (the CDN loader imports elements one by one as the page needs them).
 */
import './elements/gongyi-project.js';
import './elements/gongyi-progress.js';
import './elements/gongyi-lunch.js';
import './elements/gongyi-wishes.js';
import './elements/gongyi-column.js';
import './elements/gongyi-stats.js';

export { GongyiProject } from './elements/gongyi-project.js';
export { GongyiProgress } from './elements/gongyi-progress.js';
export { GongyiLunch } from './elements/gongyi-lunch.js';
export { GongyiWishes } from './elements/gongyi-wishes.js';
export { GongyiColumn } from './elements/gongyi-column.js';
export { GongyiStats } from './elements/gongyi-stats.js';
export { setApiBase } from './api-base.js';
export type { Theme } from './lib/base.js';
export type { Locale } from '../../common/locale.js';
export type * from './events.js';
