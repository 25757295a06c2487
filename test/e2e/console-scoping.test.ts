// End to end: organisation scoping in the staff console, in Chromium against the real worker.
// The super-admin issues a token for 益阳市民政局 in the console (the secret shown once, with a copy
// button), signs out and signs in with it: there is no organisation switcher, and every view shows
// Yiyang's data and nothing of the other organisations' (which exist with distinctive rows); a
// direct API call with the token to another organisation's object answers 403 and changes nothing.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminCall, adminJson, okJson, publicPost } from './api.js';
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

// Clipboard permissions: the copy button writes the secret, the test reads it back.
const live = useLiveDemo({ context: { permissions: ['clipboard-read', 'clipboard-write'] } });
const ORG = 'yiyang-mzj';

/** A donor pledges on a campaign's page (the service's own origin). */
function pledge(campaign: string, name: string): Promise<unknown> {
  return okJson(publicPost(live.server, `/campaigns/${campaign}/donations`, { amount: 5000, name }));
}

/** Opens a view from the navigation and waits until it shows `ready` (a text of loaded data). */
async function openView(page: Page, key: string, ready: string): Promise<Locator> {
  await shell(page).locator(`nav a[href="#/${key}"]`).click();
  const view = shell(page).locator(`main admin-${key}`);
  await view.getByText(ready).first().waitFor();
  return view;
}

