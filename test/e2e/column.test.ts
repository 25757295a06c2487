// End to end: the demo bureau pages (demo/yiyang.html, demo/fengxian.html) served by the real worker
// on a fresh D1, driven in Chromium: Yiyang's charity column (brand, figures, cards, filters, paging,
// a card opening the project in place) and a pledge confirmed by staff moving the live figure by
// exactly its amount; Feng County's figures as its report states them.
import { describe, expect, it } from 'vitest';
import { publicRead } from './api.js';
import { confirmDonation, pledges, recordPledges, zhMoney, useLiveDemo } from './browser.js';

type Stat = { key: string; value: number; unit: string | null; currency: string | null; source: string };

// Reduced motion: figures show their final values at once (the count-up has its own widget tests).
const live = useLiveDemo({ context: { reducedMotion: 'reduce' } });

const api = <T>(path: string): Promise<T> => publicRead<T>(live.server, path);
const column = () => live.page.locator('gongyi-column');
const figure = (key: string) => column().locator(`gongyi-stats [data-key="${key}"] .value .sr`);
const cardIds = () =>
  column()
    .locator('li[data-id]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id!));

describe('bureau charity column (/yiyang.html)', () => {
  it('is linked from the demo index and shows the brand, figures and every project exactly once', async () => {
    await live.page.goto(live.server.url + '/');
    await live.page.getByRole('link', { name: '益阳：益行益善·益老益小慈善专栏上线' }).click();
    await live.page.waitForURL(/\/yiyang(\.html)?$/); // the assets server drops .html
    expect(await live.page.title()).toContain('益阳慈善专栏');

    await expect.poll(() => column().locator('[part="brand"]').textContent()).toBe('益行益善·益老益小');
    await figure('age-friendly-homes').waitFor({ state: 'attached' });
    expect(await figure('age-friendly-homes').textContent()).toBe('2637户');
    const stats = (await api<{ items: Stat[] }>('/orgs/yiyang-mzj/stats')).items;
    // A count staff may edit (the console's figures test does, on a shared server): as the API says.
    const mealPoints = stats.find((s) => s.key === 'meal-points')!;
    expect(await figure('meal-points').textContent()).toBe(`${mealPoints.value}${mealPoints.unit}`);
    expect(await figure('aid-distributed').textContent()).toBe('900万余元');
    expect(await figure('children-served').textContent()).toBe('200余人次');
    const raised = stats.find((s) => s.key === 'raised')!;
    expect(await figure('raised').textContent()).toBe(await zhMoney(live.page, raised.value));

    // Cards: a first page, then "load more" until the API's cursor runs out.
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const p: { items: { id: string }[]; nextCursor: string | null } = await api(
        `/orgs/yiyang-mzj/projects?limit=6${cursor ? `&cursor=${cursor}` : ''}`,
      );
      all.push(...p.items.map((i) => i.id));
      cursor = p.nextCursor;
    } while (cursor);
    await expect.poll(cardIds).toEqual(all.slice(0, 6));
    await column().locator('[part="more"]').click();
    await expect.poll(cardIds).toEqual(all);
    expect(new Set(await cardIds()).size).toBe(all.length);
    const titles = (await column().locator('[part="open"]').allTextContents()).map((t) => t.trim());
    expect(titles).toEqual(
      expect.arrayContaining(['益老食堂', '黄手环', '公益课堂', '童心童行', '周末妈妈', '送教上门']),
    );

    // Filters: 儿童 → only the children's projects.
    await column().locator('.chips [data-value="children"]').click();
    await expect.poll(cardIds).toEqual(['yiyang-tongxin', 'yiyang-weekend-mums']);
    expect(live.errors).toEqual([]);
  });

  it('a card opens the project in place (focus on its heading), a pledge there confirmed by staff moves the live figure by exactly its amount', async () => {
    await live.page.goto(live.server.url + '/yiyang.html');
    const href = live.page.url();
    await recordPledges(live.page);
    const before = (await api<{ items: Stat[] }>('/orgs/yiyang-mzj/stats')).items.find(
      (s) => s.key === 'raised',
    )!.value;
    await figure('raised').waitFor({ state: 'attached' });
    expect(await figure('raised').textContent()).toBe(await zhMoney(live.page, before));

    const card = column().locator('li[data-id="yiyang-weekend-mums"]');
    expect(await card.locator('[role="progressbar"]').count()).toBe(1);
    await card.locator('[part="open"]').click();
    const project = column().locator('gongyi-project');
    await expect
      .poll(() =>
        live.page.evaluate(() => {
          let a: Element | null = document.activeElement;
          while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
          return a?.textContent;
        }),
      )
      .toBe('周末妈妈');
    expect(live.page.url()).toBe(href); // no navigation away from the host page

    // Pledge the first tier in the project's own progress card.
    const progress = project.locator('gongyi-progress');
    await progress.locator('[part="give"]').click();
    await progress.locator('[part="tier"]').first().click();
    await progress.locator('[part="submit"]').click();
    await progress.locator('[part="result"] .ref').waitFor({ state: 'visible' });
    const [pledge] = await pledges(live.page);
    expect(pledge!.campaign).toBe('yiyang-weekend-mums');
    expect(
      await api<{ items: Stat[] }>('/orgs/yiyang-mzj/stats').then(
        (r) => r.items.find((s) => s.key === 'raised')!.value,
      ),
    ).toBe(before);

    await confirmDonation(live.server.url, live.server.adminToken, pledge!.id);
    const after = (await api<{ items: Stat[] }>('/orgs/yiyang-mzj/stats')).items.find((s) => s.key === 'raised')!.value;
    expect(after - before).toBe(pledge!.amount);

    // Back to the column: focus returns to the card; reloaded, the figure shows the new total.
    await column().locator('[part="back"]').click();
    await expect
      .poll(() => column().evaluate((c) => (c.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id))
      .toBe('yiyang-weekend-mums');
    await live.page.reload();
    await figure('raised').waitFor({ state: 'attached' });
    await expect.poll(() => figure('raised').textContent()).toBe(await zhMoney(live.page, after));
    expect(live.errors).toEqual([]);
  });

  it('does not shift the layout while the column loads', async () => {
    await live.page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!e.hadRecentInput) w.__cls += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await live.page.goto(live.server.url + '/yiyang.html');
    await column().locator('li[data-id]').first().waitFor();
    await figure('raised').waitFor({ state: 'attached' });
    await live.page.waitForTimeout(300);
    expect(await live.page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThan(0.1);
  });

  it("holds the figures' box until their code arrives: the held box is their skeleton's, at 390 and 1280 px, normal and elder", async () => {
    // <gongyi-stats> is a chunk of its own, fetched after the column's first paint: hold it back,
    // then its data, and measure the figures' box (and the page) held, as skeleton, and loaded.
    const off: string[] = [];
    for (const width of [390, 1280]) {
      for (const q of ['lang=zh-Hans', 'lang=en&elder=1']) {
        const page = await live.context.newPage();
        await page.setViewportSize({ width, height: 900 });
        let releaseCode!: () => void;
        const code = new Promise<void>((r) => (releaseCode = r));
        let releaseData!: () => void;
        const data = new Promise<void>((r) => (releaseData = r));
        await page.route(/\/gongyi-stats-[\w-]+\.js$/, async (r) => (await code, r.continue()));
        await page.route(/\/orgs\/[^/]+\/stats(\?|$)/, async (r) => (await data, r.continue()));
        await page.goto(`${live.server.url}/embed/column/yiyang-mzj?${q}`, { waitUntil: 'commit' });
        const stats = page.locator('gongyi-column gongyi-stats');
        await page.locator('gongyi-column li[data-id]').first().waitFor();
        const box = () =>
          stats.evaluate(
            (e) =>
              [
                e.matches(':defined'),
                Math.round(e.getBoundingClientRect().height),
                Math.round(document.documentElement.getBoundingClientRect().height),
              ] as const,
          );
        const held = await box();
        releaseCode();
        await page.waitForFunction(() =>
          document
            .querySelector('gongyi-column')
            ?.shadowRoot?.querySelector('gongyi-stats')
            ?.shadowRoot?.querySelector('.skeleton'),
        );
        const skeleton = await box();
        releaseData();
        expect(held[0], 'the stats code was held back').toBe(false);
        expect(skeleton[0]).toBe(true);
        if (held[1] < 40 || held[1] !== skeleton[1] || held[2] !== skeleton[2])
          off.push(
            `${width} ${q}: held ${held[1]} px (page ${held[2]}), skeleton ${skeleton[1]} px (page ${skeleton[2]})`,
          );
        await page.close();
      }
    }
    expect(off).toEqual([]);
  });
});

describe("Feng County's figures (/fengxian.html)", () => {
  it("shows the report's figures with their units, money in 万元", async () => {
    await live.page.goto(live.server.url + '/');
    await live.page.getByRole('link', { name: '凤县：“社会救助+慈善”走访服务对象12368人次' }).click();
    await live.page.waitForURL(/\/fengxian(\.html)?$/);
    const stats = live.page.locator('gongyi-stats');
    const shown = async (key: string) => stats.locator(`[data-key="${key}"] .value .sr`).textContent();
    await stats.locator('[data-key="visits"]').waitFor();
    expect(await shown('cadres')).toBe('2234人次');
    expect(await shown('visits')).toBe('12368人次');
    expect(await shown('inspections')).toBe('26次');
    expect(await shown('funds')).toBe('104.58万元');
    expect(await shown('heating')).toBe('164.09万元');
    expect(await shown('relief')).toBe('554.32万元');
    expect(await shown('relief-people')).toBe('5257人次');
    expect(await stats.locator('[data-key="visits"] [part="label"]').textContent()).toBe('走访服务对象');
    expect(live.errors).toEqual([]);
  });
});
