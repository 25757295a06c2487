// End to end: the staff console's lunch, figures and embed-code views in Chromium against the real
// worker. Staff add a school with prices typed in yuan (stored as exact fen), post and correct a
// day's report, add and remove a closure (asks once) — the public lunch API shows what they
// entered; they edit the organisation's figures, a refused row key shows the API's error at that
// row's field, and the saved figures are what the public stats API answers. The embed view shows
// the three snippets and a live preview of the chosen object.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { adminCall, adminJson, publicRead } from './api.js';
import { useLiveDemo } from './browser.js';
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

async function openView(page: Page, key: string): Promise<Locator> {
  await shell(page).locator(`nav a[href="#/${key}"]`).click();
  const view = shell(page).locator(`main admin-${key}`);
  await view.waitFor();
  return view;
}

/** A date at the schools (China, UTC+8), `offsetDays` from today: reports may be posted up to today. */
const chinaDay = (offsetDays: number) =>
  new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('staff console: lunch schools, figures, embed code', () => {
  it('add a school (yuan → fen), post and correct a daily report, add and remove a closure; the public lunch API shows them', async () => {
    const page = live.page;
    await recordCspViolations(page);
    await signIn(page, live.server.url, live.server.adminToken);
    await pickOrg(page, 'hunan-mzt');
    const lunch = await openView(page, 'lunch');
    await lunch.locator('tr[data-id="gaoping"]').waitFor();

    // A new school: a meal price with three decimals is refused at the field before anything is sent.
    await lunch.locator('button.new-school').click();
    await lunch.locator('#school-name').fill('芙蓉村教学点');
    await lunch.locator('#school-location').fill('湖南省益阳市安化县');
    await lunch.locator('#school-childrenCount').fill('12');
    await lunch.locator('#school-mealPrice').fill('4.555');
    await lunch.locator('form.school button[type="submit"]').click();
    await lunch.locator('#school-mealPrice-error').waitFor();
    expect(await lunch.locator('#school-mealPrice').getAttribute('aria-invalid')).toBe('true');
    // Then the API's own refusal: no first day given → its message next to that field.
    await lunch.locator('#school-mealPrice').fill('4.5');
    await lunch.locator('form.school button[type="submit"]').click();
    await lunch.locator('#school-startsOn-error').waitFor();
    expect(await lunch.locator('#school-mealPrice-error').count()).toBe(0);
    expect(
      (await adminJson<{ items: unknown[] }>(live.server, 'GET', '/admin/lunch?orgId=hunan-mzt')).items,
    ).toHaveLength(1);

    await lunch.locator('#school-startsOn').fill('2026-09-01');
    await lunch.locator('#school-monthlyFixedCost').fill('800');
    await lunch.locator('form.school button[type="submit"]').click();
    const row = lunch.locator('tbody tr', { hasText: '芙蓉村教学点' });
    await row.waitFor();
    expect(await row.innerText()).toContain('¥4.50');
    const id = (await row.getAttribute('data-id'))!;
    const school = await adminJson<{ mealPrice: number; monthlyFixedCost: number; childrenCount: number }>(
      live.server,
      'GET',
      `/admin/lunch/${id}`,
    );
    expect(school).toMatchObject({ mealPrice: 450, monthlyFixedCost: 80000, childrenCount: 12 });

    // Its reports: a day still to come is refused by the API at the date field; yesterday's is posted, then corrected.
    await row.locator('button.open').click();
    const detail = lunch.locator('section.school-detail');
    await detail.getByText('还没有日报').waitFor();
    await detail.locator('button.new-report').click();
    await detail.locator('#report-date').fill(chinaDay(2));
    await detail.locator('#report-meals').fill('12');
    await detail.locator('#report-spent').fill('54');
    await detail.locator('#report-menu').fill('米饭、西红柿炒蛋、白菜汤');
    await detail.locator('form.report button[type="submit"]').click();
    await detail.locator('#report-date-error').waitFor();
    await detail.locator('#report-date').fill(chinaDay(-1));
    await detail.locator('form.report button[type="submit"]').click();
    const report = detail.locator(`table.reports tr[data-date="${chinaDay(-1)}"]`);
    await report.waitFor();
    expect(await report.innerText()).toContain('¥54.00');
    await report.locator('button.edit-report').click();
    expect(await detail.locator('#report-spent').inputValue()).toBe('54.00');
    await detail.locator('#report-spent').fill('53.6');
    await detail.locator('form.report button[type="submit"]').click();
    await detail.locator('form.report').waitFor({ state: 'detached' });
    expect(await report.innerText()).toContain('¥53.60');
    const pub = await publicRead<{ reports: { date: string; meals: number; spent: number; menu: string }[] }>(
      live.server,
      `/lunch/${id}`,
    );
    expect(pub.reports).toEqual([
      { date: chinaDay(-1), meals: 12, spent: 5360, menu: '米饭、西红柿炒蛋、白菜汤', photoUrl: null },
    ]);

    // A closure: added, then removed after the one question.
    await detail.locator('#closure-startsOn').fill('2027-01-25');
    await detail.locator('#closure-endsOn').fill('2027-02-20');
    await detail.locator('#closure-label').fill('寒假');
    await detail.locator('form.closure button[type="submit"]').click();
    const closure = detail.locator('table.closures tbody tr', { hasText: '寒假' });
    await closure.waitFor();
    expect(
      (await adminJson<{ items: unknown[] }>(live.server, 'GET', `/admin/lunch/${id}/closures`)).items,
    ).toHaveLength(1);
    await closure.locator('confirm-button button.ask').click();
    await closure.locator('confirm-button button.yes').click();
    await closure.waitFor({ state: 'detached' });
    expect(
      (await adminJson<{ items: unknown[] }>(live.server, 'GET', `/admin/lunch/${id}/closures`)).items,
    ).toHaveLength(0);
    await expectNoAxeViolations(page, 'the lunch view with a school open');

    expect(await cspViolations(page)).toEqual([]);
    expect(unexpectedErrors(live.errors, [/status of 400 .*\/api\/v1\/admin\/lunch(\/[^/]+\/reports)?\)$/])).toEqual(
      [],
    );
  });

  it('edit the figures: a reserved key is refused at its row, the saved list is what the public stats API shows', async () => {
    const page = live.page;
    await recordCspViolations(page);
    await signIn(page, live.server.url, live.server.adminToken);
    await pickOrg(page, 'yiyang-mzj');
    const figures = await openView(page, 'figures');
    const meals = figures.locator('fieldset.figure[data-key="meal-points"]');
    await meals.waitFor();
    const n = await figures.locator('fieldset.figure').count();
    const valueOf = (key: string) => figures.locator(`fieldset.figure[data-key="${key}"] input[name$=".value"]`);
    expect(await valueOf('aid-distributed').inputValue()).toBe('9000000.00'); // 900万元 in fen, shown as yuan

    await valueOf('meal-points').fill('42');
    await figures.locator('button.add').click();
    await figures.locator(`input[name="items.${n}.key"]`).fill('raised');
    await figures.locator(`input[name="items.${n}.label"]`).fill('走访慰问老人');
    await figures.locator(`input[name="items.${n}.value"]`).fill('300');
    await figures.locator(`input[name="items.${n}.unit"]`).fill('人次');
    await figures.locator('button[type="submit"]').click();
    const keyError = figures.locator(`#fig-items-${n}-key-error`);
    await keyError.waitFor();
    expect(await keyError.innerText()).toContain('Reserved for live figures');
    expect(await figures.locator(`input[name="items.${n}.key"]`).getAttribute('aria-invalid')).toBe('true');
    const stillPublic = await publicRead<{ items: { key: string; value: number }[] }>(
      live.server,
      '/orgs/yiyang-mzj/stats',
    );
    expect(stillPublic.items.find((f) => f.key === 'meal-points')?.value).toBe(40); // refused: nothing written

    await figures.locator(`input[name="items.${n}.key"]`).fill('elder-visits');
    await figures.locator('button[type="submit"]').click();
    await figures.locator('[role="status"]').getByText('已保存').waitFor();
    const saved = await publicRead<{
      items: { key: string; value: number; unit: string | null; currency: string | null; source: string }[];
    }>(live.server, '/orgs/yiyang-mzj/stats');
    const staff = saved.items.filter((f) => f.source === 'staff');
    expect(staff.find((f) => f.key === 'meal-points')?.value).toBe(42);
    expect(staff.find((f) => f.key === 'aid-distributed')).toMatchObject({ value: 900000000, currency: 'CNY' });
    expect(staff.at(-1)).toMatchObject({ key: 'elder-visits', value: 300, unit: '人次', currency: null });

    // Remove the new row again: gone after saving.
    await figures.locator(`fieldset.figure[data-key="elder-visits"] button[aria-label="删除第 ${n + 1} 项"]`).click();
    await figures.locator('button[type="submit"]').click();
    await figures.locator('fieldset.figure[data-key="elder-visits"]').waitFor({ state: 'detached' });
    await figures.locator('[role="status"]').getByText('已保存').waitFor();
    const after = await adminJson<{ items: { key: string }[] }>(live.server, 'GET', '/admin/orgs/yiyang-mzj/stats');
    expect(after.items.map((f) => f.key)).not.toContain('elder-visits');

    expect(await cspViolations(page)).toEqual([]);
    expect(unexpectedErrors(live.errors, [/status of 400 .*\/api\/v1\/admin\/orgs\/yiyang-mzj\/stats\)$/])).toEqual([]);
  });

  it('embed code: arriving with #/embed?kind=progress&id=… shows three copyable snippets and a live preview', async () => {
    const probe = await adminCall(live.server, 'GET', '/admin/embed-code?kind=progress&id=gaoping-lunch');
    expect(probe.status).toBe(200);
    const code = (await probe.json()) as {
      script: string;
      iframe: string;
      link: string;
      image: string;
      previewUrl: string;
      title: string;
    };

    const page = live.page;
    await recordCspViolations(page);
    await signIn(page, live.server.url, live.server.adminToken);
    await pickOrg(page, 'hunan-mzt');
    await page.goto(`${live.server.url}/admin#/embed?kind=progress&id=gaoping-lunch`);
    const embed = shell(page).locator('main admin-embed');
    await embed.locator('section.code').waitFor();
    expect(await embed.locator('#embed-kind').inputValue()).toBe('progress');
    expect(await embed.locator('#embed-id').inputValue()).toBe('gaoping-lunch');
    // The fourth snippet, the live image, for places that strip scripts and iframes alike.
    expect(code.image).toContain('/img/progress/gaoping-lunch.svg');
    for (const which of ['script', 'iframe', 'link', 'image'] as const) {
      expect(await embed.locator(`#snippet-${which}`).inputValue()).toBe(code[which]);
      expect(await embed.locator(`#snippet-${which}`).getAttribute('readonly')).not.toBeNull();
      await embed.locator(`[data-snippet="${which}"] copy-button`).waitFor();
    }
    const frame = embed.locator('iframe.preview');
    expect(await frame.getAttribute('src')).toBe(code.previewUrl);
    expect(await frame.getAttribute('title')).toContain(code.title);
    const preview = page.frameLocator('gongyi-admin admin-embed iframe.preview');
    await preview.locator('gongyi-progress').waitFor({ state: 'attached' });
    // The framed page reports its height (gongyi:resize) and the preview takes it: no inner scrollbar.
    await page.waitForFunction(() => {
      const view = document.querySelector('gongyi-admin')!.shadowRoot!.querySelector('admin-embed')!;
      const iframe = view.shadowRoot!.querySelector<HTMLIFrameElement>('iframe.preview')!;
      const content = iframe.contentDocument?.documentElement.scrollHeight ?? 0;
      return content > 0 && Math.abs(Number(iframe.getAttribute('height')) - content) <= 2;
    });

    // Another kind: the organisation's figures card, whose object is the organisation itself.
    await embed.locator('#embed-kind').selectOption('stats');
    await embed.locator('#snippet-script').waitFor();
    expect(await embed.locator('#snippet-script').inputValue()).toContain('hunan-mzt');
    expect(page.url()).toContain('#/embed?kind=stats&id=hunan-mzt');
    await expectNoAxeViolations(page, 'the embed view');
    expect(await cspViolations(page)).toEqual([]);
    expect(live.errors).toEqual([]);
  });
});