describe('staff console: an organisation token sees and changes only its organisation', () => {
  // Rows of other organisations with names that cannot be missed, and one of Yiyang's for each list.
  beforeAll(async () => {
    await pledge('gaoping-lunch', '湖南跨组织捐款人');
    await pledge('yiyang-elder-canteen', '益阳测试捐款人');
    await adminJson(live.server, 'POST', '/admin/tokens', { orgId: 'hunan-mzt', label: '湖南省厅测试令牌' });
    await adminJson(live.server, 'POST', '/admin/wishes', {
      orgId: ORG,
      title: '想要一副老花镜',
      category: 'necessities',
      wisherName: '刘秋菊',
    });
    await adminJson(live.server, 'POST', '/admin/sites', { orgId: 'hunan-mzt', origin: 'https://hunan-only.example' });
  });

  it('issue a token in the console (shown once, copyable) → sign in with it → only Yiyang everywhere; other organisations answer 403', async () => {
    const page = live.page;
    await recordCspViolations(page);

    // Super-admin issues the token for Yiyang.
    await signIn(page, live.server.url, live.server.adminToken);
    await pickOrg(page, ORG);
    const tokens = await openView(page, 'tokens', '还没有令牌');
    await tokens.locator('#token-label').fill('慈善科 张老师');
    await tokens.locator('button[type="submit"]').click();
    const secretBox = tokens.locator('.secret textarea');
    await secretBox.waitFor();
    const secret = await secretBox.inputValue();
    expect(secret).toMatch(/^gy_[A-Za-z0-9_-]{40,}$/);
    expect(await tokens.locator('.secret').innerText()).toContain('关闭后将无法再次查看此令牌');
    await tokens.locator('.secret copy-button button').click();
    await tokens.locator('.secret copy-button').getByText('已复制到剪贴板').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await tokens.locator('.secret button', { hasText: '我已保存' }).click();
    await tokens.locator('.secret').waitFor({ state: 'detached' });
    expect(await tokens.locator('tbody').innerText()).toContain('慈善科 张老师');
    // Once closed, the secret is nowhere in the page (the list never has secrets).
    expect(
      await page.evaluate((s) => document.querySelector('gongyi-admin')!.shadowRoot!.innerHTML.includes(s), secret),
    ).toBe(false);
    expect(await tokens.innerText()).not.toContain(secret);
    expect(page.url()).not.toContain(secret);

    // Sign out, sign in with the new token: fixed to Yiyang, no switcher.
    await shell(page).locator('button.sign-out').click();
    await shell(page).locator('main.sign-in').waitFor();
    await signIn(page, live.server.url, secret);
    expect(page.url()).not.toContain(secret);
    expect(await shell(page).locator('header select[name="org"]').count()).toBe(0);
    expect(await shell(page).locator('header').innerText()).toContain('益阳市民政局');

    // Every view: Yiyang's rows, none of the others'.
    const OTHERS = [
      '高坪',
      '官亨',
      '湖南省民政厅',
      '湖南跨组织捐款人',
      '电风扇',
      '海陵',
      '走访服务对象',
      '湖南省厅测试令牌',
      'hunan-only',
      'hunan-mzt',
      'taizhou',
      'fengxian',
    ];
    const expectOnlyYiyang = async (view: Locator, what: string) => {
      const text = await view.innerText();
      for (const other of OTHERS) expect(text, `${what} shows "${other}"`).not.toContain(other);
    };
    const projects = await openView(page, 'projects', '益老食堂');
    await expectOnlyYiyang(projects, 'projects');
    const campaigns = await openView(page, 'campaigns', '为益老食堂的老人添一份热乎饭');
    await expectOnlyYiyang(campaigns, 'campaigns');
    const pledges = await openView(page, 'pledges', '益阳测试捐款人');
    await expectOnlyYiyang(pledges, 'pledges');
    const lunch = await openView(page, 'lunch', '还没有学校');
    await expectOnlyYiyang(lunch, 'lunch');
    const wishes = await openView(page, 'wishes', '想要一副老花镜');
    await expectOnlyYiyang(wishes, 'wishes');
    expect(await wishes.locator('tbody tr[data-id]').count()).toBe(1);
    const figures = await openView(page, 'figures', '第 1 项');
    const ownFigures = await adminJson<{ items: { label: string }[] }>(live.server, 'GET', `/admin/orgs/${ORG}/stats`);
    const labels = await figures
      .locator('input[name$=".label"]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(labels).toEqual(ownFigures.items.map((f) => f.label));
    expect(labels).toContain('老年助餐服务点');
    await expectOnlyYiyang(figures, 'figures');
    const sites = await openView(page, 'sites', 'http://localhost:8787');
    expect(
      (await sites.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')))).sort(),
    ).toEqual(['yiyang-mzj-127', 'yiyang-mzj-localhost']);
    await expectOnlyYiyang(sites, 'sites');
    const ownTokens = await openView(page, 'tokens', '慈善科 张老师');
    await expectOnlyYiyang(ownTokens, 'tokens');
    const embed = await openView(page, 'embed', '嵌入代码');
    await embed.locator('#embed-kind').selectOption('project');
    await embed.locator('#embed-id option', { hasText: '益老食堂' }).waitFor({ state: 'attached' });
    const choices = await embed.locator('#embed-id option').allInnerTexts();
    expect(choices).toContain('黄手环');
    for (const other of ['高坪', '官亨']) expect(choices.join('\n')).not.toContain(other);
    await expectNoAxeViolations(page, 'the console signed in with an organisation token');

    // Straight to the API with the token: another organisation's objects answer 403 and stay as they were.
    const forbidden: [string, string, unknown?][] = [
      ['GET', '/admin/projects?orgId=hunan-mzt'],
      ['PATCH', '/admin/projects/gaoping-lunch', { title: '被改掉的标题' }],
      ['GET', '/admin/donations?orgId=hunan-mzt'],
      ['GET', '/admin/lunch/gaoping'],
      ['GET', '/admin/wishes/hailing-electric-fan'],
      ['POST', '/admin/wishes/hailing-walking-shoes/release', { reason: '试图越权' }],
      ['GET', '/admin/orgs/fengxian-mzj/stats'],
      ['PUT', '/admin/orgs/fengxian-mzj/stats', { items: [] }],
      ['POST', '/admin/sites', { orgId: 'taizhou-hailing', origin: 'https://evil.example' }],
      ['POST', '/admin/tokens', { orgId: 'hunan-mzt' }],
      ['DELETE', '/admin/sites/hunan-mzt-localhost'],
    ];
    for (const [method, path, body] of forbidden) {
      const res = await adminCall(live.server, method, path, body, secret);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(((await res.json()) as { code: string }).code, `${method} ${path}`).toBe('forbidden');
    }
    const gaoping = await adminJson<{ items: { id: string; title: string }[] }>(
      live.server,
      'GET',
      '/admin/projects?orgId=hunan-mzt',
    );
    expect(gaoping.items.find((p) => p.id === 'gaoping-lunch')?.title).toBe('高坪村教学点免费午餐');
    expect(
      (await adminJson<{ items: unknown[] }>(live.server, 'GET', '/admin/orgs/fengxian-mzj/stats')).items.length,
    ).toBeGreaterThan(0);
    expect(
      (await adminJson<{ items: { id: string }[] }>(live.server, 'GET', '/admin/sites?orgId=hunan-mzt')).items.map(
        (s) => s.id,
      ),
    ).toContain('hunan-mzt-localhost');
    expect(
      (await adminJson<{ status: string }>(live.server, 'GET', '/admin/wishes/hailing-walking-shoes')).status,
    ).toBe('fulfilled');

    expect(await cspViolations(page)).toEqual([]);
    expect(unexpectedErrors(live.errors, [])).toEqual([]);
  });
});
