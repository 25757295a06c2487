import { emulateMedia } from '@web/test-runner-commands';
import '../../widgets/src/elements/gongyi-stats.js';
import type { GongyiStats } from '../../widgets/src/elements/gongyi-stats.js';
import { figures } from './figures.fixture.js';
import {
  $,
  $$,
  assert,
  layoutDefects,
  cleanup,
  deferred,
  equal,
  expectNoAxeViolations,
  includes,
  json,
  mount,
  problem,
  reserved,
  stubFetch,
  text,
  waitFor,
} from './helpers.js';

const GET = 'GET /orgs/fengxian-mzj/stats';

let stub: ReturnType<typeof stubFetch>;
afterEach(async () => {
  stub?.restore();
  cleanup();
  await emulateMedia({ reducedMotion: 'no-preference' });
});

const fig = (el: Element, key: string) => $(el, `[data-key="${key}"]`)!;
/** What a reader sees of a figure (number and unit), and what a screen reader hears. */
const seen = (el: Element, key: string) => {
  const f = fig(el, key);
  return (f.querySelector('.num')!.textContent! + f.querySelector('.unit')!.textContent!).trim();
};
const heard = (el: Element, key: string) => fig(el, key).querySelector('.value .sr')!.textContent!;

async function loaded(markup: string): Promise<GongyiStats> {
  const el = mount<GongyiStats>(markup);
  await waitFor(() => $(el, '[data-key]'), 'figures');
  return el;
}

/** Every text the figure's number shows, as it changes. */
function recordNumbers(el: GongyiStats, key: string): string[] {
  const texts: string[] = [];
  const now = () => el.shadowRoot!.querySelector(`[data-key="${key}"] .num`)?.textContent ?? null;
  let last = now();
  const mo = new MutationObserver(() => {
    const t = now();
    if (t !== null && t !== last) texts.push((last = t));
  });
  mo.observe(el.shadowRoot!, { subtree: true, characterData: true, childList: true });
  return texts;
}

