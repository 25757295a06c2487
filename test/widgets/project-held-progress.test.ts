// <gongyi-project>'s campaign card is <gongyi-progress>, a chunk fetched after the project's data.
// Until it is defined the project holds its box; when it arrives the project card must not grow
// (a host page's text below would jump). Here the definition is held back by hand, so the test
// compares sizes of the same cards before and after, never timings.
import '../../widgets/src/elements/gongyi-project.js';
import type { GongyiProject } from '../../widgets/src/elements/gongyi-project.js';
import { $, assert, deferred, json, project, stubFetch, waitFor } from './helpers.js';

/** gongyi-progress's `customElements.define`, caught and run only when the test says so. */
let defineProgress: (() => void) | undefined;
const define = customElements.define.bind(customElements);
customElements.define = (name, ctor, options) => {
  if (name === 'gongyi-progress') defineProgress = () => define(name, ctor, options);
  else define(name, ctor, options);
};

const CASES = [320, 390, 1280].flatMap((width) =>
  ['zh-Hans', 'zh-Hant', 'en'].flatMap((lang) =>
    [`lang="${lang}"`, `lang="${lang}" elder`].map((attrs) => ({ width, attrs })),
  ),
);

describe('<gongyi-project> while its campaign card loads', () => {
  it("holds exactly the box of the campaign card's skeleton: the card does not grow when its code arrives (320 / 390 / 1280 px, elder, three languages)", async () => {
    const never = deferred(); // the campaign's data stays away: its card stays a skeleton
    const stub = stubFetch({
      'GET /projects/guanheng-elder-centre': () => json(project),
      'GET /campaigns/guanheng-elder-centre': () => never.response,
    });
    const hosts = CASES.map(({ width, attrs }) => {
      const host = document.createElement('div');
      host.style.width = width + 'px';
      host.innerHTML = `<gongyi-project project="guanheng-elder-centre" ${attrs}></gongyi-project>`;
      document.body.append(host);
      return host.firstElementChild as GongyiProject;
    });
    try {
      await waitFor(() => hosts.every((el) => $(el, '.timeline li[data-state]')), 'every project loaded', 8000);
      await waitFor(() => defineProgress, "the campaign card's code fetched (its definition held back)", 8000);
      const progress = (el: GongyiProject) => $(el, 'gongyi-progress')!;
      assert(
        hosts.every((el) => !progress(el).matches(':defined')),
        'the campaign cards are not defined yet',
      );
      const before = hosts.map((el) => el.getBoundingClientRect().height);

      defineProgress!();
      await waitFor(
        () => hosts.every((el) => progress(el).shadowRoot?.querySelector('.skeleton .sk')),
        'campaign skeletons',
      );
      const after = hosts.map((el) => el.getBoundingClientRect().height);

      const grown = CASES.map(({ width, attrs }, i) => ({
        what: `${width}px ${attrs}`,
        before: before[i]!,
        after: after[i]!,
      })).filter((c) => Math.abs(c.after - c.before) >= 0.5);
      assert(
        !grown.length,
        'the project card changed size when its campaign card was defined:\n' +
          grown.map((c) => `  ${c.what}: ${c.before}px → ${c.after}px`).join('\n'),
      );
    } finally {
      stub.restore();
      for (const el of hosts) el.parentElement!.remove();
    }
  });
});
