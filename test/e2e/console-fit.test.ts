// End to end: the staff console as bureau staff meet it, on a laptop (1280 px) and a phone (390 px),
// with CJK glyphs at their real widths, in a browser whose clock is not China's (New York), against
// the real worker. The super-admin opens where pledges wait; every console table fits its screen
// (cards with labelled cells on the phone, no column a character wide, no sideways page); the
// confirm question names the gift; a pledge and its history are found by the reference on the
// transfer; the audit trail reads in words, China time and GY- references; a campaign whose offline
// donors are not told how to pay says so; the wish categories are the board's; the embed view says
// what the WeChat editor takes.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminJson, okJson, publicPost } from './api.js';
import { useLiveDemo } from './browser.js';
import { CONSOLE_VIEWS, expectNoAxeViolations, pickOrg, shell, signIn, tableProblems } from './console-helpers.js';

const live = useLiveDemo({ context: { timezoneId: 'America/New_York' } });
const ORG = 'hunan-mzt';

interface Pledged {
  id: string;
  amount: number;
  payment: { reference: string };
}

let gift: Pledged;
let confirmed: Pledged;

function pledge(campaign: string, body: object): Promise<Pledged> {
  return okJson<Pledged>(publicPost(live.server, `/campaigns/${campaign}/donations`, body), 201);
}

/** Opens a view by its address and waits for its heading. */
async function openView(page: Page, key: string, query = ''): Promise<Locator> {
  await page.goto(`${live.server.url}/admin#/${key}${query}`);
  const view = shell(page).locator(`main admin-${key}`);
  await view.locator('h2').waitFor();
  return view;
}

/** An instant as China time in a language, as the browser's own Intl writes it (not the browser's New York clock). */
const chinaTime = (page: Page, iso: string, intl: string) =>
  page.evaluate(([i, l]) => new Date(i!).toLocaleString(l, { timeZone: 'Asia/Shanghai' }), [iso, intl]);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(async () => {
  // Long names and an e-mail address: what squeezes a column.
  gift = await pledge('gaoping-lunch', {
    amount: 12345,
    name: '钱先生',
    contact: '13800000001',
    message: '给孩子们加个蛋',
  });
  await pledge('guanheng-elder-centre', {
    amount: 50000,
    name: 'Margaret Thompson-Li',
    contact: 'margaret.thompson@example.com',
    message: 'For the elders',
  });
  confirmed = await pledge('gaoping-lunch', { amount: 8800, name: '赵丽华' });
  await adminJson(live.server, 'POST', `/admin/donations/${confirmed.id}/confirm`);
});

