import '../../widgets/src/elements/gongyi-project.js';
import type { GongyiProject } from '../../widgets/src/elements/gongyi-project.js';
import type { GongyiProgress } from '../../widgets/src/elements/gongyi-progress.js';
import {
  $,
  $$,
  assert,
  layoutDefects,
  campaign,
  cleanup,
  deferred,
  equal,
  expectNoAxeViolations,
  includes,
  json,
  mount,
  problem,
  project,
  stubFetch,
  text,
  waitFor,
} from './helpers.js';

const GET_P = 'GET /projects/guanheng-elder-centre';
const GET_C = 'GET /campaigns/guanheng-elder-centre';
let stub: ReturnType<typeof stubFetch>;

afterEach(() => {
  stub?.restore();
  cleanup();
});

const nested = (el: Element) => $<GongyiProgress>(el, 'gongyi-progress');

async function loaded(
  markup = '<gongyi-project project="guanheng-elder-centre"></gongyi-project>',
): Promise<GongyiProject> {
  const el = mount<GongyiProject>(markup);
  await waitFor(
    () => $(el, '.timeline ol li') && nested(el)?.shadowRoot?.querySelector('[role=progressbar]'),
    'project and its campaign',
  );
  return el;
}

describe('<gongyi-project>', () => {
  it('renders cover, title, org, location, category, beneficiaries, status and source links', async () => {
    stub = stubFetch({ [GET_P]: () => json(project), [GET_C]: () => json(campaign) });
    const el = await loaded();
    equal($(el, '[part=title]')!.textContent, project.title);
    includes($(el, '[part=org]')!.textContent, '湖南省民政厅');
    const meta = $(el, '[part=meta]')!.textContent!;
    includes(meta, '汝城县延寿瑶族乡官亨瑶族村');
    includes(meta, '养老');
    includes(meta, '近300名老人');
    includes(meta, '进行中');
    assert($(el, '[part=cover]'), 'cover area');
    const link = $<HTMLAnchorElement>(el, '[part=links] a')!;
    equal(link.href, project.links[0]!.url);
    equal(link.rel, 'noopener');
  });

  it('shows the progress-update timeline with done / doing / planned states', async () => {
    stub = stubFetch({ [GET_P]: () => json(project), [GET_C]: () => json(campaign) });
    const el = await loaded();
    const items = $$(el, '.timeline li');
    equal(items.map((li) => li.dataset.state).join(), 'done,done,done,doing,doing,planned');
    includes(items[0]!.textContent, '已完成');
    includes(items[0]!.textContent, '旧房租赁');
    includes(items[3]!.textContent, '进行中');
    includes(items[3]!.textContent, '室内布置');
    includes(items[5]!.textContent, '计划中');
    equal(items[0]!.querySelector('time')!.getAttribute('datetime'), '2021-03-01');
    includes(items[0]!.querySelector('time')!.textContent, '2021年3月1日');
  });

  it('folds long timelines behind a "show all" button', async () => {
    const updates = [...project.updates, { date: '2021-10-01', title: '开业', body: '', state: 'planned' }];
    stub = stubFetch({ [GET_P]: () => json({ ...project, updates }), [GET_C]: () => json(campaign) });
    const el = await loaded();
    equal($$(el, '.timeline li').length, 6);
    const btn = $<HTMLButtonElement>(el, '.timeline .head button')!;
    equal(btn.getAttribute('aria-expanded'), 'false');
    btn.click();
    await waitFor(() => $$(el, '.timeline li').length === 7, 'all updates');
  });

  it('embeds the campaign progress (lang, api and elder passed on)', async () => {
    stub = stubFetch({ [GET_P]: () => json(project), [GET_C]: () => json(campaign) });
    const el = await loaded(
      '<gongyi-project project="guanheng-elder-centre" api="http://127.0.0.1:1" lang="en" elder></gongyi-project>',
    );
    const p = nested(el)!;
    equal(p.getAttribute('campaign'), 'guanheng-elder-centre');
    equal(p.getAttribute('lang'), 'en');
    equal(p.hasAttribute('elder'), true);
    equal(stub.calls[0]!.url, 'http://127.0.0.1:1/api/v1/projects/guanheng-elder-centre');
    equal(stub.calls[1]!.url, 'http://127.0.0.1:1/api/v1/campaigns/guanheng-elder-centre');
    includes(p.shadowRoot!.querySelector('[part=raised]')!.textContent, '¥1,045,750');
    includes(text(el), 'Elder care');
    includes($(el, '.timeline')!.textContent, 'Done');
  });

  it('its campaign shows the recipient, raised / spent / balance and the spending, or the no-gifts note', async () => {
    stub = stubFetch({ [GET_P]: () => json(project), [GET_C]: () => json(campaign) });
    let el = await loaded();
    let p = nested(el)!.shadowRoot!;
    includes(p.querySelector('[part=recipient]')!.textContent!.replace(/\s+/g, ''), '募捐主体：湖南省慈善总会');
    equal(p.querySelector('[part=spent]')!.textContent, '12.35万元');
    equal(p.querySelector('[part=balance]')!.textContent, '92.23万元');
    equal(p.querySelectorAll('details[part=expenditures] li').length, 3);
    // The page can style them through the project too.
    const parts = nested(el)!.getAttribute('exportparts')!;
    for (const x of [
      'recipient: progress-recipient',
      'spent: progress-spent',
      'balance: progress-balance',
      'no-gifts: progress-no-gifts',
    ])
      includes(parts, x);
    stub.restore();
    stub = stubFetch({ [GET_P]: () => json(project), [GET_C]: () => json({ ...campaign, acceptsGifts: false }) });
    el = await loaded('<gongyi-project project="guanheng-elder-centre" lang="en" elder></gongyi-project>');
    p = nested(el)!.shadowRoot!;
    equal(p.querySelector('[part=give]'), null, 'no give button');
    includes(p.querySelector('[part=no-gifts]')!.textContent, 'Not accepting gifts yet');
    await expectNoAxeViolations(el);
  });

  it('a long summary or update shows its first lines and a button for the rest; a short one, no button; nothing cut otherwise', async () => {
    const long = '统筹县、乡、村各级力量建设的居家养老服务中心，让当地近300名老人在家门口拥有正规的养老场所。'.repeat(
      4,
    );
    const updates = [{ ...project.updates[0]!, body: long }, ...project.updates.slice(1)];
    stub = stubFetch({ [GET_P]: () => json({ ...project, summary: long, updates }), [GET_C]: () => json(campaign) });
    const el = await loaded();
    const summary = $(el, '[part=summary]')!;
    const more = () => summary.nextElementSibling as HTMLButtonElement;
    await waitFor(() => summary.hasAttribute('long'), 'the summary marked long');
    assert(summary.scrollHeight > summary.clientHeight + 1, 'shown in part');
    assert(more().getBoundingClientRect().height > 0, 'a visible button after it');
    equal(more().getAttribute('aria-expanded'), 'false');
    includes(more().textContent, '展开全文');
    more().click();
    await waitFor(() => more().getAttribute('aria-expanded') === 'true', 'opened');
    assert(summary.scrollHeight <= summary.clientHeight + 1, 'the whole summary shows');
    includes(more().textContent, '收起全文');
    // The first update is long too; the others are short: no button beside them.
    const buttons = $$(el, '.timeline .more').map((b) => b.getBoundingClientRect().height > 0);
    equal(buttons.join(), [true, false, false, false, false, false].join());
    equal(await layoutDefects(), '', 'nothing cut without a way to read it, no hole');
  });

  it('leaves out the progress when the project has no campaign', async () => {
    stub = stubFetch({ [GET_P]: () => json({ ...project, campaignId: null }) });
    const el = mount<GongyiProject>('<gongyi-project project="guanheng-elder-centre"></gongyi-project>');
    await waitFor(() => $(el, '.timeline li'));
    equal(nested(el), null);
    equal(stub.calls.length, 1);
  });

  it('reserves its height: skeleton and loaded card are the same size', async () => {
    const dp = deferred();
    const dc = deferred();
    stub = stubFetch({ [GET_P]: () => dp.response, [GET_C]: () => dc.response });
    const el = mount<GongyiProject>('<gongyi-project project="guanheng-elder-centre"></gongyi-project>');
    await waitFor(() => $(el, '.sk') && nested(el)?.shadowRoot?.querySelector('.sk'), 'skeletons');
    const before = el.getBoundingClientRect().height;
    dp.release(json(project));
    await waitFor(() => $(el, '.timeline li[data-state]'));
    const middle = el.getBoundingClientRect().height;
    dc.release(json(campaign));
    await waitFor(() => nested(el)!.shadowRoot!.querySelector('[role=progressbar]'));
    const after = el.getBoundingClientRect().height;
    assert(
      Math.abs(middle - before) < 0.5 && Math.abs(after - before) < 0.5,
      `heights ${before} → ${middle} → ${after}`,
    );
  });

  it('fires gongyi-error and shows a readable message on a failed load', async () => {
    stub = stubFetch({ [GET_P]: () => problem(404, 'not_found', 'project nope not found') });
    const seen = new Promise<CustomEvent>((r) =>
      document.addEventListener('gongyi-error', (e) => r(e as CustomEvent), { once: true }),
    );
    const el = mount<GongyiProject>('<gongyi-project project="guanheng-elder-centre" lang="zh-Hant"></gongyi-project>');
    const e = await seen;
    equal(e.detail.status, 404);
    equal(e.detail.code, 'not_found');
    await waitFor(() => $(el, '[role=alert]')?.textContent?.includes('找不到該內容'), 'zh-Hant error');
    assert(el.getBoundingClientRect().height > 300, 'never a blank box');
  });

  it('has no axe violations (zh-Hans and dark en)', async () => {
    stub = stubFetch({ [GET_P]: () => json(project), [GET_C]: () => json(campaign) });
    await expectNoAxeViolations(await loaded());
    await expectNoAxeViolations(
      await loaded('<gongyi-project project="guanheng-elder-centre" lang="en" theme="dark"></gongyi-project>'),
    );
  });
});
