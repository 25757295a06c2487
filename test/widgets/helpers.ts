/** Tiny test kit for the widget tests (mocha globals come from @web/test-runner). */
import type { Expenditure, Recipient } from '../../widgets/src/lib/api.js';

declare global {
  function describe(name: string, fn: () => void): void;
  function it(name: string, fn: () => unknown): void;
  function beforeEach(fn: () => unknown): void;
  function afterEach(fn: () => unknown): void;
}

export function assert(cond: unknown, msg = 'assertion failed'): asserts cond {
  if (!cond) throw new Error(msg);
}

export function equal<T>(actual: T, expected: T, msg = ''): void {
  if (!Object.is(actual, expected)) {
    throw new Error(`${msg ? msg + ': ' : ''}expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/**
 * The skeleton reserves the loaded card's height: exactly (`exact`) where the text is of the usual
 * length for the width (its placeholders wrap alike), else within `share` (5 %) of the card (text
 * longer or shorter than usual wraps a line more or less: the card grows rather than cut it).
 */
export function reserved(before: number, after: number, what: string, exact = false, share = 0.05): void {
  const ok = exact ? Math.abs(after - before) < 0.5 : Math.abs(after - before) <= after * share;
  assert(ok, `${what}: skeleton ${before}px, loaded ${after}px`);
}

/** What the layout check finds wrong in the widgets on the test page (the page's own width aside: tests mount wide columns). */
export async function layoutDefects(): Promise<string> {
  const { layoutCheck } = await import('../e2e/layout-check.js');
  return layoutCheck()
    .filter((d) => d.kind !== 'page-wider-than-viewport' && !d.detail.includes('beyond the viewport'))
    .map((d) => `${d.kind} ${d.path} "${d.text}" ${d.detail}`)
    .join('\n');
}

export function includes(text: string | null | undefined, part: string, msg = ''): void {
  if (!text || !text.includes(part))
    throw new Error(`${msg ? msg + ': ' : ''}expected ${JSON.stringify(text)} to include ${JSON.stringify(part)}`);
}

export async function waitFor<T>(fn: () => T, what = 'condition', timeout = 4000): Promise<NonNullable<T>> {
  const end = performance.now() + timeout;
  for (;;) {
    const v = fn();
    if (v) return v as NonNullable<T>;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export interface Call {
  url: string;
  method: string;
  headers: Headers;
  body: string | null;
  cache: RequestCache | undefined;
}

type Handler = (call: Call) => Response | Promise<Response>;

/** Replaces window.fetch: routes by "METHOD /path" (path after /api/v1), records every call. */
export function stubFetch(routes: Record<string, Handler>): { calls: Call[]; restore: () => void } {
  const original = window.fetch;
  const calls: Call[] = [];
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const call: Call = {
      url,
      method: (init.method ?? 'GET').toUpperCase(),
      headers: new Headers(init.headers),
      body: (init.body as string | undefined) ?? null,
      cache: init.cache,
    };
    calls.push(call);
    const path = new URL(url).pathname.replace(/^\/api\/v1/, '');
    const h = routes[`${call.method} ${path}`];
    if (!h) return problem(404, 'not_found', 'no stub for ' + path);
    return h(call);
  };
  return { calls, restore: () => (window.fetch = original) };
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problem(
  status: number,
  code: string,
  detail: string,
  errors?: { path: string; message: string }[],
): Response {
  return new Response(
    JSON.stringify({ type: 'about:blank', title: code, status, detail, code, ...(errors ? { errors } : {}) }),
    {
      status,
      headers: { 'Content-Type': 'application/problem+json' },
    },
  );
}

/** A response that arrives only when `release()` is called (to observe the loading state). */
export function deferred(): { response: Promise<Response>; release: (r: Response) => void } {
  let release!: (r: Response) => void;
  const response = new Promise<Response>((r) => (release = r));
  return { response, release };
}

let host: HTMLElement | undefined;
/** Mounts markup in a fixed-width container and returns its first element. */
export function mount<T extends Element>(markup: string, width = 420): T {
  host?.remove();
  host = document.createElement('div');
  host.style.width = width + 'px';
  host.innerHTML = markup;
  document.body.append(host);
  return host.firstElementChild as T;
}

export function cleanup(): void {
  host?.remove();
  host = undefined;
}

export const $ = <T extends Element = HTMLElement>(el: Element, sel: string): T | null =>
  el.shadowRoot!.querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(sel),
];

/** Visible text of a shadow root (whitespace collapsed). */
export const text = (el: Element): string => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[];
}
declare global {
  interface Window {
    axe: { run: (ctx: Element, opts?: object) => Promise<AxeResult> };
  }
}

/** Runs axe-core (loaded as a classic UMD onto window) and fails on any violation. */
export async function expectNoAxeViolations(el: Element): Promise<void> {
  if (!window.axe) await import('axe-core/axe.min.js' as string);
  const r = await window.axe.run(el, { resultTypes: ['violations'] });
  if (r.violations.length) {
    throw new Error(
      'axe violations:\n' +
        r.violations
          .map(
            (v) =>
              `${v.id}: ${v.help}\n  ${v.nodes.map((n) => JSON.stringify(n.target) + ' ' + (n.failureSummary ?? '')).join('\n  ')}`,
          )
          .join('\n'),
    );
  }
}

// ---- fixtures shaped like the public contract ----

export const campaign = {
  id: 'guanheng-elder-centre',
  projectId: 'guanheng-elder-centre',
  title: '官亨村“友邻互助”居家养老服务中心',
  currency: 'CNY',
  goalAmount: 200_000_000,
  raisedAmount: 104_575_000,
  pendingAmount: 1_250_000,
  donorCount: 1234,
  endsAt: new Date(Date.now() + 10.5 * 86_400_000).toISOString(),
  status: 'open',
  tiers: [
    { amount: 5000, label: '一位老人一周午餐' },
    { amount: 20000, label: '一台助行器' },
    { amount: 100000, label: '活动室一把按摩椅' },
  ],
  recentDonations: [
    { name: '张*', amount: 20000, message: '祝老人们健康', at: '2026-11-20T08:00:00Z' },
    { name: '爱心人士', anonymous: true, amount: 5000, message: null, at: '2026-11-19T08:00:00Z' },
    { name: 'L***', amount: 100000, message: null, at: '2026-11-18T08:00:00Z' },
    { name: '马**', amount: 10000, message: null, at: '2026-11-17T08:00:00Z' },
  ],
  recipient: {
    name: '湖南省慈善总会',
    creditCode: '51430000MJJ000000X',
    qualification: '具有公开募捐资格',
    filingNumber: '51430000MJJ000000X26001',
    filingUrl: 'https://cszg.mca.gov.cn/biz/ma/csmh/e/csmheindex.html?id=51430000MJJ000000X26001',
    platform: '腾讯公益',
    platformUrl: 'https://gongyi.qq.com/',
    filedFrom: '2026-01-01',
    filedUntil: '2026-12-31',
  } as Recipient | null, // typed wide: tests vary these (null, undefined for an older service)
  acceptsGifts: true as boolean | undefined,
  spentAmount: 12_345_600 as number | undefined,
  balance: 92_229_400 as number | undefined,
  /** The latest spending, newest first (the service sends at most five). */
  expenditures: [
    {
      date: '2026-11-18',
      amount: 3_560_000,
      purpose: '助行器 20 台',
      payee: '汝城县康复器械有限公司',
      receiptUrl: 'https://img.example.cn/receipts/1118.pdf',
    },
    { date: '2026-11-02', amount: 860_000, purpose: '活动室按摩椅', payee: null, receiptUrl: null },
    {
      date: '2026-10-20',
      amount: 120_000,
      purpose: '老人集体生日会',
      payee: '官亨村村民委员会',
      receiptUrl: 'javascript:alert(1)',
    },
  ] as Expenditure[] | undefined,
};

export const donationResult = {
  id: 'don_123',
  status: 'pending',
  amount: 20000,
  currency: 'CNY',
  payment: {
    method: 'offline',
    instructions: '请通过银行转账至：汝城县民政局 6222 0000 0000 0000，备注认捐编号。',
    reference: 'GY-7K3Q',
  },
};

export const project = {
  id: 'guanheng-elder-centre',
  orgId: 'hunan-mzt',
  orgName: '湖南省民政厅',
  title: '官亨村“友邻互助”居家养老服务中心',
  summary: '租赁旧房改造为居家养老服务中心，为近300名老人提供助餐、日间照料和文体活动。',
  body: '',
  coverUrl: null,
  category: 'elderly',
  location: '汝城县延寿瑶族乡官亨瑶族村',
  beneficiaries: '近300名老人',
  status: 'active',
  links: [{ title: '湖南省民政厅：原文', url: 'http://mzt.hunan.gov.cn/mzt/xxgk/mt/202108/t20210802_20045753.html' }],
  updates: [
    { date: '2021-03-01', title: '旧房租赁', body: '', state: 'done' },
    { date: '2021-04-15', title: '改造复新', body: '', state: 'done' },
    { date: '2021-05-20', title: '外墙装饰', body: '', state: 'done' },
    { date: '2021-07-01', title: '室内布置', body: '正在进行', state: 'doing' },
    { date: '2021-07-10', title: '功能配套', body: '', state: 'doing' },
    { date: '2021-09-01', title: '设备采购', body: '', state: 'planned' },
  ],
  campaignId: 'guanheng-elder-centre',
};
