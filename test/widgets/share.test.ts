// The "分享 / Share" action of <gongyi-progress>, <gongyi-lunch> and the wish cards: the poster code is
// loaded only when pressed; a labelled dialog takes focus and gives it back; a PNG download outside
// WeChat, the long-press advice inside it; three languages; only public fields on the poster.
import '../../widgets/src/elements/gongyi-progress.js';
import '../../widgets/src/elements/gongyi-lunch.js';
import '../../widgets/src/elements/gongyi-wishes.js';
import { sendKeys } from '@web/test-runner-commands';
import type { GongyiShare } from '../../widgets/src/share/gongyi-share.js';
import {
  $,
  $$,
  assert,
  campaign,
  cleanup,
  equal,
  expectNoAxeViolations,
  includes,
  json,
  mount,
  stubFetch,
  waitFor,
} from './helpers.js';
import { decodeCanvas, jsQR, pngSize } from './poster-helpers.js';
import { GAOPING_FIGURES } from './lunch-school.fixture.js';

const API = 'https://gongyi.example.org';
let stub: ReturnType<typeof stubFetch>;
let drawn: string[] = [];
const realFill = CanvasRenderingContext2D.prototype.fillText;
const realFetch = window.fetch.bind(window); // the API is stubbed; blob: URLs are read for real

beforeEach(() => {
  drawn = [];
  CanvasRenderingContext2D.prototype.fillText = function (
    this: CanvasRenderingContext2D,
    t: string,
    x: number,
    y: number,
    w?: number,
  ) {
    drawn.push(t);
    realFill.call(this, t, x, y, w);
  };
});
afterEach(() => {
  CanvasRenderingContext2D.prototype.fillText = realFill;
  delete (navigator as unknown as Record<string, unknown>).userAgent; // back to the prototype's
  stub?.restore();
  cleanup();
});

const fakeWeChat = () =>
  Object.defineProperty(navigator, 'userAgent', {
    configurable: true,
    get: () =>
      'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36 MicroMessenger/8.0.47.2560(0x28002F35) NetType/WIFI Language/zh_CN',
  });

const progressRoutes = {
  'GET /campaigns/guanheng-elder-centre': () => json(campaign),
  'GET /projects/guanheng-elder-centre': () =>
    json({ id: 'guanheng-elder-centre', orgId: 'rucheng', orgName: '汝城县民政局', title: 'x' }),
};

const school = {
  id: 'gaoping',
  orgId: 'hunan-mzt',
  campaignId: 'gaoping-lunch',
  name: '高坪村教学点',
  location: '湖南省张家界市永定区谢家垭乡高坪村',
  note: null,
  ...GAOPING_FIGURES,
  recipient: null,
  upcoming: [{ date: '2026-11-24', funded: true }],
  closures: [],
  reportCount: 0,
  reports: [],
  recentSponsors: [
    { name: '赵*', anonymous: false, amount: 4000, meals: 10, days: null, at: '2026-11-19T09:00:00Z' },
    { name: '王*', anonymous: false, amount: 72000, meals: 180, days: 10, at: '2026-11-05T09:00:00Z' },
  ],
};

const wish = {
  id: 'fan',
  title: '一台电风扇',
  story: '独居老人，家里的旧电扇坏了。',
  category: 'necessities',
  wisher: '张**',
  community: '春晖社区',
  value: 16900,
  currency: 'CNY',
  photoUrl: null,
  status: 'claimed',
  claimedBy: '美好社区党建联盟',
  claimedAt: '2026-11-20T08:00:00Z',
  fulfilledAt: null,
  thanks: null,
  thanksPhotoUrl: null,
};

const shareLoaded = () =>
  customElements.get('gongyi-share') !== undefined ||
  performance.getEntriesByType('resource').some((e) => /share\/gongyi-share|share\/poster|lean-qr/.test(e.name));

/** Presses the card's share button and waits for the poster. */
async function openShare(el: Element, button = $<HTMLButtonElement>(el, '[part=share]')!): Promise<GongyiShare> {
  button.focus();
  button.click();
  const share = await waitFor(() => $<GongyiShare>(el, 'gongyi-share'), 'share dialog');
  await waitFor(() => share.shadowRoot!.querySelector('img[part=share-poster]'), 'poster image', 6000);
  return share;
}

const inner = (s: GongyiShare, sel: string) => s.shadowRoot!.querySelector<HTMLElement>(sel);

