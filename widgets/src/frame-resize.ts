/**
 * The resize protocol between an /embed/{kind}/{id} page and the page that frames it, so a CMS
 * that only accepts an <iframe> still shows the whole widget without a scrollbar or a gap.
 *
 * - In a frame (`<html data-gongyi-frame>`): post `{ type: 'gongyi:resize', height }` (integer CSS
 *   px of the document) to the parent at the start, whenever the document's size changes, and
 *   when the parent asks (its embed.js may start after the frame's first message).
 * - In a host page: accept such messages only from `origin` (where embed.js came from: a page's
 *   other frames must not resize ours) and only for the <iframe> that sent them.
 *
 * embed.js imports this module only in such a frame and on pages that have iframes.
 * Sizing goes through CSSOM (`style.height`), which a strict host CSP allows, unlike a style="" attribute.
 */
const TYPE = 'gongyi:resize';

export function frameResize(origin: string): void {
  const root = document.documentElement;
  if (root.hasAttribute('data-gongyi-frame')) {
    if (parent === window) return; // opened on its own, not framed
    let last = -1;
    const post = () => {
      const height = Math.ceil(root.getBoundingClientRect().height);
      if (height !== last) parent.postMessage({ type: TYPE, height: (last = height) }, '*');
    };
    new ResizeObserver(post).observe(root); // also reports once at the start
    addEventListener('message', (e) => {
      if (e.source !== parent || e.data?.type !== TYPE) return;
      last = -1;
      post();
    });
  } else {
    addEventListener('message', (e) => {
      const height = e.data?.height;
      if (e.origin !== origin || e.data?.type !== TYPE || !(height >= 0 && height < 1e5)) return;
      for (const f of document.querySelectorAll('iframe'))
        if (f.contentWindow === e.source) f.style.height = `${height | 0}px`;
    });
    // Frames that loaded before this script ran: ask them to say their height again.
    for (const f of document.querySelectorAll('iframe')) f.contentWindow?.postMessage({ type: TYPE }, origin);
  }
}
