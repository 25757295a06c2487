import '../../widgets/src/elements/gongyi-wishes.js';
import type { GongyiWishes } from '../../widgets/src/elements/gongyi-wishes.js';
import {
  $,
  $$,
  assert,
  layoutDefects,
  reserved,
  cleanup,
  deferred,
  equal,
  expectNoAxeViolations,
  includes,
  json,
  mount,
  problem,
  stubFetch,
  text,
  waitFor,
  type Call,
} from './helpers.js';

const wish = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  title: '一台电风扇',
  story: '独居老人，家里的旧电扇坏了。',
  category: 'necessities',
  wisher: '张**',
  community: '春晖社区',
  value: 16900,
  currency: 'CNY',
  photoUrl: null,
  status: 'open',
  claimedBy: null,
  claimedAt: null,
  fulfilledAt: null,
  thanks: null,
  thanksPhotoUrl: null,
  ...over,
});

const page1 = {
  items: [
    wish('fan'),
    wish('bag', { title: '一个新书包', category: 'study', wisher: '李*', value: 12000 }),
    wish('radio', {
      title: '一台盲人收音机',
      category: 'culture',
      wisher: '肖*',
      status: 'claimed',
      claimedBy: '美好社区党建联盟',
    }),
    wish('shoes', {
      title: '一双防滑健步鞋',
      wisher: '洪**',
      status: 'fulfilled',
      claimedBy: '兴化广播电视台',
      fulfilledAt: '2021-05-15T08:00:00.000Z',
      thanks: '党员把防滑健步鞋送上门，并现场帮老人试穿。',
    }),
    wish('lamp', {
      title: '家门口路口装一盏路灯',
      category: 'other',
      wisher: '马**',
      value: null,
      status: 'fulfilled',
      claimedBy: '春晖社区党员',
      fulfilledAt: '2021-05-28T08:00:00.000Z',
    }),
    wish('job', { title: '找一份离家近的工作', category: 'employment', wisher: '赵*', value: null }),
  ],
  counts: { open: 7, claimed: 2, fulfilled: 2 },
  nextCursor: 'CURSOR1',
};
const page2 = {
  items: [wish('quilt', { title: '一床过冬的厚棉被', value: 30000 })],
  counts: page1.counts,
  nextCursor: null,
};

const LIST = 'GET /orgs/taizhou-hailing/wishes';
const CLAIM = 'POST /wishes/fan/claims';
const TAG = '<gongyi-wishes org="taizhou-hailing"></gongyi-wishes>';
let stub: ReturnType<typeof stubFetch>;

afterEach(() => {
  stub?.restore();
  cleanup();
});

const query = (c: Call) => new URL(c.url).searchParams;
const lists = () => stub.calls.filter((c) => c.method === 'GET');

/** Routes the list by its query: a cursor gives page 2, a filter an empty or filtered page. */
function board(c: Call) {
  const q = query(c);
  if (q.get('cursor') === 'CURSOR1') return json(page2);
  const items = page1.items.filter(
    (w) =>
      (!q.get('status') || w.status === q.get('status')) && (!q.get('category') || w.category === q.get('category')),
  );
  return json({ ...page1, items, nextCursor: q.get('status') || q.get('category') ? null : page1.nextCursor });
}

async function loaded(markup = TAG, width = 720): Promise<GongyiWishes> {
  const el = mount<GongyiWishes>(markup, width);
  await waitFor(() => $(el, '[part=wish]'), 'loaded board');
  return el;
}

const card = (el: Element, id: string) => $$(el, '[part=wish]').find((li) => li.dataset.id === id)!;

async function openDialog(el: GongyiWishes, id = 'fan') {
  card(el, id).querySelector<HTMLButtonElement>('[part=claim]')!.click();
  const claim = await waitFor(() => $(el, 'gongyi-claim'), 'claim element');
  const dialog = await waitFor(
    () => claim.shadowRoot?.querySelector('dialog[open]') as HTMLDialogElement | null,
    'open dialog',
  );
  return { claim, dialog, root: claim.shadowRoot! };
}