describe('staff console on a laptop and a phone, in staff’s words', () => {
  it('the super-admin opens on the organisation where pledges wait, not the first by id', async () => {
    const { page } = live;
    // Where pledges wait most (ties: the most content, then the list's order); the demo's first
    // organisation by id (凤县, figures only) has none.
    type Listed = {
      id: string;
      activity: {
        pendingPledges: number;
        projects: number;
        campaigns: number;
        schools: number;
        wishes: number;
        figures: number;
      };
    };
    const { items } = await adminJson<{ items: Listed[] }>(live.server, 'GET', '/admin/orgs');
    const content = (a: Listed['activity']) => a.projects + a.campaigns + a.schools + a.wishes + a.figures;
    const busiest = [...items].sort(
      (a, b) => b.activity.pendingPledges - a.activity.pendingPledges || content(b.activity) - content(a.activity),
    )[0]!;
    expect(busiest.activity.pendingPledges).toBeGreaterThan(0);
    expect(items.find((o) => o.id === 'fengxian-mzj')!.activity.pendingPledges).toBe(0);
    await signIn(page, live.server.url, live.server.adminToken);
    await expect.poll(() => shell(page).locator('header select[name="org"]').inputValue()).toBe(busiest.id);
    // The first view shows that organisation's data.
    await expect.poll(() => shell(page).locator('main admin-projects tbody tr').count()).toBeGreaterThan(0);
    // A choice made in this window is kept on reload.
    await pickOrg(page, 'yiyang-mzj');
    await page.reload();
    await expect.poll(() => shell(page).locator('header select[name="org"]').inputValue()).toBe('yiyang-mzj');
  });

  for (const width of [1280, 390]) {
    it(`campaigns and the pledge queue fit ${width} px in English and Chinese: no sideways page, no character-a-line column, labelled cards`, async () => {
      const { page } = live;
      await page.setViewportSize({ width, height: 900 });
      await signIn(page, live.server.url, live.server.adminToken);
      await pickOrg(page, ORG);
      for (const locale of ['en', 'zh-Hans'] as const) {
        await shell(page).locator(`header button[lang="${locale}"]`).click();
        const campaigns = await openView(page, 'campaigns');
        await campaigns.locator('tr[data-id="gaoping-lunch"]').waitFor();
        expect(await tableProblems(page), `campaigns ${locale} ${width}`).toEqual([]);
        const pledges = await openView(page, 'pledges');
        await pledges.locator(`tr[data-id="${gift.id}"]`).waitFor();
        expect(await tableProblems(page), `pledges ${locale} ${width}`).toEqual([]);
      }
      // On the phone each pledge is a card whose cells say what they are.
      if (width === 390) {
        const card = shell(page).locator(`main admin-pledges tr[data-id="${gift.id}"]`);
        expect(await card.evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
        expect(await card.locator('td.amount').evaluate((td) => getComputedStyle(td, '::before').content)).toBe(
          '"金额"',
        );
      }
      await expectNoAxeViolations(page, `pledge queue at ${width} px`);
    });
  }

  it('every console view fits 390 and 1280 px (its tables, forms and buttons)', async () => {
    const { page } = live;
    await signIn(page, live.server.url, live.server.adminToken);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const key of CONSOLE_VIEWS) {
        await pickOrg(page, key === 'wishes' ? 'taizhou-hailing' : key === 'figures' ? 'fengxian-mzj' : ORG);
        const view = await openView(
          page,
          key,
          key === 'embed' ? '?kind=progress&id=gaoping-lunch' : key === 'spending' ? '?campaignId=gaoping-lunch' : '',
        );
        await view.locator('table, iframe.preview, form').first().waitFor();
        await expect.poll(() => view.getByText(/^(正在加载…|Loading…)$/).count(), { message: `${key} loads` }).toBe(0);
        expect(await tableProblems(page), `${key} at ${width} px`).toEqual([]);
      }
    }
  });

  it('the confirm question names the gift: amount with its currency, the name staff see, its GY- reference', async () => {
    const { page } = live;
    await signIn(page, live.server.url, live.server.adminToken);
    await pickOrg(page, ORG);
    const queue = await openView(page, 'pledges');
    const row = queue.locator(`tr[data-id="${gift.id}"]`);
    const confirm = row.locator('confirm-button.confirm');
    await confirm.getByRole('button', { name: '确认到账' }).click();
    const question = (await confirm.locator('[role="group"] > span').first().innerText()).trim();
    expect(question).toContain('¥123.45');
    expect(question).toContain('钱先生');
    expect(question).toContain(gift.payment.reference);
    // The "yes" a screen reader lands on is described by that question.
    const yes = confirm.getByRole('button', { name: '是' });
    expect(
      await yes.evaluate(
        (b) => (b.getRootNode() as ShadowRoot).getElementById(b.getAttribute('aria-describedby')!)?.textContent,
      ),
    ).toBe(question);
    await confirm.getByRole('button', { name: '否' }).click();
    // In English too.
    await shell(page).locator('header button[lang="en"]').click();
    await confirm.getByRole('button', { name: 'Confirm paid' }).click();
    expect((await confirm.locator('[role="group"] > span').first().innerText()).trim()).toBe(
      `Confirm ¥123.45 from 钱先生 (reference ${gift.payment.reference}) has arrived?`,
    );
  });

  it('the audit trail says what changed in the console’s language, in China time, naming the pledge by its reference', async () => {
    const { page } = live;
    const donation = (
      await adminJson<{ items: { id: string; confirmedAt: string }[] }>(
        live.server,
        'GET',
        `/admin/donations?orgId=${ORG}&status=confirmed&limit=200`,
      )
    ).items.find((d) => d.id === confirmed.id)!;
    await signIn(page, live.server.url, live.server.adminToken);
    await pickOrg(page, ORG);
    const audit = await openView(page, 'audit', `?object=${encodeURIComponent(`donation:${confirmed.id}`)}`);
    const entry = audit.locator('tr[data-action="donation.confirm"]');
    await entry.waitFor();
    const text = await entry.innerText();
    expect(text).toMatch(/状态：\s*待确认\s*→\s*已到账/);
    const zhTime = await chinaTime(page, donation.confirmedAt, 'zh-CN');
    expect(zhTime).not.toBe(await page.evaluate((i) => new Date(i).toLocaleString('zh-CN'), donation.confirmedAt)); // New York's clock says otherwise
    expect(text).toMatch(new RegExp(`确认到账时间：\\s*—\\s*→\\s*${escape(zhTime)}`));
    expect(text).toContain(confirmed.payment.reference);
    for (const raw of ['pending', 'confirmed_at', confirmed.id, donation.confirmedAt]) expect(text).not.toContain(raw);
    // The stored snapshots (and the id) stay one click away for an auditor.
    await entry.getByRole('button', { name: '改前改后全文' }).click();
    expect(await entry.innerText()).toContain(`"confirmed_at": "${donation.confirmedAt}"`);
    await expectNoAxeViolations(page, 'audit entry with its snapshots');
    await shell(page).locator('header button[lang="en"]').click();
    await expect.poll(() => entry.innerText()).toMatch(/Status: Pending\s*→\s*Confirmed/);
    expect(await entry.innerText()).toMatch(
      new RegExp(`Confirmed at:\\s*—\\s*→\\s*${escape(await chinaTime(page, donation.confirmedAt, 'en'))}`),
    );
  });

  it('staff find a pledge, and its history, by the reference on the transfer, however they type it', async () => {
    const { page } = live;
    await signIn(page, live.server.url, live.server.adminToken);
    await pickOrg(page, ORG);
    const queue = await openView(page, 'pledges');
    await queue.locator('tbody tr').first().waitFor();
    expect(await queue.locator('tbody tr').count()).toBeGreaterThan(1);
    await queue.getByLabel('付款备注').fill(gift.payment.reference.toLowerCase());
    await queue.getByRole('button', { name: '筛选', exact: true }).click();
    await expect
      .poll(() => queue.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id'))))
      .toEqual([gift.id]);
    // The audit trail takes the reference too.
    const audit = await openView(page, 'audit');
    await audit.locator('tbody tr').first().waitFor();
    await audit.getByLabel('对象类型').selectOption('donation');
    await audit.getByLabel('对象标识（可选）').fill(confirmed.payment.reference.slice(3));
    await audit.getByRole('button', { name: '筛选', exact: true }).click();
    await expect
      .poll(() => audit.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action'))))
      .toEqual(['donation.confirm']);
    expect(await audit.locator('tbody tr').innerText()).toContain(confirmed.payment.reference);
    // A reference nobody has is said at the field.
    await audit.getByLabel('对象标识（可选）').fill('GY-NOTTHERE');
    await audit.getByRole('button', { name: '筛选', exact: true }).click();
    await expect
      .poll(() =>
        audit
          .locator('#audit-objectId-error')
          .innerText()
          .catch(() => ''),
      )
      .toContain('GY-NOTTHERE');
    expect(live.errors).toEqual([]);
  });

  it('a campaign whose offline donors are not told how to pay says so in its row', async () => {
    const { page } = live;
    // The list as the API says it once it reports missingForPayment (the offline-payment change): one campaign lacks instructions.
    await page.route('**/api/v1/admin/campaigns?*', async (route) => {
      const res = await route.fetch();
      const body = (await res.json()) as { items: { id: string }[] };
      const items = body.items.map((c) => ({
        ...c,
        missingForPayment: c.id === 'guanheng-elder-centre' ? ['paymentInstructions'] : [],
      }));
      await route.fulfill({ response: res, json: { ...body, items } });
    });
    await signIn(page, live.server.url, live.server.adminToken);
    await pickOrg(page, ORG);
    const campaigns = await openView(page, 'campaigns');
    const lacking = campaigns.locator(
      'tr[data-id="guanheng-elder-centre"] [data-missing-payment="paymentInstructions"]',
    );
    await lacking.waitFor();
    expect(await lacking.innerText()).toContain('付款说明');
    expect(await campaigns.locator('tr[data-id="gaoping-lunch"] [data-missing-payment]').count()).toBe(0);
    expect(await tableProblems(page)).toEqual([]);
  });

  it('wish categories have the board’s names in the console', async () => {
    const { page } = live;
    await page.goto(`${live.server.url}/taizhou.html`);
    const chips = page.locator('gongyi-wishes [part="chip"][data-cat]:not([data-cat=""])');
    await chips.first().waitFor();
    const board = Object.fromEntries(
      await chips.evaluateAll((els) => els.map((e) => [e.getAttribute('data-cat')!, e.textContent!.trim()])),
    ) as Record<string, string>;
    expect(Object.keys(board)).toHaveLength(6);
    await signIn(page, live.server.url, live.server.adminToken);
    await pickOrg(page, 'taizhou-hailing');
    const wishes = await openView(page, 'wishes');
    await wishes.locator('button.new-wish').click();
    const options = Object.fromEntries(
      await wishes
        .locator('#wish-new-category option')
        .evaluateAll((els) => els.map((o) => [(o as HTMLOptionElement).value, o.textContent!.trim()])),
    );
    expect(options).toEqual(board);
  });

  it('the embed view does not promise the WeChat editor a script: it names what works there', async () => {
    const { page } = live;
    await signIn(page, live.server.url, live.server.adminToken);
    await pickOrg(page, ORG);
    const embed = await openView(page, 'embed', '?kind=progress&id=gaoping-lunch');
    await embed.locator('[data-snippet="image"]').waitFor();
    expect(await embed.locator('p.intro').innerText()).not.toContain('公众号');
    const wechat = embed.locator('dl.where [data-place="wechat"]');
    await wechat.waitFor();
    const said = await wechat.innerText();
    expect(said).toContain('不接受脚本和 iframe');
    // The two snippets that do work there, by the names the view gives them.
    for (const snippet of ['image', 'link']) {
      const name = await embed.locator(`[data-snippet="${snippet}"] label`).innerText();
      expect(said).toContain(name);
    }
    // A project card has no live image: the advice is the link alone.
    await page.goto(`${live.server.url}/admin#/embed?kind=project&id=gaoping-lunch`);
    await expect.poll(() => embed.locator('dl.where [data-place="wechat"]').innerText()).not.toContain('实时图片');
    expect(await embed.locator('dl.where [data-place="wechat"]').innerText()).toContain('原文链接');
  });
});
