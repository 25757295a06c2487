import { css } from 'lit';

/* Dark palette, used by theme="dark" and by theme="auto" when the reader prefers dark. */
const dark = css`
  --_accent: var(--gongyi-color-accent, #ff8f8f);
  --_on-accent: var(--gongyi-color-on-accent, #1a1111);
  --_text: var(--gongyi-color-text, #eceff3);
  --_muted: var(--gongyi-color-muted, #b4bcc6);
  --_bg: var(--gongyi-color-bg, #15181d);
  --_surface: var(--gongyi-color-surface, #232831);
  --_border: var(--gongyi-color-border, #485160);
  --_ok: var(--gongyi-color-success, #56d37a);
  --_danger: var(--gongyi-color-danger, #ff9b94);
  color-scheme: dark;
`;

/** Tokens, themes, elder mode and the small pieces every element uses. No global CSS: all in shadow roots. */
export const baseStyles = css`
  :host {
    --_accent: var(--gongyi-color-accent, #b3202c);
    --_on-accent: var(--gongyi-color-on-accent, #fff);
    --_text: var(--gongyi-color-text, #1d2127);
    --_muted: var(--gongyi-color-muted, #555e69);
    --_bg: var(--gongyi-color-bg, #fff);
    --_surface: var(--gongyi-color-surface, #f1f3f5);
    --_border: var(--gongyi-color-border, #d3d8de);
    --_ok: var(--gongyi-color-success, #17703a);
    --_danger: var(--gongyi-color-danger, #b42318);
    --_radius: var(--gongyi-radius, 12px);
    --_target: 2.75em;
    /* The page places a widget (width, margin, position in its flow) but cannot collapse, clip or
       re-flow it: a host rule with !important loses to !important in :host (CSS Scoping: for
       important declarations the shadow tree's win). Each element's reserved min-height is kept
       the same way. */
    display: block !important;
    height: auto !important;
    max-height: none !important;
    overflow: visible !important;
    contain: layout style !important;
    color: var(--_text);
    --_font-size: var(--gongyi-font-size, 16px);
    --_font-weight: 400;
    /* Small print (font-size: max(0.875em, var(--_mtext))) never goes below this: 0 normally, 24 px in elder mode. */
    --_mtext: 0px;
    text-align: start;
    /* CMS themes set these on * (which matches this element) or on body (which it inherits from),
       and everything in the shadow root would inherit them. !important in :host beats the page's
       rules; the page themes a widget through the --gongyi-* properties instead. */
    font: var(--_font-weight) var(--_font-size) / 1.5 var(--gongyi-font-family, system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    white-space: normal !important;
    text-indent: 0 !important;
    text-transform: none !important;
    box-sizing: border-box !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  /* 适老化 / elder mode, to the MIIT elder-friendly numbers: every text at least 24 px (18 pt) with
     line spacing at least 1.3, targets at least 60 × 60 px, maximum contrast (system colours follow
     the theme), nothing that moves (the one transition, the progress fill, is off). Measured in
     Chromium by test/e2e/elder.test.ts. */
  :host([elder]) {
    --_text: var(--gongyi-color-text, CanvasText);
    --_muted: var(--gongyi-color-text, CanvasText);
    --_bg: var(--gongyi-color-bg, Canvas);
    --_border: CanvasText;
    --_target: max(60px, 3em);
    --_font-size: max(24px, calc(var(--gongyi-font-size, 16px) * 1.5));
    --_mtext: 24px;
    --_lh: 1.3;
    --_font-weight: 500;
  }
  :host([elder]) :is(button, a[href]) {
    min-height: var(--_target);
    min-width: var(--_target);
  }
  :host([elder]) a[href] {
    display: inline-flex;
    align-items: center;
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    padding: 1em;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    position: relative;
    overflow: hidden;
  }
  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd,
  fieldset {
    margin: 0;
    padding: 0;
  }
  .muted {
    color: var(--_muted);
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  a {
    color: var(--_accent);
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .btn {
    min-height: var(--_target);
    padding: 0.25em 1.25em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  /* Elder type is 24 px: less side padding keeps a label on one line in a narrow column. */
  :host([elder]) .btn {
    padding-inline: 0.5em;
  }
  .btn.ghost {
    background: transparent;
    color: var(--_accent);
  }
  .link {
    border: 0;
    background: none;
    padding: 0 0.25em;
    min-height: 1.5em;
    color: var(--_accent);
    text-decoration: underline;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  /* Skeleton blocks: same boxes as the loaded card, text replaced by bars. */
  /* The skeleton is inert decoration (the status line above says "loading"); it lays out as the card's own children. */
  .skeleton {
    display: contents;
  }
  .sk {
    display: inline-block;
    vertical-align: middle;
    height: 0.9em;
    width: 60%;
    max-width: 100%;
    border-radius: 0.3em;
    background: var(--_surface);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .sk.s {
    width: 35%;
  }
  .sk.l {
    width: 85%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .sk {
      animation: none;
    }
  }
  /* Error overlay: sits on the skeleton so the box keeps its size. */
  .overlay {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.75em;
    padding: 1em;
    text-align: center;
    background: var(--_bg);
  }
  .overlay strong {
    color: var(--_danger);
  }
`;
