// End to end: the pledge queue in the staff console (real wrangler dev, Chromium). A reader pledges
// through the widget on the demo article, a sponsor and another donor through the public API (site
// origin); staff see them all in the queue with their campaign, confirm one (asked once) and the
// public <gongyi-progress> on the demo page moves by exactly that amount; cancel another (by keyboard);
// export the filtered queue as CSV, and the downloaded file starts with the UTF-8 BOM and parses back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adminJson, okJson, publicPost } from './api.js';
import { getCampaign, pledges, recordPledges, useLiveDemo, zhMoney } from './browser.js';
import {
  cspViolations,
  expectNoAxeViolations,
  pickOrg,
  recordCspViolations,
  shell,
  signIn,
} from './console-helpers.js';

const live = useLiveDemo({ context: { acceptDownloads: true } });

/** A pledge from the service's own origin, as a page on it would send it (optionally from another client address). */
function publicPledge<T = any>(path: string, body: unknown, ip?: string): Promise<T> {
  return okJson<T>(publicPost(live.server, path, body, { ip }), 201);
}

async function donationStatus(id: string): Promise<string | undefined> {
  const { items } = await adminJson<{ items: { id: string; status: string }[] }>(
    live.server,
    'GET',
    '/admin/donations?orgId=hunan-mzt&limit=200',
  );
  return items.find((d) => d.id === id)?.status;
}

/** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endRow = () => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else cell += ch;
  }
  if (cell || row.length) endRow();
  return rows;
}

const progress = () => live.page.locator('#gaoping gongyi-progress');
const queue = () => live.page.locator('admin-pledges');
const row = (id: string) => queue().locator(`tr[data-id="${id}"]`);

describe('staff console: pledge queue', () => {
  it('widget pledge → queue → confirm (asked once) → the public widget moves by exactly that; cancel; CSV with BOM parses back', async () => {
    const { page } = live;
    const before = (await getCampaign(live.server.url, 'gaoping-lunch')) as Awaited<ReturnType<typeof getCampaign>> & {
      title: string;
    };

    // A reader pledges the first tier through the widget on the demo article.
    await page.goto(live.server.url + '/');
    await recordPledges(page);
    await progress().locator('[part="give"]').click();
    await progress().locator('[part="tier"]').first().click();
    await progress().locator('[part="submit"]').click();
    await progress().locator('[part="result"] .ref').waitFor({ state: 'visible' });
    const [widgetPledge] = await pledges(page);
    expect(widgetPledge!.amount).toBe(before.tiers[0]!.amount);

    // A lunch sponsor (5 meals) and another donor, through the public API.
    const sponsorship = await publicPledge<{ id: string; amount: number }>('/lunch/gaoping/sponsorships', {
      meals: 5,
      name: '赵女士',
      contact: '13800000001',
      message: '给孩子们加个蛋',
    });
    const other = await publicPledge<{ id: string; amount: number }>('/campaigns/gaoping-lunch/donations', {
      amount: 1234,
      name: '钱先生',
      contact: 'qian@example.cn',
    });

    // Staff sign in, choose Hunan, open the queue.
    await recordCspViolations(page);
    await signIn(page, live.server.url, live.server.adminToken);
    await pickOrg(page, 'hunan-mzt');
    await shell(page).getByRole('link', { name: '认捐确认' }).click();
    await row(widgetPledge!.id).waitFor();
    expect(await shell(page).getByRole('link', { name: '认捐确认' }).getAttribute('aria-current')).toBe('page');
    const sponsorRow = queue().locator('tbody tr', { hasText: '赵女士' });
    const sponsorText = await sponsorRow.innerText();
    expect(sponsorText).toContain(before.title); // a sponsorship shows with its school's campaign
    expect(sponsorText).toContain(`¥${(sponsorship.amount / 100).toFixed(2)}`);
    expect(sponsorText).toContain('13800000001'); // staff see the private contact
    expect(await row(other.id).innerText()).toContain('¥12.34');
    for (const status of await queue().locator('td.status-cell').allInnerTexts()) expect(status).toBe('待确认');
    await expectNoAxeViolations(page, 'pledge queue');

    // Confirm asks once: the first click only asks; "否" (No) changes nothing.
    const confirm = row(widgetPledge!.id).locator('confirm-button.confirm');
    await confirm.getByRole('button', { name: '确认到账' }).click();
    await confirm.getByRole('button', { name: '否' }).click();
    expect(await donationStatus(widgetPledge!.id)).toBe('pending');
    await confirm.getByRole('button', { name: '确认到账' }).click();
    expect(await donationStatus(widgetPledge!.id)).toBe('pending'); // still only asking
    await confirm.getByRole('button', { name: '是' }).click();
    await expect.poll(() => row(widgetPledge!.id).locator('td.status-cell').innerText()).toBe('已到账');
    expect(await donationStatus(widgetPledge!.id)).toBe('confirmed');
    expect(await queue().locator('[role="status"]').first().innerText()).toContain('已确认到账');

    // Cancel the other by keyboard: Enter asks, focus lands on "是", Enter confirms.
    const cancelAsk = row(other.id).locator('confirm-button.cancel').getByRole('button', { name: '取消认捐' });
    await cancelAsk.focus();
    await page.keyboard.press('Enter');
    const yes = row(other.id).locator('confirm-button.cancel').getByRole('button', { name: '是' });
    await expect.poll(() => yes.evaluate((b) => (b.getRootNode() as ShadowRoot).activeElement === b)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => row(other.id).locator('td.status-cell').innerText()).toBe('已取消');
    expect(await donationStatus(other.id)).toBe('cancelled');

    // Filters: only confirmed ones of this campaign.
    await queue().getByLabel('状态').selectOption('confirmed');
    await queue().getByLabel('募捐活动').selectOption('gaoping-lunch');
    await queue().getByRole('button', { name: '筛选', exact: true }).click();
    await expect.poll(() => row(other.id).count()).toBe(0);
    await row(widgetPledge!.id).waitFor();
    for (const status of await queue().locator('td.status-cell').allInnerTexts()) expect(status).toBe('已到账');

    // CSV export of these filters: a real download, UTF-8 BOM first, parses back.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      queue().getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^donations-hunan-mzt-gaoping-lunch-confirmed-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)));
    expect(header).toEqual([
      'id',
      'orgId',
      'campaignId',
      'status',
      'amount',
      'currency',
      'name',
      'anonymous',
      'message',
      'contact',
      'channel',
      'reference',
      'createdAt',
      'confirmedAt',
      'cancelledAt',
      'refundedAt',
      'refundDue',
    ]);
    const col = (r: string[], name: string) => r[header!.indexOf(name)];
    const mine = rows.find((r) => col(r, 'id') === widgetPledge!.id);
    expect(mine).toBeDefined();
    expect(col(mine!, 'status')).toBe('confirmed');
    expect(Number(col(mine!, 'amount'))).toBe(widgetPledge!.amount);
    expect(col(mine!, 'confirmedAt')).not.toBe('');
    expect(rows.every((r) => col(r, 'status') === 'confirmed' && col(r, 'campaignId') === 'gaoping-lunch')).toBe(true);
    expect(rows.some((r) => col(r, 'id') === other.id)).toBe(false); // the filters were kept
    expect(live.errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);

    // The public widget on the demo article, after reload: exactly the confirmed amount more.
    await page.goto(live.server.url + '/');
    await progress().locator('[part="raised"]').waitFor({ state: 'visible' });
    const after = await getCampaign(live.server.url, 'gaoping-lunch');
    expect(after.raisedAmount - before.raisedAmount).toBe(widgetPledge!.amount);
    expect((await progress().locator('[part="raised"]').innerText()).replace(/\s/g, '')).toBe(
      await zhMoney(page, after.raisedAmount),
    );
    // The cancelled pledge left nothing pending; the sponsorship still is.
    expect(after.pendingAmount - before.pendingAmount).toBe(sponsorship.amount);
    expect(live.errors).toEqual([]);
  });

  it('English queue: labels and statuses in English, the campaign filter preselected from #/pledges?campaignId=', async () => {
    const { page } = live;
    await page.addInitScript(() => localStorage.setItem('gongyi.admin.locale', 'en'));
    await signIn(page, live.server.url, live.server.adminToken);
    await pickOrg(page, 'hunan-mzt');
    await page.goto(live.server.url + '/admin#/pledges?campaignId=gaoping-lunch');
    await queue().getByRole('heading', { name: 'Pledge queue' }).waitFor();
    await expect.poll(() => queue().getByLabel('Campaign').inputValue()).toBe('gaoping-lunch');
    expect(await queue().getByLabel('Status').inputValue()).toBe('pending');
    await expectNoAxeViolations(page, 'pledge queue (en)');
    expect(live.errors).toEqual([]);
  });

  it('pages through a long queue with "load more" (nextCursor): every pledge once, none twice', async () => {
    const { page } = live;
    await adminJson(live.server, 'POST', '/admin/projects', {
      id: 'e2e-paging',
      orgId: 'hunan-mzt',
      title: '分页测试',
      summary: '',
      category: 'other',
      status: 'in_progress',
    });
    await adminJson(live.server, 'POST', '/admin/campaigns', {
      id: 'e2e-paging-fund',
      projectId: 'e2e-paging',
      title: '分页测试募捐',
      goalAmount: 1_000_000,
      // The demo organisation's licensed recipient and a filed plan: without them a campaign takes no gifts.
      recipientId: 'hunan-charity',
      filingNumber: '53430000MJJ10001X726099',
    });
    // One more than a page (50); each from its own client address, as 51 readers would be.
    const ids: string[] = [];
    for (let i = 0; i < 51; i++) {
      const p = await publicPledge<{ id: string }>(
        '/campaigns/e2e-paging-fund/donations',
        { amount: 100 + i, name: `读者${i}` },
        `203.0.113.${i + 1}`,
      );
      ids.push(p.id);
    }
    await signIn(page, live.server.url, live.server.adminToken);
    await pickOrg(page, 'hunan-mzt');
    await page.goto(live.server.url + '/admin#/pledges?campaignId=e2e-paging-fund');
    const more = queue().getByRole('button', { name: '加载更多' });
    await more.waitFor();
    expect(await queue().locator('tbody tr').count()).toBe(50);
    await more.click();
    await expect.poll(() => queue().locator('tbody tr').count()).toBe(51);
    expect(await more.count()).toBe(0);
    const shown = await queue()
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    expect([...shown].sort()).toEqual([...ids].sort());
    expect(live.errors).toEqual([]);
  });
});
