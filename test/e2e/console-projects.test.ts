// End to end: a staff member signs in to the console at /admin (real wrangler dev, Chromium), picks
// an organisation, creates a project with a progress update and a campaign with a tier; the public
// API and a page embedding the widgets show them. Field errors from the API sit next to their field;
// the console is keyboard-usable, passes axe, and has no console errors or CSP violations.
import { describe, expect, it } from 'vitest';
import { adminJson, publicJson } from './api.js';
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

describe('staff console: projects, progress updates, campaigns', () => {
  it('sign-in by keyboard; the token stays out of URLs and localStorage; Tab reaches the navigation; the language choice is remembered; sign-out forgets the token', async () => {
    const { page } = live;
    await recordCspViolations(page);
    await page.goto(live.server.url + '/admin');
    await expectNoAxeViolations(page, 'sign-in');
    // A wrong token: the message is next to the token field.
    const token = shell(page).getByLabel('访问令牌');
    await token.fill('gy_wrong');
    await token.press('Enter');
    await expect.poll(() => token.getAttribute('aria-invalid')).toBe('true');
    expect(await shell(page).locator('#f-token-error').innerText()).toContain('令牌无效');

    await token.fill(live.server.adminToken);
    await token.press('Enter');
    await shell(page).locator('nav').waitFor();
    expect(page.url()).not.toContain(live.server.adminToken);
    expect(await page.evaluate(() => sessionStorage.getItem('gongyi.admin.token'))).toBe(live.server.adminToken);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(live.server.adminToken);

    // Keyboard: Tab from the top of the page reaches the navigation, the focus is visible, Enter follows the link.
    const focused = () =>
      page.evaluate(() => {
        let a = document.activeElement;
        while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
        return { text: a?.textContent?.trim() ?? '', outline: a ? getComputedStyle(a).outlineStyle : 'none' };
      });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 12 && (await focused()).text !== '募捐活动'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toEqual({ text: '募捐活动', outline: 'solid' });
    await page.keyboard.press('Enter');
    await page.locator('admin-campaigns h2').waitFor();
    expect(await shell(page).getByRole('link', { name: '募捐活动' }).getAttribute('aria-current')).toBe('page');
    expect(page.url()).toMatch(/\/admin#\/campaigns$/);

    // English, remembered across a reload (which also keeps the session: same window).
    await shell(page).getByRole('button', { name: 'English' }).click();
    await shell(page).getByRole('link', { name: 'Projects' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await shell(page).getByRole('link', { name: 'Campaigns' }).waitFor();
    expect(await shell(page).getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');

    await shell(page).getByRole('button', { name: 'Sign out' }).click();
    await shell(page).getByLabel('Access token').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('gongyi.admin.token'))).toBeNull();
    // The one 401 is the wrong token typed on purpose above.
    expect(unexpectedErrors(live.errors, [/status of 401 .*\/api\/v1\/admin\/session\)$/])).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('create a project (field errors beside their fields), post a done update, create a campaign with a tier; the public sees them', async () => {
    const { page } = live;
    await recordCspViolations(page);
    await signIn(page, live.server.url, live.server.adminToken);
    await pickOrg(page, 'yiyang-mzj');
    const projects = page.locator('admin-projects');
    await expect.poll(() => shell(page).getByRole('link', { name: '项目' }).getAttribute('aria-current')).toBe('page');
    await projects.locator('table').waitFor(); //益阳 has seeded projects
    await expectNoAxeViolations(page, 'projects list');

    // 1. Bad input: empty title and a cover "URL" that is not one → both errors next to their fields,
    //    focus on the first, and nothing created.
    await projects.getByRole('button', { name: '新建项目' }).click();
    await projects.getByLabel('项目标识（可选）').fill('e2e-well');
    await projects.getByLabel('封面图片网址').fill('not a url');
    await projects.getByRole('button', { name: '保存', exact: true }).click();
    const titleInput = projects.getByLabel('项目名称');
    await expect.poll(() => titleInput.getAttribute('aria-invalid')).toBe('true');
    expect(await projects.getByLabel('封面图片网址').getAttribute('aria-invalid')).toBe('true');
    expect(await projects.locator('#f-coverUrl-error').isVisible()).toBe(true);
    expect(await projects.locator('#f-coverUrl').getAttribute('aria-describedby')).toContain('f-coverUrl-error');
    expect(await projects.locator('#f-title-error').isVisible()).toBe(true);
    expect(await projects.locator('#f-summary-error').count()).toBe(0); // only the fields at fault
    expect(await projects.locator('[role="alert"]').first().innerText()).not.toBe('');
    expect(await projects.evaluate((el) => el.shadowRoot!.activeElement?.getAttribute('name'))).toBe('title');
    expect((await publicJson(live.server, '/projects/e2e-well')).status).toBe(404);
    await expectNoAxeViolations(page, 'project editor with field errors');

    // 2. Fixed: full project with a source link; Enter in a field submits.
    const cover = `${live.server.url}/photos/gaoping-lunch.svg`;
    await titleInput.fill('村口水井修缮');
    await projects.getByLabel('简介').fill('为南坝村修缮村口老水井，让 120 户村民用上干净的水。');
    await projects.getByLabel('详细介绍').fill('水井建于 1970 年代，井壁开裂。');
    await projects.getByLabel('封面图片网址').fill(cover);
    await projects.getByLabel('类别').selectOption('community');
    await projects.getByLabel('地点').fill('益阳市南坝村');
    await projects.getByLabel('受益对象').fill('南坝村 120 户村民');
    await projects.getByLabel('状态', { exact: true }).selectOption('in_progress');
    await projects.getByRole('button', { name: '添加来源' }).click();
    await projects.getByLabel('来源名称 1').fill('益阳日报');
    await projects.getByLabel('来源网址 1').fill('https://news.example.cn/well');
    await projects.getByLabel('地点').press('Enter');
    await expect
      .poll(() => projects.locator('[role="status"]').first().innerText())
      .toContain('已创建项目：村口水井修缮');

    const created = (await publicJson(live.server, '/projects/e2e-well')).body;
    expect(created).toMatchObject({
      id: 'e2e-well',
      orgId: 'yiyang-mzj',
      title: '村口水井修缮',
      coverUrl: cover,
      category: 'community',
      location: '益阳市南坝村',
      beneficiaries: '南坝村 120 户村民',
      status: 'in_progress',
      links: [{ title: '益阳日报', url: 'https://news.example.cn/well' }],
    });

    // 3. The timeline editor: add a "done" update; Enter in the title submits.
    const timeline = projects.locator('admin-project-timeline');
    await timeline.getByRole('button', { name: '添加进展' }).click();
    await timeline.getByLabel('日期').fill('2026-11-20');
    await timeline.getByLabel('状态').selectOption('done');
    await timeline.getByLabel('说明').fill('清淤完成，新井盖已安装。');
    await timeline.getByLabel('标题').fill('清淤加盖');
    await timeline.getByLabel('标题').press('Enter');
    await timeline.locator('ol.timeline li', { hasText: '清淤加盖' }).waitFor();
    const withUpdate = (await publicJson(live.server, '/projects/e2e-well')).body;
    expect(withUpdate.updates).toEqual([
      { date: '2026-11-20', title: '清淤加盖', body: '清淤完成，新井盖已安装。', state: 'done' },
    ]);

    // Edit it in place; Escape on a second edit leaves it unchanged.
    await timeline.getByRole('button', { name: '编辑: 清淤加盖' }).click();
    await timeline.getByLabel('标题').fill('清淤并加盖');
    await timeline.getByLabel('标题').press('Enter');
    await timeline.locator('ol.timeline li', { hasText: '清淤并加盖' }).waitFor();
    await timeline.getByRole('button', { name: '编辑: 清淤并加盖' }).click();
    await timeline.getByLabel('标题').fill('不要保存');
    await timeline.getByLabel('标题').press('Escape');
    await expect.poll(() => timeline.locator('form').count()).toBe(0);
    expect(await timeline.evaluate((el) => el.shadowRoot!.activeElement?.textContent)).toBe('编辑'); // focus back on its button
    expect(
      (await publicJson(live.server, '/projects/e2e-well')).body.updates.map((u: { title: string }) => u.title),
    ).toEqual(['清淤并加盖']);

    // 4. Campaigns: goal typed in yuan with decimals → integer fen; one tier.
    await shell(page).getByRole('link', { name: '募捐活动' }).click();
    await expect
      .poll(() => shell(page).getByRole('link', { name: '募捐活动' }).getAttribute('aria-current'))
      .toBe('page');
    expect(await shell(page).getByRole('link', { name: '项目' }).getAttribute('aria-current')).toBeNull();
    const campaigns = page.locator('admin-campaigns');
    await campaigns.getByRole('button', { name: '新建募捐' }).click();
    await campaigns.getByLabel('所属项目').selectOption('e2e-well');
    await campaigns.getByLabel('活动标识（可选）').fill('e2e-well-fund');
    await campaigns.getByLabel('活动名称').fill('水井修缮募捐');
    await campaigns.getByLabel('目标金额（元）').fill('12,5元'); // not an amount: flagged before anything is sent
    await campaigns.getByLabel('金额 1（元）').fill('50');
    await campaigns.getByLabel('说明 1').fill('一米井绳');
    await campaigns.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => campaigns.getByLabel('目标金额（元）').getAttribute('aria-invalid')).toBe('true');
    expect((await publicJson(live.server, '/campaigns/e2e-well-fund')).status).toBe(404);

    await campaigns.getByLabel('目标金额（元）').fill('8000.10');
    await campaigns.getByLabel('截止时间').fill('2026-12-31T18:00');
    await campaigns.getByLabel('付款说明').fill('转账至益阳市民政局公益账户，备注“水井”。');
    await expectNoAxeViolations(page, 'campaign editor');
    await campaigns.getByRole('button', { name: '保存', exact: true }).click();
    await campaigns.locator('tbody tr', { hasText: '水井修缮募捐' }).waitFor();
    const row = await campaigns.locator('tbody tr', { hasText: '水井修缮募捐' }).innerText();
    expect(row).toContain('¥8,000.10');
    expect(row).toContain('村口水井修缮');

    const fund = (await publicJson(live.server, '/campaigns/e2e-well-fund')).body;
    expect(fund).toMatchObject({
      id: 'e2e-well-fund',
      goalAmount: 800010,
      raisedAmount: 0,
      status: 'open',
      tiers: [{ amount: 5000, label: '一米井绳' }],
    });
    const adminView = (
      await adminJson<{ items: { id: string; endsAt: string | null; paymentInstructions: string | null }[] }>(
        live.server,
        'GET',
        '/admin/campaigns?orgId=yiyang-mzj',
      )
    ).items.find((c) => c.id === 'e2e-well-fund');
    expect(adminView!.paymentInstructions).toBe('转账至益阳市民政局公益账户，备注“水井”。');
    // The deadline is typed in China time (UTC+8), wherever the browser is: the same instant in the API.
    expect(new Date(adminView!.endsAt!).toISOString()).toBe('2026-12-31T10:00:00.000Z');

    // Escape closes an editor without saving, focus back on the button that opened it.
    await campaigns.getByRole('button', { name: '编辑: 水井修缮募捐' }).click();
    await campaigns.getByLabel('活动名称').fill('改了但不保存');
    await campaigns.getByLabel('活动名称').press('Escape');
    await expect.poll(() => campaigns.locator('form.editor').count()).toBe(0);
    expect(await campaigns.evaluate((el) => el.shadowRoot!.activeElement?.getAttribute('data-edit'))).toBe(
      'e2e-well-fund',
    );
    expect((await publicJson(live.server, '/campaigns/e2e-well-fund')).body.title).toBe('水井修缮募捐');

    // Each row's "embed code" link opens that object's snippets (a campaign's kind is `progress`).
    await campaigns.locator('tbody tr', { hasText: '水井修缮募捐' }).getByRole('link', { name: '嵌入代码' }).click();
    const embed = page.locator('admin-embed');
    await expect
      .poll(() =>
        embed
          .locator('#snippet-script')
          .inputValue()
          .catch(() => ''),
      )
      .toContain('<gongyi-progress campaign="e2e-well-fund">');

    // The one 400 is the invalid project submitted on purpose above.
    expect(unexpectedErrors(live.errors, [/status of 400 .*\/api\/v1\/admin\/projects\)$/])).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);

    // 5. A news page embedding the widgets shows what staff just entered.
    await live.page.route(`${live.server.url}/e2e-news.html`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>新闻</title>
<script type="module" src="/embed.js"></script></head><body><h1>南坝村水井</h1>
<gongyi-project project="e2e-well"></gongyi-project><gongyi-progress campaign="e2e-well-fund"></gongyi-progress></body></html>`,
      }),
    );
    await page.goto(`${live.server.url}/e2e-news.html`);
    const card = page.locator('gongyi-project [part="card"]').first();
    await page.locator('gongyi-project [part="timeline"]').waitFor();
    const cardText = await card.innerText();
    for (const s of ['村口水井修缮', '益阳市南坝村', '清淤并加盖', '益阳日报']) expect(cardText).toContain(s);
    await page.locator('body > gongyi-progress [part="raised"]').waitFor();
    expect(await page.locator('body > gongyi-progress [part="title"]').innerText()).toContain('水井修缮募捐');
  });

  it('an organisation token sees only its organisation: no switcher, its projects only', async () => {
    const { page } = live;
    const { token } = await adminJson<{ token: string }>(live.server, 'POST', '/admin/tokens', {
      orgId: 'fengxian-mzj',
      label: 'e2e',
    });
    await signIn(page, live.server.url, token);
    expect(await shell(page).locator('header select[name="org"]').count()).toBe(0);
    expect(await shell(page).locator('header .who').innerText()).toContain('凤县民政局');
    const projects = page.locator('admin-projects');
    await projects.locator('h2').waitFor();
    await expect.poll(() => projects.getByText('正在加载…').count()).toBe(0);
    const mine = (
      await adminJson<{ items: { id: string; title: string }[] }>(
        live.server,
        'GET',
        '/admin/projects?orgId=fengxian-mzj',
      )
    ).items;
    const others = (
      await adminJson<{ items: { id: string; title: string; orgId: string }[] }>(live.server, 'GET', '/admin/projects')
    ).items.filter((p) => p.orgId !== 'fengxian-mzj');
    const listed = await projects.locator('tbody th[scope="row"]').allInnerTexts();
    expect(listed.sort()).toEqual(mine.map((p) => p.title).sort());
    for (const p of others) expect(listed).not.toContain(p.title);

    // Revoked while signed in: the next call answers 401 and the console returns to sign-in, saying why.
    const issued = (
      await adminJson<{ items: { id: string; label: string | null }[] }>(
        live.server,
        'GET',
        '/admin/tokens?orgId=fengxian-mzj',
      )
    ).items.find((t) => t.label === 'e2e');
    await adminJson(live.server, 'DELETE', `/admin/tokens/${issued!.id}`);
    await shell(page).getByRole('link', { name: '募捐活动' }).click();
    await shell(page).getByLabel('访问令牌').waitFor();
    expect(await shell(page).locator('main p[role="alert"]').innerText()).toContain('登录已失效');
    expect(await page.evaluate(() => sessionStorage.getItem('gongyi.admin.token'))).toBeNull();
  });
});
