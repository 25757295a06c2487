// End to end: the staff console's wish journey against the real worker (wrangler dev, fresh D1 with
// the demo data) in Chromium. The super-admin switches to 泰州市海陵区, registers the site that
// embeds the board, enters a wish collected door to door; the wish appears on the public board
// (masked); a resident claims it from the registered site; staff see the claimer's contact and mark
// it fulfilled with a note (asked once); the public board shows it fulfilled with the thanks.
// API field errors appear next to their field; nothing is written by a refused form.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { adminJson, publicJson, publicPost } from './api.js';
import { disableCache, useLiveDemo, watchErrors } from './browser.js';
import {
  cspViolations,
  expectNoAxeViolations,
  pickOrg,
  recordCspViolations,
  shell,
  signIn,
  unexpectedErrors,
} from './console-helpers.js';

const live = useLiveDemo();
const ORG = 'taizhou-hailing';
const SITE = 'https://news.hailing.example';

/** Opens a view from the navigation and waits for its element. */
async function openView(page: Page, key: string): Promise<Locator> {
  await shell(page).locator(`nav a[href="#/${key}"]`).click();
  const view = shell(page).locator(`main admin-${key}`);
  await view.waitFor();
  return view;
}

interface PublicWish {
  id: string;
  title: string;
  status: string;
  wisher: string;
  claimedBy: string | null;
  thanks: string | null;
}

async function publicWishes(): Promise<{ items: PublicWish[]; text: string }> {
  const { body, text } = await publicJson<{ items: PublicWish[] }>(live.server, `/orgs/${ORG}/wishes?limit=50`);
  return { items: body.items, text };
}

/** A resident claims a wish through the public API, from a page on `origin`. */
const claim = (id: string, origin: string, body: Record<string, string>): Promise<Response> =>
  publicPost(live.server, `/wishes/${id}/claims`, body, { origin });