describe('share poster action', () => {
  // First, while nothing has imported it: the poster code is not part of the card.
  it('<gongyi-progress>: loads the share code only when pressed; PNG 1080 × 1920 and 1080 × 1080, QR to /p/{project}, public texts only', async () => {
    stub = stubFetch(progressRoutes);
    const el = mount(`<gongyi-progress campaign="guanheng-elder-centre" api="${API}"></gongyi-progress>`);
    const button = await waitFor(() => $<HTMLButtonElement>(el, '[part=share]'), 'share button');
    equal(button.textContent!.trim(), '分享');
    assert(!shareLoaded(), 'share code loaded before the click');
    const share = await openShare(el, button);
    assert(shareLoaded(), 'share code loaded on click');

    // A labelled dialog with focus inside.
    const dialog = inner(share, 'dialog')! as HTMLDialogElement;
    assert(dialog.open, 'dialog open');
    equal(share.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent, '分享海报');
    assert(share.shadowRoot!.activeElement && dialog.contains(share.shadowRoot!.activeElement), 'focus in the dialog');

    // Outside WeChat: a download of the PNG blob, no long-press advice.
    const a = inner(share, 'a[part=share-download]') as HTMLAnchorElement;
    assert(a && a.href.startsWith('blob:') && a.download.endsWith('-1080x1920.png'), 'download link ' + a?.outerHTML);
    equal(inner(share, '[part=share-advice]'), null);
    equal((await pngSize(await (await realFetch(a.href)).blob())).join('x'), '1080x1920');
    equal(decodeCanvas(share.posterCanvas, await jsQR()), `${API}/p/guanheng-elder-centre`, 'QR code');

    // Only public fields: title, figure, organisation; never a donor's name or message.
    const all = drawn.join('|');
    includes(all, '官亨村');
    includes(all, '汝城县民政局');
    includes(all, '已筹');
    for (const d of campaign.recentDonations) {
      assert(!all.includes(d.name), 'donor name on the poster: ' + d.name);
      if (d.message) assert(!all.includes(d.message), 'donor message on the poster');
    }

    // Square.
    const square = [...share.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=share-format]')][1]!;
    square.click();
    await waitFor(
      () => (inner(share, 'a[part=share-download]') as HTMLAnchorElement | null)?.download.endsWith('-1080x1080.png'),
      'square poster',
    );
    equal(square.getAttribute('aria-pressed'), 'true');
    equal((await pngSize(share.blob!)).join('x'), '1080x1080');
    equal(decodeCanvas(share.posterCanvas, await jsQR()), `${API}/p/guanheng-elder-centre`, 'QR code (square)');

    await expectNoAxeViolations(el);

    // Closing gives focus back to the share button.
    (inner(share, '[part=share-close]') as HTMLButtonElement).click();
    await waitFor(() => !dialog.open, 'dialog closed');
    equal(el.shadowRoot!.activeElement, button, 'focus back on the share button');
  });

  it('says the percentage the card says: 11%, not 10.6% (2748元 of 2.6万元)', async () => {
    const gaoping = { ...campaign, raisedAmount: 274800, goalAmount: 2600000, matchedAmount: 0 };
    stub = stubFetch({ ...progressRoutes, 'GET /campaigns/guanheng-elder-centre': () => json(gaoping) });
    const el = mount(`<gongyi-progress campaign="guanheng-elder-centre" api="${API}"></gongyi-progress>`);
    const button = await waitFor(() => $<HTMLButtonElement>(el, '[part=share]'), 'share button');
    const onCard = $(el, '.pct')!.textContent!.trim();
    equal(onCard, '11%');
    await openShare(el, button);
    includes(drawn.join('|'), `完成 ${onCard}`);
    equal(drawn.join('|').includes('10.6%'), false, 'no other rounding on the poster: ' + drawn.join('|'));
  });

  it('inside WeChat: the poster as an image with the long-press advice, no download', async () => {
    fakeWeChat();
    stub = stubFetch(progressRoutes);
    const el = mount(`<gongyi-progress campaign="guanheng-elder-centre" api="${API}"></gongyi-progress>`);
    await waitFor(() => $(el, '[part=share]'));
    const share = await openShare(el);
    equal(inner(share, '[part=share-advice]')?.textContent, '长按图片保存，分享给好友');
    equal(inner(share, 'a[part=share-download]'), null);
    assert((inner(share, 'img') as HTMLImageElement).src.startsWith('blob:'), 'poster image');
    includes(inner(share, 'img')!.getAttribute('alt'), '官亨村');
  });

  for (const [lang, button, heading, advice] of [
    ['zh-Hant', '分享', '分享海報', '長按圖片保存，分享給好友'],
    ['en', 'Share', 'Share poster', 'Press and hold the image to save it, then share it with friends'],
  ]) {
    it(`${lang}: button, dialog and WeChat advice`, async () => {
      fakeWeChat();
      stub = stubFetch(progressRoutes);
      const el = mount(
        `<gongyi-progress campaign="guanheng-elder-centre" api="${API}" lang="${lang}"></gongyi-progress>`,
      );
      equal((await waitFor(() => $(el, '[part=share]'))).textContent!.trim(), button);
      const share = await openShare(el);
      equal(inner(share, 'h2')?.textContent, heading);
      equal(inner(share, '[part=share-advice]')?.textContent, advice);
      if (lang === 'en') includes(drawn.join(' '), 'raised of');
    });
  }

  it('<gongyi-lunch>: funded through, the QR code to its campaign project’s /p/ page, no sponsor names', async () => {
    stub = stubFetch({
      'GET /lunch/gaoping': () => json(school),
      'GET /campaigns/gaoping-lunch': () => json({ ...campaign, id: 'gaoping-lunch', projectId: 'gaoping-free-lunch' }),
      'GET /orgs/hunan-mzt': () => json({ id: 'hunan-mzt', name: '湖南省民政厅' }),
    });
    const el = mount(`<gongyi-lunch school="gaoping" api="${API}"></gongyi-lunch>`);
    await waitFor(() => $(el, '[part=funded-through]'));
    const share = await openShare(el);
    equal(decodeCanvas(share.posterCanvas, await jsQR()), `${API}/p/gaoping-free-lunch`);
    const all = drawn.join('|');
    includes(all, '高坪村教学点');
    includes(all, '午餐已资助到');
    includes(all, '12月2日');
    includes(all, '湖南省民政厅');
    for (const s of school.recentSponsors) assert(!all.includes(s.name), 'sponsor name on the poster');
    (inner(share, '[part=share-close]') as HTMLButtonElement).click();
    await waitFor(() => el.shadowRoot!.activeElement === $(el, '[part=share]'), 'focus back');
  });

  it('<gongyi-lunch elder>: a share button of its own row, reached with Tab, named, opened with Enter; focus comes back', async () => {
    stub = stubFetch({
      'GET /lunch/gaoping': () => json(school),
      'GET /campaigns/gaoping-lunch': () => json({ ...campaign, id: 'gaoping-lunch', projectId: 'gaoping-free-lunch' }),
      'GET /orgs/hunan-mzt': () => json({ id: 'hunan-mzt', name: '湖南省民政厅' }),
    });
    const el = mount(`<gongyi-lunch school="gaoping" api="${API}" elder></gongyi-lunch>`, 320);
    await waitFor(() => $(el, '[part=funded-through]'));
    const sponsor = $<HTMLButtonElement>(el, '[part=sponsor]')!;
    const button = $<HTMLButtonElement>(el, '[part=share]');
    assert(button, 'a share button in elder mode');
    // Named for a screen reader, a 60 px target, and the row under the sponsor button (which keeps its whole row).
    equal(button.textContent!.trim(), '分享');
    const b = button.getBoundingClientRect();
    const s = sponsor.getBoundingClientRect();
    assert(b.height >= 60 && b.width >= 60, `target ${b.width}×${b.height}`);
    assert(
      b.top >= s.bottom && Math.abs(b.width - s.width) < 1,
      `own row: share ${JSON.stringify(b)} under sponsor ${JSON.stringify(s)}`,
    );
    // The keyboard: Tab from the sponsor button reaches it; Enter opens the poster, in the page (no pop-up in elder mode).
    sponsor.focus();
    await sendKeys({ press: 'Tab' });
    equal(el.shadowRoot!.activeElement, button, 'Tab reaches the share button');
    await sendKeys({ press: 'Enter' });
    const share = await waitFor(() => $<GongyiShare>(el, 'gongyi-share'), 'share dialog');
    await waitFor(() => share.shadowRoot!.querySelector('img[part=share-poster]'), 'poster image', 6000);
    equal(share.hasAttribute('elder'), true, 'the dialog in elder type too');
    (inner(share, '[part=share-close]') as HTMLButtonElement).click();
    await waitFor(() => el.shadowRoot!.activeElement === button, 'focus back on the share button');
  });

  it('a wish card: title, status, the board’s /embed/wishes/{org} page; neither wisher nor claimer', async () => {
    stub = stubFetch({
      'GET /orgs/taizhou-hailing/wishes': () =>
        json({ items: [wish], counts: { open: 0, claimed: 1, fulfilled: 0 }, nextCursor: null }),
      'GET /orgs/taizhou-hailing': () => json({ id: 'taizhou-hailing', name: '泰州市海陵区民政局' }),
    });
    const el = mount(`<gongyi-wishes org="taizhou-hailing" api="${API}"></gongyi-wishes>`);
    const button = await waitFor(
      () => $$<HTMLButtonElement>(el, 'li[data-id=fan] [part=share]')[0],
      'wish share button',
    );
    const share = await openShare(el, button);
    equal(decodeCanvas(share.posterCanvas, await jsQR()), `${API}/embed/wishes/taizhou-hailing`);
    const all = drawn.join('|');
    includes(all, '一台电风扇');
    includes(all, '心愿已认领');
    includes(all, '泰州市海陵区民政局');
    assert(!all.includes('张**') && !all.includes('美好社区党建联盟'), 'a person on the poster: ' + all);
    (inner(share, '[part=share-close]') as HTMLButtonElement).click();
    await waitFor(() => el.shadowRoot!.activeElement === button, 'focus back on the wish’s share button');
  });
});
