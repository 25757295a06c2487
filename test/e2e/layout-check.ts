// The layout check: what a reader sees at real glyph widths, measured in Chromium. Run on a loaded
// page (fonts ready, data in, no skeleton), it walks the document and every open shadow root and
// returns one defect per thing a person would see wrong:
//
//   clipped                   text cut by a box that hides overflow (ellipsis, overflow:hidden,
//                             a clamp without a way to read the rest, the viewport's edge)
//   overflow                  text wider or taller than its own box (it spills over its neighbours)
//   overlap                   two texts drawn on top of each other
//   page-wider-than-viewport  the page scrolls sideways
//   empty-band                a blank horizontal band taller than a line inside a card (a widget or
//                             a [data-layout-card] box): space reserved for rows that are not there
//                             (what is drawn: text, images, controls' boxes, boxes in a colour of
//                             their own, borders)
//   figure-hidden             as clipped/overflow/overlap, but the text holds a figure (a digit:
//                             an amount, a percentage, a date, a filing number)
//
// Use (Node side, playwright-core):
//
//   import { checkLayout, formatDefects, settle } from './layout-check.js';
//   await settle(page);                          // fonts loaded, no aria-busy, two frames
//   const defects = await checkLayout(page);     // LayoutDefect[]
//   expect(formatDefects(defects)).toEqual([]);
//
// or in the page yourself: `page.evaluate(layoutCheck, options)` (layoutCheck is self-contained).
//
// Markers a page or widget sets on purpose (documented here, honoured by the check):
//   data-scroll-x   on an element with overflow-x: auto|scroll that is MEANT to scroll sideways
//                   (a wide table, a chip row): text beyond its box is reachable, not clipped.
//                   An unmarked sideways scroller that hides text is reported as clipped.
//   data-clamp      on a line-clamped block (-webkit-line-clamp / max-height + overflow hidden)
//                   whose full text is one click away: its parent must hold a control (button,
//                   summary, a[href]) to read the rest (the clamped text itself may be that
//                   control, e.g. a card's title that opens the card), else it is still reported.
//   data-layout-card  makes any box a card for the empty-band rule (widgets are cards already).
// Not measured: display:none / visibility:hidden / opacity:0 subtrees, visually-hidden
// screen-reader text (a 1 px box, or clip / clip-path), <noscript>, <template>, <script>, <style>.

/** One thing a reader would see wrong. */
export interface LayoutDefect {
  kind: 'clipped' | 'overflow' | 'overlap' | 'page-wider-than-viewport' | 'empty-band' | 'figure-hidden';
  /** Where: the shadow hosts down to the element, e.g. "gongyi-project › gongyi-progress › p[part=raised]". */
  path: string;
  /** The text concerned (first 60 characters), or the text above/below an empty band. */
  text: string;
  /** Measured numbers in words, e.g. "scrollWidth 212 > clientWidth 180 (overflow-x: hidden, text-overflow: ellipsis)". */
  detail: string;
}

export interface LayoutCheckOptions {
  /** Extra card selector for the empty-band rule (besides widgets and [data-layout-card]). */
  cards?: string;
  /** An empty band is reported when taller than this many of the card's lines (default 1). */
  bandLines?: number;
  /** Tolerance in CSS px for sub-pixel rounding (default 1). */
  slackPx?: number;
}

/**
 * Walks the page (document + open shadow roots) and returns its layout defects. Self-contained:
 * pass it to page.evaluate.
 */
