// The elder-mode (适老化) measurements of a page, run inside Chromium (page.evaluate: this function
// must stay self-contained). The MIIT elder-friendly rules for apps give, for the elder mode: main
// text at least 18 pt (24 px), touch targets at least 60 × 60 px, line spacing at least 1.3,
// contrast at least 4.5:1 (checked by axe's color-contrast rule beside this), no moving distractions.
// Walks the composed tree (shadow roots included) and returns one line per violation.

export type ElderRules = { minFontPx: number; minTargetPx: number; minLineHeight: number };

export const MIIT_ELDER: ElderRules = { minFontPx: 24, minTargetPx: 60, minLineHeight: 1.3 };

export function elderAudit(rules: ElderRules): string[] {
  const out: string[] = [];
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    // Screen-reader-only text (1 px, clipped) is not read by the eye: not measured.
    return r.width > 2 && r.height > 2 && s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0;
  };
  const name = (el: Element) => {
    const part = el.getAttribute('part');
    const cls =
      typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const host: Node = el.getRootNode();
    const hostTag = host instanceof ShadowRoot ? `${host.host.localName} › ` : '';
    return `${hostTag}${el.localName}${part ? `[part=${part}]` : cls}`;
  };
  const interactive = (el: Element) => {
    const tag = el.localName;
    if (tag === 'button' || tag === 'select' || tag === 'textarea' || tag === 'summary') return true;
    if (tag === 'a' && el.hasAttribute('href')) return true;
    if (tag === 'input') return (el as HTMLInputElement).type !== 'hidden';
    const role = el.getAttribute('role');
    return (
      role === 'button' || role === 'link' || (el.hasAttribute('tabindex') && el.getAttribute('tabindex') !== '-1')
    );
  };
  const walk = (root: Element | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      if (!visible(el)) continue;
      const s = getComputedStyle(el);
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (ownText) {
        const size = parseFloat(s.fontSize);
        if (size < rules.minFontPx - 0.05) out.push(`${name(el)}: text ${size.toFixed(1)} px < ${rules.minFontPx} px`);
        const lh = s.lineHeight === 'normal' ? NaN : parseFloat(s.lineHeight) / size;
        if (!(lh >= rules.minLineHeight - 0.005))
          out.push(`${name(el)}: line height ${s.lineHeight} (${lh.toFixed(2)}) < ${rules.minLineHeight}`);
      }
      if (interactive(el)) {
        // A radio or checkbox is reached through its label: the label is the target.
        const input = el as HTMLInputElement;
        const target =
          el.localName === 'input' && (input.type === 'radio' || input.type === 'checkbox')
            ? (el.closest('label') ?? el)
            : el;
        const r = target.getBoundingClientRect();
        if (r.width < rules.minTargetPx - 0.5 || r.height < rules.minTargetPx - 0.5) {
          out.push(
            `${name(target)}: target ${r.width.toFixed(0)} × ${r.height.toFixed(0)} px < ${rules.minTargetPx} × ${rules.minTargetPx}`,
          );
        }
      }
      if (s.animationName !== 'none' && s.animationPlayState === 'running' && parseFloat(s.animationDuration) > 0) {
        out.push(`${name(el)}: moving (animation ${s.animationName})`);
      }
    }
  };
  walk(document.documentElement);
  return [...new Set(out)];
}
