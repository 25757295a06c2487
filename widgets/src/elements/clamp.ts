/**
 * Long free text (a project's summary, an update, a wish's story) shows its first lines
 * (`.clamp`: -webkit-line-clamp, lines in --_clamp) and a button after it to read the rest. The
 * button shows only where the text is longer than its lines (the element's styles: `.clamp:not([long]) +
 * .more`): one ResizeObserver marks such blocks `long`, and sees a narrower column make them so.
 * The layout check (test/e2e/layout-check.ts) accepts the cut because of `data-clamp` and the button.
 */
const ro = new ResizeObserver((entries) => {
  for (const { target: t } of entries)
    t.toggleAttribute('long', t.classList.contains('open') || t.scrollHeight > t.clientHeight + 1);
});

/** Watches the clamped blocks of a rendered root (call after each render: observing twice is a no-op). */
export const watchClamps = (root: ParentNode): void => root.querySelectorAll('.clamp').forEach((e) => ro.observe(e));
