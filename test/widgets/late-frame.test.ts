// embed.js keeps the resize protocol available for an iframe that a CMS adds late: after every
// kind of element on the page has already loaded (when the loader used to stop watching) and when
// no iframe was there at the start.
import { equal, stubFetch, waitFor } from './helpers.js';

const FIXTURE = new URL('./frame-resize.fixture.html', import.meta.url).href;
const TAGS = ['gongyi-project', 'gongyi-progress', 'gongyi-lunch', 'gongyi-wishes', 'gongyi-column', 'gongyi-stats'];

describe('embed.js and late iframes', () => {
  it('sizes an iframe added after all six elements have loaded', async () => {
    const stub = stubFetch({}); // every read answers 404: the elements show their error state, which is fine here
    const box = document.createElement('div');
    box.innerHTML = TAGS.map((t) => `<${t} campaign="x" project="x" school="x" org="x"></${t}>`).join('');
    document.body.append(box);
    await import('../../widgets/src/embed.js');
    for (const tag of TAGS) await waitFor(() => customElements.get(tag), `${tag} defined`);
    await new Promise((r) => setTimeout(r, 100)); // the loader has seen everything it waited for

    const f = document.createElement('iframe');
    f.src = FIXTURE;
    f.height = '50';
    f.width = '300';
    f.frameBorder = '0';
    document.body.append(f);
    await waitFor(
      () => f.getBoundingClientRect().height === 120,
      `late iframe sized to its content (is ${f.getBoundingClientRect().height})`,
    );
    equal(f.style.height, '120px');
    f.remove();
    box.remove();
    stub.restore();
  });
});
