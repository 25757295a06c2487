// The one DOM-bound piece of locale handling, apart from i18n.ts so the worker (no DOM) can import
// the catalogs and formatters for its server-rendered embed pages.
/** The nearest `lang` on the element or an ancestor, crossing shadow roots; else the document's. */
export function nearestLang(el: Element): string | null {
  let n: Node | null = el;
  while (n) {
    if (n instanceof Element) {
      const v = n.getAttribute('lang');
      if (v) return v;
    }
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  }
  return null;
}
