/**
 * embed.js: the only file a page includes.
 *
 *   <script type="module" src="https://HOST/embed.js"></script>
 *   <gongyi-progress campaign="gaoping-lunch"></gongyi-progress>
 *
 * It stays tiny: it records its own origin as the default API base, watches the page for gongyi-*
 * elements (present now or added later) and imports only the module of each element it sees.
 * Lit, the API client, i18n and formatting live in one shared chunk that those modules import.
 * No inline scripts, no eval: safe under a strict Content-Security-Policy.
 * The iframe resize protocol (./frame-resize.ts) is loaded the same way, only where it is needed:
 * in an /embed/… page (<html data-gongyi-frame>) and on pages that have iframes.
 * The elements it knows are the one list in ./public-elements.ts.
 */
import { PUBLIC_ELEMENTS, type PublicTag } from './public-elements.js';

const origin = new URL(import.meta.url).origin;
(globalThis as Record<symbol, unknown>)[Symbol.for('gongyi.api')] ??= origin;
let resizing: unknown;

const waiting = new Set(Object.keys(PUBLIC_ELEMENTS) as PublicTag[]);

function scan(): void {
  resizing ||=
    (document.documentElement.hasAttribute('data-gongyi-frame') || document.querySelector('iframe')) &&
    import('./frame-resize.js').then((m) => m.frameResize(origin));
  for (const tag of waiting) {
    if (customElements.get(tag)) waiting.delete(tag);
    else if (document.querySelector(tag)) {
      waiting.delete(tag);
      PUBLIC_ELEMENTS[tag]().catch((e: unknown) => {
        waiting.add(tag); // let a later insertion try again
        watch();
        console.error(`[gongyi] could not load <${tag}>`, e);
      });
    }
  }
  // Keep watching until the resize protocol runs too: an iframe may be added after every element.
  if (!waiting.size && resizing) observer.disconnect();
}

const observer = new MutationObserver(scan);
const watch = () => observer.observe(document.documentElement, { childList: true, subtree: true });
watch();
scan();

export {};
