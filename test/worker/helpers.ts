// Request helpers for the worker tests: every call goes through the real worker entry
// (exports.default.fetch) into workerd with the real local D1.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { expect } from 'vitest';
import worker from '../../worker/index';

export const BASE = 'http://gongyi.test';
export const SITE = 'http://localhost:8787'; // registered for every demo organisation
export const SUPER = env.ADMIN_TOKEN;

export const loadSeed = () => env.DB.batch(env.TEST_SEED.map((q) => env.DB.prepare(q)));

export const call = (path: string, init?: RequestInit) => exports.default.fetch(new Request(BASE + path, init));

/**
 * `call` straight into the worker's fetch handler, for tests that send hundreds of requests: in
 * vitest-pool-workers 0.23 every exports.default.fetch in a file makes the next one slower (400
 * calls: from 2 ms to 60 ms each), the handler itself does not. Background work (waitUntil) is
 * awaited by `settleDirect()`.
 */
const pendingContexts: ExecutionContext[] = [];
export function callDirect(path: string, init?: RequestInit): Promise<Response> {
  const ctx = createExecutionContext();
  pendingContexts.push(ctx);
  return worker.fetch(
    new Request(BASE + path, init) as Request<unknown, IncomingRequestCfProperties>,
    env as never,
    ctx,
  );
}
export const settleDirect = () => Promise.all(pendingContexts.splice(0).map((ctx) => waitOnExecutionContext(ctx)));

let ipSeq = 0;
/** A client address never used before in this run, so tests do not share a rate-limit budget. */
export const freshIp = () => {
  ipSeq += 1;
  return `198.${(Date.now() >> 16) & 255}.${(ipSeq >> 8) & 255}.${ipSeq & 255}`;
};

let uniq = 0;
export const uid = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(uniq++).toString(36)}`;

export async function adminCall(method: string, path: string, body?: unknown, token: string | null = SUPER) {
  const headers: Record<string, string> = {};
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return call(`/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

/** Admin call that must succeed; returns the parsed JSON. */
export async function adminOk<T = any>(
  method: string,
  path: string,
  body?: unknown,
  token: string | null = SUPER,
): Promise<T> {
  const res = await adminCall(method, path, body, token);
  const text = await res.text();
  expect(res.status, `${method} ${path}: ${text}`).toBeLessThan(300);
  return JSON.parse(text) as T;
}

export type PledgeOpts = {
  key?: string | null;
  origin?: string | null;
  ip?: string;
  raw?: string;
  headers?: Record<string, string>;
};

export function pledge(campaignId: string, body: unknown, o: PledgeOpts & { direct?: boolean } = {}) {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'CF-Connecting-IP': o.ip ?? freshIp(),
    ...o.headers,
  };
  if (o.key !== null) headers['Idempotency-Key'] = o.key ?? crypto.randomUUID();
  if (o.origin !== null) headers.Origin = o.origin ?? SITE;
  return (o.direct ? callDirect : call)(`/api/v1/campaigns/${encodeURIComponent(campaignId)}/donations`, {
    method: 'POST',
    headers,
    body: o.raw ?? JSON.stringify(body),
  });
}

/** Asserts an RFC 9457 problem with the given status and code; returns it. */
export async function expectProblem(res: Response, status: number, code: string) {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  const p = JSON.parse(text);
  expect(p).toMatchObject({ status, code });
  expect(typeof p.type).toBe('string');
  expect(typeof p.title).toBe('string');
  expect(typeof p.detail).toBe('string');
  return p as {
    type: string;
    title: string;
    status: number;
    detail: string;
    code: string;
    errors?: { path: string; message: string }[];
  };
}

/** A fresh organisation with a project and an open campaign, registered for SITE. */
export async function makeCampaign(opts: { goalAmount?: number; status?: string; endsAt?: string | null } = {}) {
  const orgId = uid('org');
  await adminOk('POST', '/admin/orgs', { id: orgId, name: `测试机构 ${orgId}` });
  await adminOk('POST', '/admin/sites', { orgId, origin: SITE });
  const projectId = uid('pj');
  await adminOk('POST', '/admin/projects', {
    id: projectId,
    orgId,
    title: '测试项目',
    summary: '摘要',
    category: 'meals',
    status: 'in_progress',
  });
  const recipientId = await makeRecipient(orgId);
  const campaignId = uid('cp');
  await adminOk('POST', '/admin/campaigns', {
    id: campaignId,
    projectId,
    title: '测试募捐',
    goalAmount: opts.goalAmount ?? 1_000_000,
    status: opts.status ?? 'open',
    endsAt: opts.endsAt ?? null,
    tiers: [{ amount: 2000, label: '5 天午餐' }],
    ...filing(recipientId),
  });
  return { orgId, projectId, campaignId, recipientId };
}

/** A charity with public-fundraising qualification, so the organisation's campaigns may take gifts. */
export async function makeRecipient(orgId: string, qualification: string | null = '具有公开募捐资格'): Promise<string> {
  const { id } = await adminOk('POST', '/admin/recipients', {
    orgId,
    name: '测试慈善总会',
    creditCode: '53430000MJJ000000X',
    qualification,
  });
  return id as string;
}

/** Campaign fields naming the recipient and a filed plan. */
export const filing = (recipientId: string) => ({
  recipientId,
  filingNumber: '53430000MJJ000000X26001',
  filingUrl: 'https://cszg.mca.gov.cn/',
  platform: '腾讯公益',
});

export const campaignRow = (id: string) =>
  env.DB.prepare('SELECT raised_amount, pending_amount, donor_count FROM campaigns WHERE id = ?').bind(id).first<{
    raised_amount: number;
    pending_amount: number;
    donor_count: number;
  }>();

export const count = async (sql: string, ...args: unknown[]) =>
  (await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${sql}`)
    .bind(...args)
    .first<{ n: number }>())!.n;