describe('<gongyi-stats>', () => {
  it('shows each figure with its label, unit and period; money in 万/亿, "余" before the unit', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    stub = stubFetch({ [GET]: () => json({ items: figures }) });
    const el = await loaded('<gongyi-stats org="fengxian-mzj"></gongyi-stats>');
    equal(seen(el, 'visits'), '12368人次');
    equal(seen(el, 'funds'), '104.58万元');
    equal(seen(el, 'relief'), '554.32万元');
    equal(seen(el, 'aid'), '900万余元');
    equal(seen(el, 'children'), '200余人次');
    equal(seen(el, 'raised'), '2575元');
    equal(seen(el, 'projectsCompleted'), '12.35万个');
    includes(fig(el, 'visits').querySelector('[part=label]')!.textContent, '走访服务对象');
    includes(fig(el, 'relief').querySelector('[part=period]')!.textContent, '2024年1—2月');
    equal(heard(el, 'aid'), '900万余元');
    equal(stub.calls[0]!.url, `${location.origin}/api/v1/orgs/fengxian-mzj/stats`);
  });

  it("speaks the reader's language: 繁體 and English numbers, live figures named by the widget", async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    stub = stubFetch({ [GET]: () => json({ items: figures }) });
    const hant = await loaded('<gongyi-stats org="fengxian-mzj" lang="zh-Hant"></gongyi-stats>');
    equal(seen(hant, 'funds'), '104.58萬元');
    equal(seen(hant, 'projectsCompleted'), '12.35萬個');
    includes(fig(hant, 'raised').textContent, '累計籌款');
    const en = await loaded('<gongyi-stats org="fengxian-mzj" lang="en"></gongyi-stats>');
    equal(seen(en, 'funds'), '¥1,045,750');
    equal(seen(en, 'visits'), '12,368 person-times');
    equal(seen(en, 'aid'), '¥9,000,000+');
    equal(seen(en, 'children'), '200+ person-times');
    equal(seen(en, 'projectsCompleted'), '123,456');
    includes(fig(en, 'raised').textContent, 'Raised');
    includes(fig(en, 'projectsCompleted').textContent, 'Projects completed');
    equal($(en, '[part=figures]')!.getAttribute('aria-label'), 'Key figures');
  });

  it('counts up once, only when scrolled into view, and never moves the unit', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    stub = stubFetch({ [GET]: () => json({ items: figures }) });
    const spacer = mount<HTMLElement>(
      '<div style="height: 3000px"></div><gongyi-stats org="fengxian-mzj"></gongyi-stats>',
    );
    const el = spacer.nextElementSibling as GongyiStats;
    await waitFor(() => $(el, '[data-key]'), 'figures');
    await new Promise((r) => setTimeout(r, 150));
    equal(seen(el, 'visits'), '0人次', 'still zero below the fold');
    equal(heard(el, 'visits'), '12368人次', 'screen readers get the real figure at once');
    const unitBefore = fig(el, 'visits').querySelector('.unit')!.getBoundingClientRect().left;

    const texts = recordNumbers(el, 'visits');
    el.scrollIntoView();
    await waitFor(() => seen(el, 'visits') === '12368人次', 'counted up', 3000);
    const steps = texts.map(Number);
    assert(
      steps.some((n) => n > 0 && n < 12368),
      `an intermediate value was shown: ${texts.join(' ')}`,
    );
    assert(
      steps.every((n, i) => i === 0 || n >= steps[i - 1]!),
      `counts only up: ${texts.join(' ')}`,
    );
    equal(
      fig(el, 'visits').querySelector('.unit')!.getBoundingClientRect().left - el.getBoundingClientRect().left,
      unitBefore - el.getBoundingClientRect().left,
      'unit stays put',
    );

    // Scrolled away and back: no second count.
    const again = recordNumbers(el, 'visits');
    window.scrollTo(0, 0);
    await new Promise((r) => setTimeout(r, 100));
    el.scrollIntoView();
    await new Promise((r) => setTimeout(r, 400));
    equal(again.length, 0, `no recount: ${again.join(' ')}`);
    equal(seen(el, 'visits'), '12368人次');
  });

  it('with prefers-reduced-motion, the final figures show at once and never move', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const d = deferred();
    stub = stubFetch({ [GET]: () => d.response });
    const el = mount<GongyiStats>('<gongyi-stats org="fengxian-mzj"></gongyi-stats>');
    await waitFor(() => $(el, '.sk'), 'skeleton');
    const texts = recordNumbers(el, 'funds');
    d.release(json({ items: figures }));
    await waitFor(() => $(el, '[data-key]'), 'figures');
    await new Promise((r) => setTimeout(r, 400));
    equal(texts.join(' | '), '104.58万', 'the number was only ever the final one');
  });

  it('has a full and a compact layout (compact: 4 slots, one-line labels, period only for screen readers)', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    stub = stubFetch({ [GET]: () => json({ items: figures }) });
    const full = await loaded('<gongyi-stats org="fengxian-mzj"></gongyi-stats>');
    equal($$(full, '.grid > li').length, 8);
    const fullFig = fig(full, 'relief').getBoundingClientRect().height;
    assert(fig(full, 'relief').querySelector('[part=period]')!.getBoundingClientRect().width > 20, 'period visible');

    const compact = await loaded('<gongyi-stats org="fengxian-mzj" layout="compact"></gongyi-stats>');
    equal($$(compact, '.grid > li').length, 4);
    equal($(compact, '[data-key="aid"]')?.dataset.key, 'aid');
    equal($(compact, '[data-key="children"]'), null, 'past the 4 slots');
    const period = fig(compact, 'relief').querySelector<HTMLElement>('[part=period]')!;
    assert(period.getBoundingClientRect().width <= 1, 'period hidden visually');
    includes(period.textContent, '2024年1—2月');
    assert(fig(compact, 'relief').getBoundingClientRect().height < fullFig * 0.7, 'compact is shorter');

    const few = await loaded('<gongyi-stats org="fengxian-mzj" max="2"></gongyi-stats>');
    equal(
      $$(few, '[data-key]')
        .map((f) => f.dataset.key)
        .join(),
      'visits,funds',
    );
  });

  for (const attrs of ['', 'layout="compact"', 'elder', 'layout="compact" elder lang="en"']) {
    it(`reserves its height for its slots: skeleton and a full set of figures within 10 %, fewer figures leave no holes (${attrs || 'full'})`, async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const heights: number[] = [];
      for (const n of [8, 3]) {
        const d = deferred();
        stub = stubFetch({ [GET]: () => d.response });
        const el = mount<GongyiStats>(`<gongyi-stats org="fengxian-mzj" ${attrs}></gongyi-stats>`, 700);
        await waitFor(() => $(el, '.sk'), 'skeleton');
        const before = el.getBoundingClientRect().height;
        d.release(json({ items: figures.slice(0, n) }));
        await waitFor(() => $(el, '[data-key]'), 'figures');
        const after = el.getBoundingClientRect().height;
        // Figures differ (a period or none, a label of one line or two): 10 %. English labels in
        // elder type run to many more lines than the placeholders: there the card grows.
        if (n === 8 && !attrs.includes('en')) reserved(before, after, attrs || 'full', false, 0.1);
        equal(await layoutDefects(), '', `${n} figures: no hole, nothing cut`);
        heights.push(after);
        stub.restore();
      }
    });
  }

  it('elder mode: larger type', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    stub = stubFetch({ [GET]: () => json({ items: figures }) });
    const plain = await loaded('<gongyi-stats org="fengxian-mzj"></gongyi-stats>');
    const size = parseFloat(getComputedStyle(fig(plain, 'visits').querySelector('.value')!).fontSize);
    const elder = await loaded('<gongyi-stats org="fengxian-mzj" elder></gongyi-stats>');
    const big = parseFloat(getComputedStyle(fig(elder, 'visits').querySelector('.value')!).fontSize);
    assert(big >= size * 1.3, `elder ${big}px vs ${size}px`);
  });

  it('says so when there are no figures, and fires gongyi-error with a readable message on a failed load', async () => {
    stub = stubFetch({ [GET]: () => json({ items: [] }) });
    const empty = mount<GongyiStats>('<gongyi-stats org="fengxian-mzj"></gongyi-stats>');
    await waitFor(() => $(empty, '[part=empty]'), 'empty state');
    includes(text(empty), '暂无公示数据');

    stub.restore();
    stub = stubFetch({ 'GET /orgs/nope/stats': () => problem(404, 'not_found', 'Organisation "nope" does not exist') });
    const errored = new Promise<CustomEvent>((r) =>
      document.addEventListener('gongyi-error', (e) => r(e as CustomEvent), { once: true }),
    );
    const el = mount<GongyiStats>('<gongyi-stats org="nope" lang="en"></gongyi-stats>');
    equal((await errored).detail.code, 'not_found');
    await waitFor(() => $(el, '[role=alert]')?.textContent?.includes('could not find'), 'readable error');
    assert(el.getBoundingClientRect().height > 100, 'never a blank box');
  });

  it('has no axe violations (full zh-Hans, compact dark en, elder)', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    stub = stubFetch({ [GET]: () => json({ items: figures }) });
    await expectNoAxeViolations(await loaded('<gongyi-stats org="fengxian-mzj"></gongyi-stats>'));
    await expectNoAxeViolations(
      await loaded('<gongyi-stats org="fengxian-mzj" layout="compact" lang="en" theme="dark"></gongyi-stats>'),
    );
    await expectNoAxeViolations(await loaded('<gongyi-stats org="fengxian-mzj" elder></gongyi-stats>'));
  });
});