function fill(root: ShadowRoot, values: Record<string, string>) {
  for (const [k, v] of Object.entries(values)) root.querySelector<HTMLInputElement>(`input[name=${k}]`)!.value = v;
}

describe('<gongyi-wishes>', () => {
  it('keeps its height from skeleton to board within 5 %: normal, elder, narrow', async () => {
    for (const [attrs, width] of [
      ['', 720],
      ['elder', 720],
      ['', 300],
    ] as const) {
      const d = deferred();
      stub = stubFetch({ [LIST]: () => d.response });
      const el = mount<GongyiWishes>(`<gongyi-wishes org="taizhou-hailing" ${attrs}></gongyi-wishes>`, width);
      await waitFor(() => $(el, '.sk'), 'skeleton');
      const before = el.getBoundingClientRect().height;
      assert(before > 300, `reserved height ${before}`);
      d.release(json(page1));
      await waitFor(() => $(el, '[part=wish]'), 'loaded');
      const after = el.getBoundingClientRect().height;
      reserved(before, after, attrs || width + 'px');
      equal(await layoutDefects(), '', `${attrs || width + 'px'}: no hole, nothing cut`);
      stub.restore();
    }
  });

  it('a short or empty page is as tall as its wishes: no invisible slots, no holes', async () => {
    stub = stubFetch({ [LIST]: board });
    const el = await loaded();
    const full = el.getBoundingClientRect().height;
    stub.restore();
    stub = stubFetch({ [LIST]: () => json({ items: [page1.items[0]], counts: page1.counts, nextCursor: null }) });
    const one = await loaded();
    assert(one.getBoundingClientRect().height < full, 'one wish: shorter');
    equal($$(one, '.list > li').length, 1, 'no invisible slots');
    equal(await layoutDefects(), '', 'one wish: no hole');
    stub.restore();
    stub = stubFetch({
      [LIST]: () => json({ items: [], counts: { open: 0, claimed: 0, fulfilled: 0 }, nextCursor: null }),
    });
    const none = mount<GongyiWishes>(TAG, 720);
    await waitFor(() => $(none, '.none'), 'empty message');
    includes($(none, '.none')!.textContent, '暂时没有心愿');
    equal(await layoutDefects(), '', 'no wish: no hole');
  });

  it('shows counts per status, category chips and cards with masked wisher, community, value and state', async () => {
    stub = stubFetch({ [LIST]: board });
    const el = await loaded();
    equal(stub.calls[0]!.url, `${location.origin}/api/v1/orgs/taizhou-hailing/wishes?limit=6`);
    const counts = $$(el, '[part=count]').map((b) => b.textContent!.replace(/\s+/g, ''));
    equal(counts.join('|'), '11全部|7待认领|2已认领|2已实现');
    const chips = $$(el, '[part=chip]').map((b) => b.textContent!.trim());
    equal(chips.join('|'), '全部|必需物资|学习用品|精神文化|政策扶持|就业指导|其他');
    const fan = card(el, 'fan');
    includes(fan.textContent, '张**');
    includes(fan.textContent, '春晖社区');
    includes(fan.querySelector('[part=value]')!.textContent, '169元');
    includes(fan.querySelector('[part=status]')!.textContent, '待认领');
    includes(fan.querySelector('[part=claim]')!.textContent, '我来认领');
    // Category colour from a custom property, and a one-character badge (no image).
    equal(getComputedStyle(fan.querySelector('.badge')!).backgroundColor, 'rgb(180, 67, 15)');
    equal(fan.querySelector('.badge')!.textContent, '物');
    equal(getComputedStyle(card(el, 'bag').querySelector('.badge')!).backgroundColor, 'rgb(29, 78, 216)');
    equal(card(el, 'radio').querySelector('[part=claim]'), null, 'no claim button once claimed');
    includes(card(el, 'radio').querySelector('[part=claimed-by]')!.textContent, '美好社区党建联盟 已认领');
    const shoes = card(el, 'shoes');
    includes(shoes.querySelector('[part=claimed-by]')!.textContent, '兴化广播电视台');
    includes(shoes.querySelector('[part=claimed-by]')!.textContent, '2021年5月15日');
    includes(shoes.querySelector('[part=thanks]')!.textContent, '送上门');
    equal(card(el, 'lamp').querySelector('[part=value]'), null, 'no value when none was estimated');
  });

  it('filters by status and category (aria-pressed), and pages with "more"', async () => {
    stub = stubFetch({ [LIST]: board });
    const el = await loaded();
    $$<HTMLButtonElement>(el, '[part=more]')[0]!.click();
    await waitFor(() => card(el, 'quilt'), 'second page appended');
    equal(query(lists().at(-1)!).get('cursor'), 'CURSOR1');
    equal($$(el, '[part=wish]').length, 7);
    equal($(el, '[part=more]'), null, 'no more pages: no button, no empty row');

    $$<HTMLButtonElement>(el, '[part=count]')[3]!.click(); // 已实现
    await waitFor(() => $$(el, '[part=wish]').length === 2, 'fulfilled only');
    equal(query(lists().at(-1)!).get('status'), 'fulfilled');
    equal($$(el, '[part=count]')[3]!.getAttribute('aria-pressed'), 'true');
    equal($$(el, '[part=count]')[0]!.getAttribute('aria-pressed'), 'false');

    $$<HTMLButtonElement>(el, '[part=chip]')[6]!.click(); // 其他
    await waitFor(() => $$(el, '[part=wish]').length === 1, 'fulfilled + other');
    const q = query(lists().at(-1)!);
    equal(`${q.get('status')} ${q.get('category')}`, 'fulfilled other');
    equal(card(el, 'lamp').dataset.status, 'fulfilled');
    $$<HTMLButtonElement>(el, '[part=count]')[0]!.click(); // all statuses
    await waitFor(
      () => query(lists().at(-1)!).get('status') === null && $$(el, '[part=wish]').length === 1,
      'all statuses, other',
    );
  });

  it('takes a preselected filter from attributes', async () => {
    stub = stubFetch({ [LIST]: board });
    const el = await loaded('<gongyi-wishes org="taizhou-hailing" status="open" category="study"></gongyi-wishes>');
    const q = query(stub.calls[0]!);
    equal(`${q.get('status')} ${q.get('category')}`, 'open study');
    equal($$(el, '[part=wish]').length, 1);
  });

  it('claim dialog: explains what happens next, validates, sends one claim with a key, shows it as claimed', async () => {
    let claimed = false;
    stub = stubFetch({
      [LIST]: (c) =>
        claimed
          ? json({
              ...page1,
              items: page1.items.map((w) =>
                w.id === 'fan' ? { ...w, status: 'claimed', claimedBy: '兴化广播电视台' } : w,
              ),
            })
          : board(c),
      [CLAIM]: () => (
        (claimed = true),
        json(
          {
            id: 'wc_1',
            wishId: 'fan',
            status: 'claimed',
            claimedBy: '兴化广播电视台',
            claimedAt: '2026-11-22T08:00:00Z',
          },
          201,
        )
      ),
    });
    const el = await loaded();
    const events: CustomEvent[] = [];
    el.addEventListener('gongyi-claim', (e) => events.push(e as CustomEvent));
    const { dialog, root } = await openDialog(el);
    equal(dialog.getAttribute('aria-labelledby'), 'dlg-title');
    includes(root.querySelector('#dlg-title')!.textContent, '认领微心愿');
    includes(dialog.textContent, '一台电风扇');
    includes(dialog.textContent, '认领之后');
    includes(dialog.textContent, '工作人员会通过您留下的联系方式与您联系');
    equal(root.activeElement?.getAttribute('name'), 'name', 'focus on the first field');
    // In the top layer, on screen, whatever the board's containment.
    const box = dialog.getBoundingClientRect();
    assert(box.top >= 0 && box.bottom <= innerHeight && box.width > 200, `dialog on screen ${JSON.stringify(box)}`);

    root.querySelector<HTMLButtonElement>('[part=claim-submit]')!.click();
    await waitFor(() => root.querySelector('#name-err')!.textContent!.includes('请填写您的姓名'), 'name required');
    includes(root.querySelector('#contact-err')!.textContent, '请填写联系电话');
    equal(root.querySelector('input[name=name]')!.getAttribute('aria-invalid'), 'true');
    equal(stub.calls.filter((c) => c.method === 'POST').length, 0, 'nothing sent');

    fill(root, { name: '宋慧蓉', organisation: '兴化广播电视台', contact: '13912345678' });
    root.querySelector<HTMLButtonElement>('[part=claim-submit]')!.click();
    await waitFor(() => root.querySelector('[part=claim-result]'), 'success');
    includes(root.querySelector('[part=claim-result]')!.textContent, '认领成功');
    includes(root.querySelector('[part=claim-result]')!.textContent, '兴化广播电视台');
    equal(root.activeElement?.id, 'done', 'focus on the result');
    const post = stub.calls.find((c) => c.method === 'POST')!;
    assert(/^[0-9a-f-]{36}$/.test(post.headers.get('Idempotency-Key') ?? ''), 'uuid Idempotency-Key');
    equal(post.body, JSON.stringify({ name: '宋慧蓉', contact: '13912345678', organisation: '兴化广播电视台' }));
    equal(events.length, 1);
    equal(JSON.stringify(events[0]!.detail), JSON.stringify({ wish: 'fan', id: 'wc_1', claimedBy: '兴化广播电视台' }));
    // The board reloads past the cache and shows the wish as claimed.
    await waitFor(() => card(el, 'fan').dataset.status === 'claimed', 'card claimed');
    equal(lists().at(-1)!.cache, 'no-cache');
    root.querySelector<HTMLButtonElement>('.actions .btn')!.click();
    await waitFor(() => !dialog.open, 'closed');
    await waitFor(() => el.shadowRoot!.activeElement?.id === 'w-fan', 'focus back on the wish');
  });

  it('someone else first: 409 already_claimed is explained and the board refreshes', async () => {
    stub = stubFetch({
      [LIST]: board,
      [CLAIM]: () => problem(409, 'already_claimed', 'Someone else claimed this wish first'),
    });
    const el = await loaded('<gongyi-wishes org="taizhou-hailing" lang="en"></gongyi-wishes>');
    const errors: CustomEvent[] = [];
    el.addEventListener('gongyi-claim-error', (e) => errors.push(e as CustomEvent));
    const { root } = await openDialog(el);
    fill(root, { name: 'Li Wei', contact: 'li@example.com' });
    root.querySelector<HTMLButtonElement>('[part=claim-submit]')!.click();
    const alert = await waitFor(() => root.querySelector('[part=claim-error]'), 'refusal');
    includes(alert.textContent, 'Someone claimed this wish a moment ago');
    equal(root.querySelector('form'), null, 'no form to resend');
    equal(errors[0]!.detail.code, 'already_claimed');
    await waitFor(() => lists().length === 2 && lists()[1]!.cache === 'no-cache', 'board refreshed');
  });

  it('retrying a failed claim reuses its Idempotency-Key; field errors are shown', async () => {
    let n = 0;
    stub = stubFetch({
      [LIST]: board,
      [CLAIM]: () =>
        ++n === 1
          ? Promise.reject(new TypeError('Failed to fetch'))
          : problem(400, 'validation_failed', 'Invalid body', [{ path: 'contact', message: 'Too short' }]),
    });
    const el = await loaded();
    const { root } = await openDialog(el);
    fill(root, { name: '马年红', contact: '12' });
    const submit = () => root.querySelector<HTMLButtonElement>('[part=claim-submit]')!.click();
    submit();
    await waitFor(() => root.querySelector('[role=alert]')!.textContent!.includes('网络'), 'network error');
    await waitFor(() => !root.querySelector<HTMLButtonElement>('[part=claim-submit]')!.disabled);
    submit();
    await waitFor(() => root.querySelector('[role=alert]')!.textContent!.includes('contact: Too short'), 'field error');
    const posts = stub.calls.filter((c) => c.method === 'POST');
    equal(posts[1]!.headers.get('Idempotency-Key'), posts[0]!.headers.get('Idempotency-Key'), 'same key on retry');
  });

  it('Esc closes the dialog and focus returns to the claim button', async () => {
    stub = stubFetch({ [LIST]: board });
    const el = await loaded();
    const { dialog } = await openDialog(el, 'bag');
    dialog.dispatchEvent(new Event('cancel', { cancelable: true })); // what Esc fires
    await waitFor(() => !dialog.open, 'closed');
    await waitFor(
      () => el.shadowRoot!.activeElement === card(el, 'bag').querySelector('[part=claim]'),
      'focus restored',
    );
  });

  it('speaks zh-Hant and en', async () => {
    stub = stubFetch({ [LIST]: board });
    let el = await loaded('<gongyi-wishes org="taizhou-hailing" lang="zh-Hant"></gongyi-wishes>');
    includes(text(el), '群眾微心願');
    includes(text(el), '必需物資');
    includes(card(el, 'fan').querySelector('[part=claim]')!.textContent, '我來認領');
    el = await loaded('<gongyi-wishes org="taizhou-hailing" lang="en"></gongyi-wishes>');
    includes(text(el), 'Micro-wishes');
    includes(card(el, 'fan').querySelector('[part=value]')!.textContent, '¥169');
    includes(card(el, 'radio').querySelector('[part=claimed-by]')!.textContent, 'Claimed by 美好社区党建联盟');
  });

  it('elder mode: larger type and bigger targets, also in the dialog', async () => {
    stub = stubFetch({ [LIST]: board });
    const normal = await loaded();
    const size = parseFloat(getComputedStyle(normal).fontSize);
    const btn = card(normal, 'fan').querySelector('[part=claim]')!.getBoundingClientRect().height;
    const elder = await loaded('<gongyi-wishes org="taizhou-hailing" elder></gongyi-wishes>');
    assert(parseFloat(getComputedStyle(elder).fontSize) >= size * 1.3, 'elder font');
    const elderBtn = card(elder, 'fan').querySelector('[part=claim]')!.getBoundingClientRect().height;
    assert(elderBtn >= 60 && elderBtn > btn, `elder target ${elderBtn}px vs ${btn}px`);
    const { root } = await openDialog(elder);
    assert(root.querySelector('input[name=name]')!.getBoundingClientRect().height >= 60, 'elder input target');
  });

  it('shows a readable error and fires gongyi-error; a missing org is reported', async () => {
    stub = stubFetch({ [LIST]: () => problem(404, 'not_found', 'Organisation "x" does not exist') });
    const seen = new Promise<CustomEvent>((r) =>
      document.addEventListener('gongyi-error', (e) => r(e as CustomEvent), { once: true }),
    );
    const el = mount<GongyiWishes>(TAG);
    equal((await seen).detail.code, 'not_found');
    await waitFor(() => $(el, '[role=alert]')?.textContent?.includes('没有找到'), 'readable error');
    assert(el.getBoundingClientRect().height > 300, 'never a blank box');
    const missing = new Promise<CustomEvent>((r) =>
      document.addEventListener('gongyi-error', (e) => r(e as CustomEvent), { once: true }),
    );
    mount('<gongyi-wishes></gongyi-wishes>');
    equal((await missing).detail.code, 'missing_attribute');
  });

  it('has no axe violations: board, dark, elder, and with the dialog open', async () => {
    stub = stubFetch({ [LIST]: board });
    await expectNoAxeViolations(await loaded());
    await expectNoAxeViolations(
      await loaded('<gongyi-wishes org="taizhou-hailing" theme="dark" lang="en"></gongyi-wishes>'),
    );
    const el = await loaded('<gongyi-wishes org="taizhou-hailing" elder></gongyi-wishes>');
    const { claim } = await openDialog(el);
    await expectNoAxeViolations(claim);
  });
});