export function layoutCheck(options: LayoutCheckOptions = {}): LayoutDefect[] {
  const slack = options.slackPx ?? 1;
  const bandLines = options.bandLines ?? 1;
  const out: LayoutDefect[] = [];
  const vw = document.documentElement.clientWidth;
  const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link']);
  const WIDGET = /^gongyi-(progress|project|lunch|wishes|stats|column|teams)$/;

  const parentOf = (el: Element): Element | null => {
    if (el.parentElement) return el.parentElement;
    const root = el.parentNode;
    return root instanceof ShadowRoot ? root.host : null;
  };
  const name = (el: Element) => {
    const part = el.getAttribute('part');
    const cls =
      typeof el.className === 'string' && el.className.trim()
        ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}`
        : '';
    const id = el.id ? `#${el.id}` : '';
    return `${el.localName}${part ? `[part=${part}]` : id || cls}`;
  };
  const path = (el: Element) => {
    const chain: string[] = [];
    for (let e: Element | null = el; e;) {
      const root = e.getRootNode();
      chain.unshift(name(e));
      if (root instanceof ShadowRoot) {
        chain.unshift('›');
        e = root.host;
        chain.unshift(name(e));
        const up = e.getRootNode();
        e = up instanceof ShadowRoot ? up.host : null;
        if (e) chain.unshift('›');
      } else break;
    }
    return chain.join(' ').replace(/ › /g, ' › ');
  };
  const clip = (s: string) => {
    const t = s.replace(/\s+/g, ' ').trim();
    return t.length > 60 ? t.slice(0, 59) + '…' : t;
  };
  const styleCache = new Map<Element, CSSStyleDeclaration>();
  const style = (el: Element) => {
    let s = styleCache.get(el);
    if (!s) styleCache.set(el, (s = getComputedStyle(el)));
    return s;
  };
  /** Screen-reader-only: a 1 px box that hides its overflow, or clipped away. */
  const srOnly = (el: Element, s: CSSStyleDeclaration) => {
    if (s.clip && s.clip !== 'auto' && s.position === 'absolute') return true;
    if (/inset\(50%|inset\(100%/.test(s.clipPath)) return true;
    if (s.overflow !== 'visible') {
      const r = el.getBoundingClientRect();
      if (r.width <= 1.5 || r.height <= 1.5) return true;
    }
    return false;
  };
  const hidden = new WeakMap<Element, boolean>();
  /** Not seen by the eye: display:none, visibility, opacity 0, sr-only, in any ancestor (composed). */
  const unseen = (el: Element): boolean => {
    const known = hidden.get(el);
    if (known !== undefined) return known;
    const s = style(el);
    // checkVisibility also knows content-visibility: hidden (a closed <details>' content keeps stale boxes).
    let v =
      SKIP.has(el.localName) ||
      !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) ||
      s.display === 'none' ||
      s.visibility === 'hidden' ||
      s.visibility === 'collapse' ||
      Number(s.opacity) === 0 ||
      srOnly(el, s);
    if (!v) {
      const p = parentOf(el);
      v = p ? unseen(p) : false;
    }
    hidden.set(el, v);
    return v;
  };
  const inline = (s: CSSStyleDeclaration) => s.display === 'inline' || s.display === 'contents';
  const hasFigure = (t: string) => /\d/.test(t);
  const kindFor = (base: LayoutDefect['kind'], text: string): LayoutDefect['kind'] =>
    hasFigure(text) ? 'figure-hidden' : base;
  const seen = new Set<string>();
  const report = (d: LayoutDefect) => {
    const key = `${d.kind}|${d.path}|${d.text}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(d);
  };
  const scrollerMarked = (el: Element) => el.hasAttribute('data-scroll-x');
  const clampAllowed = (el: Element) => {
    for (let e: Element | null = el; e; e = parentOf(e)) {
      if (e.hasAttribute('data-clamp')) {
        const p = parentOf(e);
        return !!p && [...(p.shadowRoot ?? p).querySelectorAll('button, summary, a[href]')].some((c) => !unseen(c));
      }
      if (style(e).display !== 'inline') return false;
    }
    return false;
  };

  // 1. Collect every seen text node, with its line boxes.
  type Piece = { node: Text; el: Element; rects: DOMRect[]; text: string };
  const pieces: Piece[] = [];
  const elements: Element[] = [];
  const walk = (root: Document | ShadowRoot | Element) => {
    const kids = root instanceof Document ? [root.documentElement] : [...(root as Element | ShadowRoot).children];
    for (const el of kids) {
      if (SKIP.has(el.localName)) continue;
      elements.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
      // A slotted child renders where its slot is; walking the light DOM covers it too.
      walk(el);
    }
  };
  walk(document);
  const range = document.createRange();
  for (const el of elements) {
    if (unseen(el)) continue;
    for (const n of el.childNodes) {
      if (n.nodeType !== Node.TEXT_NODE || !n.textContent!.trim()) continue;
      range.selectNodeContents(n);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
      if (rects.length) pieces.push({ node: n as Text, el, rects, text: n.textContent! });
    }
  }

  // 2. Each text's own box: the nearest non-inline ancestor. Wider or taller than it → spills.
  const boxOf = (el: Element): Element => {
    let e: Element | null = el;
    while (e && inline(style(e))) e = parentOf(e);
    return e ?? el;
  };
  const boxes = new Map<Element, string>();
  for (const p of pieces) {
    const b = boxOf(p.el);
    boxes.set(b, (boxes.get(b) ?? '') + p.text);
  }
  for (const [b, text] of boxes) {
    const s = style(b);
    if (b === document.documentElement || b === document.body) continue;
    const ox = s.overflowX,
      oy = s.overflowY;
    const scrolls = (o: string) => o === 'auto' || o === 'scroll';
    // A marked sideways scroller and any vertical scroller let the reader reach the rest.
    // Sideways only: text too tall for its box is found below, line by line (cut by a clip, or
    // drawn over its neighbours), where the glyphs' own height can be told from the line's.
    const wide = b.scrollWidth > b.clientWidth + slack && b.clientWidth > 0 && !(scrolls(ox) && scrollerMarked(b));
    if (!wide) continue;
    const hides = ox !== 'visible';
    if (hides && clampAllowed(b)) continue;
    const dims = `scrollWidth ${b.scrollWidth} > clientWidth ${b.clientWidth}`;
    const how = `overflow ${ox}/${oy}${s.textOverflow === 'ellipsis' ? ', text-overflow: ellipsis' : ''}${s.webkitLineClamp && s.webkitLineClamp !== 'none' ? `, line-clamp ${s.webkitLineClamp}` : ''}`;
    report({
      kind: kindFor(hides ? 'clipped' : 'overflow', text),
      path: path(b),
      text: clip(text),
      detail: `${dims} (${how})`,
    });
  }

  // 3. Text cut by any ancestor that hides overflow (or by the viewport's sides).
  // A clipping ancestor; text beyond it on an axis it scrolls on is reachable (sideways only when marked).
  type Clip = { el: Element; r: DOMRect; scrollX: boolean; scrollY: boolean };
  const clipsOf = new Map<Element, Clip[]>();
  const clipChain = (el: Element): Clip[] => {
    const known = clipsOf.get(el);
    if (known) return known;
    const p = parentOf(el);
    const up = p ? clipChain(p) : [];
    const s = style(el);
    let mine = up;
    if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
      if (el !== document.documentElement && el !== document.body) {
        const b = el.getBoundingClientRect();
        // The padding box (inside the borders, without scrollbars).
        const r = new DOMRect(b.left + el.clientLeft, b.top + el.clientTop, el.clientWidth, el.clientHeight);
        const scrolls = (o: string) => o === 'auto' || o === 'scroll';
        mine = [...up, { el, r, scrollX: scrolls(s.overflowX) && scrollerMarked(el), scrollY: scrolls(s.overflowY) }];
      }
    }
    clipsOf.set(el, mine);
    return mine;
  };
  /**
   * The clipping ancestors from the text outwards; past a scroller, its axis no longer cuts: what
   * lies beyond its box is scrolled to, whatever the boxes around it do.
   */
  const innerFirst = (el: Element) => {
    let x = false,
      y = false;
    return [...clipChain(el)].reverse().map((c) => {
      const r = { ...c, inScrollX: x || c.scrollX, inScrollY: y || c.scrollY };
      x ||= c.scrollX;
      y ||= c.scrollY;
      return r;
    });
  };
  /** What of a line box is drawn: its glyphs' em box (a CJK glyph's ink stays inside it), cut to every clip. */
  const emBox = (p: Piece, r: DOMRect) => {
    const fs = parseFloat(style(p.el).fontSize);
    const mid = (r.top + r.bottom) / 2;
    return new DOMRect(r.left, mid - Math.min(fs, r.height) / 2, r.width, Math.min(fs, r.height));
  };
  /** Before the page's start edges (in page coordinates: the page may be scrolled): moved off on purpose. */
  const offPage = (r: DOMRect) => r.right + scrollX <= 0 || r.bottom + scrollY <= 0;
  const drawn = new Map<Piece, DOMRect[]>();
  /**
   * Each of drawn's rects as shown now, cut by its scrollers too (null: scrolled out of sight):
   * what a text outside those scrollers can be drawn over.
   */
  const shown = new Map<Piece, (DOMRect | null)[]>();
  for (const p of pieces) {
    const keep: DOMRect[] = [];
    const seen: (DOMRect | null)[] = [];
    const chain = innerFirst(p.el);
    for (const r of p.rects) {
      // Moved off-screen on purpose (a skip link until focused): not on the page at all.
      if (offPage(r)) continue;
      let [l, t, rt, b] = [r.left, r.top, r.right, r.bottom];
      let [pl, pt, pr, pb] = [l, t, rt, b];
      for (const c of chain) {
        if (!c.inScrollX) [l, rt] = [Math.max(l, c.r.left), Math.min(rt, c.r.right)];
        if (!c.inScrollY) [t, b] = [Math.max(t, c.r.top), Math.min(b, c.r.bottom)];
        [pl, pt, pr, pb] = [
          Math.max(pl, c.r.left),
          Math.max(pt, c.r.top),
          Math.min(pr, c.r.right),
          Math.min(pb, c.r.bottom),
        ];
      }
      if (rt - l > 0.5 && b - t > 0.5) {
        keep.push(new DOMRect(l, t, rt - l, b - t));
        seen.push(pr - pl > 0.5 && pb - pt > 0.5 ? new DOMRect(pl, pt, pr - pl, pb - pt) : null);
      }
    }
    drawn.set(p, keep);
    shown.set(p, seen);
  }
  /** The innermost scroller a text is in (null: none): texts in the same one scroll together. */
  const scrollerOf = (el: Element): Element | null => {
    const s = clipChain(el).filter((c) => c.scrollX || c.scrollY);
    return s[s.length - 1]?.el ?? null;
  };
  for (const p of pieces) {
    // The clipping ancestors once per text, not once per line box.
    const chain = innerFirst(p.el);
    const sideways = chain.some((c) => c.scrollX);
    for (const line of p.rects) {
      if (offPage(line)) continue;
      const rect = emBox(p, line);
      let cut = '';
      for (const c of chain) {
        const outX = !c.inScrollX && (rect.left < c.r.left - slack || rect.right > c.r.right + slack);
        const outY = !c.inScrollY && (rect.top < c.r.top - slack || rect.bottom > c.r.bottom + slack);
        if ((outX || outY) && !clampAllowed(p.el)) {
          cut = `line ${Math.round(rect.left)}–${Math.round(rect.right)} × ${Math.round(rect.top)}–${Math.round(rect.bottom)} outside ${path(c.el)} (${Math.round(c.r.left)}–${Math.round(c.r.right)} × ${Math.round(c.r.top)}–${Math.round(c.r.bottom)})`;
          break;
        }
      }
      if (!cut && !sideways && (rect.left + scrollX < -slack || rect.right + scrollX > vw + slack)) {
        let fixed = false;
        for (let e: Element | null = p.el; e && !fixed; e = parentOf(e)) fixed = style(e).position === 'fixed';
        if (!fixed || rect.right > vw + slack)
          cut = `line ${Math.round(rect.left)}–${Math.round(rect.right)} beyond the viewport (0–${vw})`;
      }
      if (cut) {
        report({ kind: kindFor('clipped', p.text), path: path(p.el), text: clip(p.text), detail: cut });
        break;
      }
    }
  }

  // 4. Texts drawn over each other.
  // Texts in the same scroller are compared where they lie (scrolling moves them together); a text
  // in a scroller and one outside it, only where the scroller shows it: what it hides (a chip row
  // scrolled sideways past the card's edge) is drawn over nothing.
  const lines = pieces.flatMap((p) => {
    const s = scrollerOf(p.el);
    const seen = shown.get(p)!;
    return drawn.get(p)!.map((r, k) => ({ p, s, r: emBox(p, r), seen: seen[k] ? emBox(p, seen[k]!) : null }));
  });
  lines.sort((a, b) => a.r.top - b.r.top);
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]!;
    for (let j = i + 1; j < lines.length && lines[j]!.r.top < a.r.bottom; j++) {
      const b = lines[j]!;
      if (a.p === b.p) continue;
      const [ra, rb] = a.s === b.s ? [a.r, b.r] : [a.seen, b.seen];
      if (!ra || !rb) continue;
      const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
      const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
      // Half a line of the smaller text, and a glyph's worth of width: not a touching edge.
      if (w > 4 && h > Math.min(ra.height, rb.height) / 2) {
        report({
          kind: kindFor('overlap', a.p.text + b.p.text),
          path: path(a.p.el),
          text: clip(`${a.p.text} ⟂ ${b.p.text}`),
          detail: `drawn over ${path(b.p.el)} (${Math.round(w)} × ${Math.round(h)} px)`,
        });
      }
    }
  }

  // 5. The page itself scrolls sideways.
  const sw = document.documentElement.scrollWidth;
  if (sw > vw + slack) {
    const culprits = elements
      .filter((e) => !unseen(e) && e.getBoundingClientRect().right > vw + slack && !clipChain(e).length)
      .filter((e, _, all) => !all.some((o) => o !== e && o.contains(e)))
      .slice(0, 5)
      .map((e) => `${path(e)} (right edge ${Math.round(e.getBoundingClientRect().right)})`);
    report({
      kind: 'page-wider-than-viewport',
      path: 'html',
      text: '',
      detail: `scrollWidth ${sw} > viewport ${vw}; sticking out: ${culprits.join('; ') || 'unknown'}`,
    });
  }

  // 6. Empty bands inside cards: the card's height minus what is drawn in it, on the y axis.
  const cardSel = ['[data-layout-card]', options.cards].filter(Boolean).join(', ');
  const cards = elements.filter((e) => !unseen(e) && (WIDGET.test(e.localName) || e.matches(cardSel)));
  // Replaced elements and controls: a control's whole box is its target (60 px tall in elder mode), not a hole.
  const REPLACED =
    /^(img|svg|canvas|video|iframe|input|select|textarea|button|summary|progress|meter|hr|picture|object|embed)$/;
  const clear = (c: string) => /rgba\(0, 0, 0, 0\)|transparent/.test(c);
  const painted = (s: CSSStyleDeclaration) => s.backgroundImage !== 'none' || !clear(s.backgroundColor);
  /** The colour behind an element: its nearest ancestor's own background. */
  const behind = (el: Element): string => {
    for (let e = parentOf(el); e; e = parentOf(e))
      if (!clear(style(e).backgroundColor)) return style(e).backgroundColor;
    return 'rgb(255, 255, 255)';
  };
  const bordered = (s: CSSStyleDeclaration, side: 'Top' | 'Bottom') =>
    parseFloat(s[`border${side}Width`]) > 0 &&
    s[`border${side}Style`] !== 'none' &&
    !/rgba\(0, 0, 0, 0\)|transparent/.test(s[`border${side}Color`]);
  for (const card of cards) {
    const cr = card.getBoundingClientRect();
    if (cr.height < 2) continue;
    const cs = style(card);
    const fs = parseFloat(cs.fontSize);
    const line = cs.lineHeight === 'normal' ? fs * 1.2 : parseFloat(cs.lineHeight);
    const spans: { top: number; bottom: number; what: string }[] = [];
    const inside = (e: Element) => {
      for (let x: Element | null = e; x; x = parentOf(x)) if (x === card) return true;
      return false;
    };
    for (const p of pieces) {
      if (p.el === card || !inside(p.el)) continue;
      for (const r of drawn.get(p)!) spans.push({ top: r.top, bottom: r.bottom, what: clip(p.text) });
    }
    for (const e of elements) {
      if (e === card || unseen(e) || !inside(e)) continue;
      const s = style(e);
      const r = e.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) continue;
      const leaf = !e.children.length && !e.shadowRoot;
      // A box in a colour of its own (a cover placeholder, a bar, a highlighted panel) is drawn all over.
      const own = s.backgroundImage !== 'none' || (!clear(s.backgroundColor) && s.backgroundColor !== behind(e));
      if (
        REPLACED.test(e.localName) ||
        (e.localName === 'a' && e.hasAttribute('href')) ||
        own ||
        (leaf && (painted(s) || bordered(s, 'Top')))
      ) {
        spans.push({ top: r.top, bottom: r.bottom, what: name(e) });
        continue;
      }
      // A decorated box's edges are drawn (a panel, a separator line): not an empty band.
      if (painted(s) || bordered(s, 'Top')) spans.push({ top: r.top, bottom: r.top + 1, what: `${name(e)} top edge` });
      if (painted(s) || bordered(s, 'Bottom'))
        spans.push({ top: r.bottom - 1, bottom: r.bottom, what: `${name(e)} bottom edge` });
    }
    spans.sort((a, b) => a.top - b.top);
    const limit = line * bandLines + slack;
    let at = cr.top;
    let above = '(top of the card)';
    // The card's own padding and border are not a band: measure from its content box.
    const padTop = parseFloat(cs.paddingTop) + parseFloat(cs.borderTopWidth);
    const padBottom = parseFloat(cs.paddingBottom) + parseFloat(cs.borderBottomWidth);
    at += padTop;
    const end = cr.bottom - padBottom;
    for (const sp of spans) {
      // What spills out of the card is reported above (clipped, overlap), not as a band.
      if (sp.top >= end) break;
      if (sp.bottom <= at) continue;
      if (sp.top - at > limit) {
        report({
          kind: 'empty-band',
          path: path(card),
          text: clip(`${above} ↓ ${sp.what}`),
          detail: `${Math.round(sp.top - at)} px blank at y ${Math.round(at - cr.top)}–${Math.round(sp.top - cr.top)} of ${Math.round(cr.height)} (a line is ${Math.round(line)} px)`,
        });
      }
      if (sp.bottom > at) {
        at = Math.max(at, sp.bottom);
        above = sp.what;
      }
    }
    if (end - at > limit) {
      report({
        kind: 'empty-band',
        path: path(card),
        text: clip(`${above} ↓ (bottom of the card)`),
        detail: `${Math.round(end - at)} px blank at y ${Math.round(at - cr.top)}–${Math.round(end - cr.top)} of ${Math.round(cr.height)} (a line is ${Math.round(line)} px)`,
      });
    }
  }
  return out;
}

type PageLike = { evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> };

/** Runs layoutCheck in the page. */
export function checkLayout(page: PageLike, options: LayoutCheckOptions = {}): Promise<LayoutDefect[]> {
  return page.evaluate(layoutCheck, options);
}

/**
 * Waits until what the check measures is final: web fonts loaded, every custom element defined,
 * nothing aria-busy (widgets mark their skeletons so while loading), then two frames. A page with
 * content of its own that loads late should be waited for by the caller as well. On timeout it
 * throws, naming what was still busy.
 */
export async function settle(page: PageLike, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const busy = await page.evaluate(() => {
      const found: string[] = [];
      const look = (root: Document | ShadowRoot, where: string) => {
        for (const e of root.querySelectorAll('[aria-busy="true"], :not(:defined)'))
          found.push(`${where}${e.localName}${e.matches(':defined') ? '[aria-busy]' : ' (not defined)'}`);
        for (const e of root.querySelectorAll('*')) if (e.shadowRoot) look(e.shadowRoot, `${where}${e.localName} › `);
      };
      look(document, '');
      if (document.readyState !== 'complete') found.push(`document ${document.readyState}`);
      if (document.fonts.status !== 'loaded') found.push('fonts loading');
      return found;
    }, undefined);
    if (!busy.length) break;
    if (Date.now() > deadline)
      throw new Error(`page not settled after ${timeoutMs} ms: ${busy.slice(0, 5).join(', ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
    undefined,
  );
}

/** One readable line per defect: "clipped: gongyi-progress › p[part=title] "高坪村…" — scrollWidth 212 > …". */
export function formatDefects(defects: LayoutDefect[]): string[] {
  return defects.map((d) => `${d.kind}: ${d.path}${d.text ? ` "${d.text}"` : ''} — ${d.detail}`);
}
