// The iframe resize protocol in embed.js (widgets/src/frame-resize.ts), both halves in real Chromium:
// the framed page (test/widgets/frame-resize.fixture.html, like an /embed page) reports its height,
// the host page's embed.js sizes that iframe, and ignores other origins and other sources.
import { assert, equal, waitFor } from './helpers.js';

const FIXTURE = new URL('./frame-resize.fixture.html', import.meta.url).href;
const frames: HTMLIFrameElement[] = [];

function frame(attrs: Record<string, string>): HTMLIFrameElement {
  const f = document.createElement('iframe');
  for (const [k, v] of Object.entries(attrs)) f.setAttribute(k, v);
  f.width = '300';
  f.frameBorder = '0'; // as in the iframe embed code: the height is the content's
  frames.push(f);
  document.body.append(f);
  return f;
}

const loaded = (f: HTMLIFrameElement) => new Promise((r) => f.addEventListener('load', r, { once: true }));
const height = (f: HTMLIFrameElement) => f.getBoundingClientRect().height;

/** Resolves after `source` has posted 'done': its earlier messages have been handled by then (same source, in order). */
function doneFrom(source: () => MessageEventSource | null): Promise<void> {
  return new Promise((resolve) => {
    addEventListener('message', function on(e) {
      if (e.data === 'done' && e.source === source()) {
        removeEventListener('message', on);
        resolve();
      }
    });
  });
}

afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

describe('iframe resize (embed.js)', () => {
  // First test of the file: embed.js is not on the host page yet, as when a CMS puts the script at the end.
  it('sizes an iframe that loaded before the host script to its content, and follows it when the content grows or shrinks', async () => {
    const f = frame({ src: FIXTURE, height: '50' });
    await loaded(f);
    equal(height(f), 50, 'no host script yet: the iframe keeps its attribute height');

    await import('../../widgets/src/embed.js'); // the host half starts and asks the frame for its height
    await waitFor(() => height(f) === 120, `iframe sized to its 120 px content (is ${height(f)})`);

    const content = f.contentDocument!.getElementById('content')!;
    content.style.height = '340px';
    await waitFor(() => height(f) === 340, `iframe follows its grown content (is ${height(f)})`);
    const more = Object.assign(f.contentDocument!.createElement('div'), { textContent: 'one more block' });
    more.style.height = '60px';
    f.contentDocument!.body.append(more);
    await waitFor(() => height(f) === 400, `iframe follows a new block (is ${height(f)})`);
    more.remove();
    content.style.height = '80px';
    await waitFor(() => height(f) === 80, `iframe shrinks with its content (is ${height(f)})`);
  });

  it('resizes only the iframe that sent the message', async () => {
    const a = frame({ src: FIXTURE, height: '50' });
    // Same origin as the host (srcdoc), so only the source check tells the two frames apart.
    const b = frame({
      srcdoc: `<script>parent.postMessage({ type: 'gongyi:resize', height: 222 }, '*')</script>`,
      height: '50',
    });
    await waitFor(
      () => height(a) === 120 && height(b) === 222,
      `each frame its own height (${height(a)}, ${height(b)})`,
    );
  });

  it('ignores a message from another origin, even from an iframe on the page', async () => {
    // A sandboxed frame has an opaque origin ("null"), not embed.js's origin.
    const f = frame({
      sandbox: 'allow-scripts',
      srcdoc: `<script>parent.postMessage({ type: 'gongyi:resize', height: 400 }, '*'); parent.postMessage('done', '*')</script>`,
      height: '60',
    });
    await doneFrom(() => f.contentWindow);
    equal(height(f), 60, 'foreign-origin frame not resized');
  });

  it('ignores a same-origin message that no iframe sent', async () => {
    const f = frame({ src: FIXTURE, height: '50' });
    await waitFor(() => height(f) === 120, 'frame sized');
    postMessage({ type: 'gongyi:resize', height: 400 }, '*'); // from the host window itself
    postMessage('done', '*');
    await doneFrom(() => window);
    equal(height(f), 120, 'frame keeps its height');
    assert(
      frames.every((x) => height(x) !== 400),
      'no iframe took the height',
    );
  });
});
