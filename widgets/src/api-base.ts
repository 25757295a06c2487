import { API_KEY } from './lib/api.js';

/**
 * Where elements find the Gongyi service when they have no `api` attribute. embed.js records its
 * own origin; an application that bundles the npm package says it once, before the first element
 * connects:
 *
 *   import { setApiBase } from '@gongyi/widgets/api-base.js';
 *   setApiBase('https://gongyi.example.gov.cn');
 *
 * Without it (and without `api`) elements call the origin their module was served from.
 */
export function setApiBase(url: string): void {
  (globalThis as Record<symbol, unknown>)[API_KEY] = new URL(url).href.replace(/\/+$/, '');
}
