// A host page's !important rules on a gongyi-* element cannot collapse, clip or re-flow its box:
// :host declares display, height, max-height, overflow, contain and the reserved min-height with
// !important, which wins over the page's !important (CSS Scoping). The page may still place it.
import '../../widgets/src/elements/gongyi-progress.js';
import { $, assert, campaign, cleanup, json, mount, stubFetch, waitFor } from './helpers.js';

let stub: ReturnType<typeof stubFetch>;
let style: HTMLStyleElement | undefined;
afterEach(() => {
  stub?.restore();
  style?.remove();
  cleanup();
});

async function box(): Promise<DOMRect> {
  const el = mount('<gongyi-progress campaign="guanheng-elder-centre"></gongyi-progress>');
  await waitFor(() => $(el, '[role=progressbar]'), 'loaded');
  return el.getBoundingClientRect();
}

describe('host !important rules on gongyi-*', () => {
  it('keep the element a full block of its own height', async () => {
    stub = stubFetch({ 'GET /campaigns/guanheng-elder-centre': () => json(campaign) });
    const plain = await box();
    style = document.createElement('style');
    style.textContent = `gongyi-progress { display: inline !important; height: 40px !important; max-height: 40px !important;
      min-height: 0 !important; overflow: hidden !important; contain: none !important; }`;
    document.head.append(style);
    const hostile = await box();
    const el = document.querySelector('gongyi-progress')!;
    assert(getComputedStyle(el).display === 'block', `display ${getComputedStyle(el).display}`);
    assert(getComputedStyle(el).overflow === 'visible', `overflow ${getComputedStyle(el).overflow}`);
    assert(
      Math.abs(hostile.height - plain.height) < 0.5,
      `height ${hostile.height} vs ${plain.height} on a plain page`,
    );
    assert(hostile.width === plain.width, `width ${hostile.width} vs ${plain.width}`);
  });

  it('still lets the page place it (width and margin are the page’s)', async () => {
    stub = stubFetch({ 'GET /campaigns/guanheng-elder-centre': () => json(campaign) });
    style = document.createElement('style');
    style.textContent = 'gongyi-progress { width: 300px; margin: 24px 0 !important; }';
    document.head.append(style);
    const b = await box();
    assert(b.width === 300, `width ${b.width}`);
    assert(getComputedStyle(document.querySelector('gongyi-progress')!).marginTop === '24px', 'margin');
  });
});