describe('staff console: micro-wishes', () => {
  it('enter a wish → public board → resident claims from a registered site → staff fulfil with a note → public shows it fulfilled', async () => {
    const page = live.page;
    await recordCspViolations(page);
    await signIn(page, live.server.url, live.server.adminToken);
    await pickOrg(page, ORG);

    // Sites: what is no web address is refused at the origin field, in Chinese; the address of a page
    // on the site (as staff copy it from the browser) registers the site: its origin, the path dropped and said so.
    const sites = await openView(page, 'sites');
    await sites.locator('#site-origin').fill('海陵新闻网');
    await sites.locator('button[type="submit"]').click();
    const originError = sites.locator('#site-origin-error');
    await originError.waitFor();
    expect(await originError.innerText()).toContain('这不是网址');
    expect(await sites.locator('#site-origin').getAttribute('aria-invalid')).toBe('true');
    expect(await sites.locator('#site-origin').getAttribute('aria-describedby')).toContain('site-origin-error');
    await sites.locator('#site-origin').fill(`${SITE}/news/1.html?from=home`);
    await sites.locator('button[type="submit"]').click();
    await sites.locator('tr[data-id]', { hasText: SITE }).waitFor();
    expect(await sites.locator('#site-origin-error').count()).toBe(0);
    expect(await sites.locator('[role="status"]').innerText()).toContain(`已登记：${SITE}`);
    expect(await sites.locator('[role="status"]').innerText()).toContain('/news/1.html?from=home');
    expect((await sites.locator('tr[data-id]').allInnerTexts()).join('\n')).not.toContain('/news/');
    const registered = await adminJson<{ items: { origin: string }[] }>(
      live.server,
      'GET',
      `/admin/sites?orgId=${ORG}`,
    );
    expect(registered.items.map((s) => s.origin)).toContain(SITE);

    // Wishes: the new-wish form; first with a photo address that is no URL → the API's error at that field, nothing written.
    const before = await publicWishes();
    const wishes = await openView(page, 'wishes');
    await wishes.locator('tbody tr[data-id]').first().waitFor();
    await wishes.locator('button.new-wish').click();
    await wishes.locator('#wish-new-title').fill('想要一台收音机听戏');
    await wishes.locator('#wish-new-category').selectOption('culture');
    await wishes.locator('#wish-new-story').fill('独居老人，眼睛不好，喜欢听扬剧。');
    await wishes.locator('#wish-new-wisherName').fill('周桂兰');
    await wishes.locator('#wish-new-community').fill('城西街道');
    await wishes.locator('#wish-new-value').fill('89.90');
    await wishes.locator('#wish-new-photoUrl').fill('相册里那张');
    await wishes.locator('form.editor button[type="submit"]').click();
    const photoError = wishes.locator('#wish-new-photoUrl-error');
    await photoError.waitFor();
    expect(await wishes.locator('#wish-new-photoUrl').getAttribute('aria-invalid')).toBe('true');
    expect(await wishes.locator('#wish-new-photoUrl').getAttribute('aria-describedby')).toContain(
      'wish-new-photoUrl-error',
    );
    expect(await wishes.locator('#wish-new-title').getAttribute('aria-invalid')).toBeNull(); // only the field concerned
    expect(await wishes.locator('[role="alert"]').innerText()).not.toBe('');
    expect((await publicWishes()).items.length).toBe(before.items.length);
    await expectNoAxeViolations(page, 'the new-wish form showing a field error');

    await wishes.locator('#wish-new-photoUrl').fill('');
    await wishes.locator('form.editor button[type="submit"]').click();
    const row = wishes.locator('tbody tr[data-id]', { hasText: '想要一台收音机听戏' });
    await row.waitFor();
    expect(await wishes.locator('[role="status"]').innerText()).toContain('想要一台收音机听戏');
    const id = (await row.getAttribute('data-id'))!;
    expect(await row.getAttribute('data-status')).toBe('open');
    expect(await row.innerText()).toContain('周桂兰'); // staff see the wisher's name
    expect(await row.innerText()).toContain('¥89.90');

    // Public: the wish is on the board, the wisher masked, the full name nowhere.
    const pub = await publicWishes();
    expect(pub.items.find((w) => w.id === id)).toMatchObject({
      title: '想要一台收音机听戏',
      status: 'open',
      wisher: '周**',
    });
    expect(pub.text).not.toContain('周桂兰');
    const board = await live.context.newPage();
    const boardErrors = watchErrors(board);
    await disableCache(board); // public reads are cacheable for a few seconds; the reload below wants the fresh list
    await board.goto(live.server.url + '/taizhou.html');
    const card = board.locator(`#wishes gongyi-wishes [part="wish"][data-id="${id}"]`);
    await card.waitFor({ state: 'visible' });
    expect(await card.innerText()).toContain('想要一台收音机听戏');
    expect(await card.locator('[part="status"]').innerText()).toBe('待认领');

    // A resident claims it: from a site nobody registered, refused; from the registered news site, accepted.
    const unregistered = await claim(id, 'https://elsewhere.example', { name: '陈立新', contact: '13700001111' });
    expect(unregistered.status).toBe(403);
    const claimed = await claim(id, SITE, { name: '陈立新', organisation: '海陵区文化馆', contact: '13700001111' });
    expect(claimed.status).toBe(201);

    // Staff: claimed, with the claimer's contact; "mark fulfilled" asks once before anything is written.
    await wishes.locator('#wish-filter-status').selectOption('claimed');
    const claimedRow = wishes.locator(`tbody tr[data-id="${id}"][data-status="claimed"]`);
    await claimedRow.waitFor();
    expect(await claimedRow.innerText()).toContain('陈立新');
    expect(await claimedRow.innerText()).toContain('13700001111');
    await claimedRow.locator('button.fulfil').click();
    const action = wishes.locator('tr.action-row form.action');
    await action.locator('textarea[name="note"]').fill('文化馆的同志送来收音机，调好了戏曲台。');
    await action.locator('confirm-button button.ask').click();
    await action.locator('confirm-button button.yes').waitFor();
    expect((await publicWishes()).items.find((w) => w.id === id)?.status).toBe('claimed'); // asked, not yet done
    await action.locator('confirm-button button.yes').click();
    await wishes.locator(`tbody tr[data-id="${id}"][data-status="fulfilled"]`).waitFor();
    expect(await wishes.locator(`tbody tr[data-id="${id}"]`).innerText()).toContain('文化馆的同志送来收音机');
    expect(await wishes.locator('tr.action-row').count()).toBe(0);
    await expectNoAxeViolations(page, 'the wish list');

    // Public: fulfilled, with the thanks; the board on the demo page shows it after a reload.
    const done = (await publicWishes()).items.find((w) => w.id === id);
    expect(done).toMatchObject({
      status: 'fulfilled',
      claimedBy: '海陵区文化馆',
      thanks: '文化馆的同志送来收音机，调好了戏曲台。',
    });
    await board.reload();
    await card.waitFor({ state: 'visible' });
    expect(await card.locator('[part="status"]').innerText()).toBe('已实现');
    expect(await card.locator('[part="thanks"]').innerText()).toContain('文化馆的同志送来收音机');
    expect(boardErrors).toEqual([]);
    await board.close();

    expect(await cspViolations(page)).toEqual([]);
    expect(unexpectedErrors(live.errors, [/status of 400 .*\/api\/v1\/admin\/wishes\)$/])).toEqual([]);
  });

  it('release a claim (asks once, with a reason): the wish is open again on the public board', async () => {
    const page = live.page;
    await recordCspViolations(page);
    await signIn(page, live.server.url, live.server.adminToken);
    await pickOrg(page, ORG);
    // An open wish (on a shared server another file may have claimed the fan), claimed from the
    // service's own origin (the demo page), as the board's dialog sends it.
    const wishId = (await publicWishes()).items.find((w) => w.status === 'open')!.id;
    const res = await claim(wishId, live.server.url, { name: '马年红', contact: '13800000000' });
    expect(res.status).toBe(201);

    const wishes = await openView(page, 'wishes');
    await wishes.locator('#wish-filter-status').selectOption('claimed');
    const row = wishes.locator(`tbody tr[data-id="${wishId}"][data-status="claimed"]`);
    await row.waitFor();
    await row.locator('button.release').click();
    const action = wishes.locator('tr.action-row form.action');
    // No reason: the API says so next to the reason field, and the claim stays.
    await action.locator('confirm-button button.ask').click();
    await action.locator('confirm-button button.yes').click();
    await wishes.locator('[id$="-reason-error"]').waitFor();
    expect(await action.locator('textarea[name="reason"]').getAttribute('aria-invalid')).toBe('true');
    expect((await publicWishes()).items.find((w) => w.id === wishId)?.status).toBe('claimed');

    await action.locator('textarea[name="reason"]').fill('认领人电话一直打不通');
    await action.locator('confirm-button button.ask').click();
    await action.locator('confirm-button button.yes').click();
    await wishes.locator(`tbody tr[data-id="${wishId}"][data-status="open"]`).waitFor();
    const pub = (await publicWishes()).items.find((w) => w.id === wishId);
    expect(pub).toMatchObject({ status: 'open', claimedBy: null });

    expect(await cspViolations(page)).toEqual([]);
    expect(
      unexpectedErrors(live.errors, [new RegExp(`status of 400 .*/api/v1/admin/wishes/${wishId}/release\\)$`)]),
    ).toEqual([]);
  });
});
