// The staff console: the /admin shell is denied framing, strictly CSP'd and never cached; the
// session endpoint tells the console who a token is (super-admin, or exactly one organisation).
import { describe, expect, it } from 'vitest';
import { adminCall, adminOk, call, expectProblem, makeCampaign, pledge } from './helpers';

describe('GET /admin (console shell)', () => {
  it.each(['/admin', '/admin/'])('%s is an HTML shell that loads /admin.js and nothing inline', async (path) => {
    const res = await call(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('<html lang="zh-Hans">');
    expect(html).toContain('<script type="module" src="/admin.js"></script>');
    expect(html).toContain('<gongyi-admin></gongyi-admin>');
    // strict CSP: no inline script body, no style attribute
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('is denied framing, CSP-strict and not cached', async () => {
    const res = await call('/admin');
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const csp = Object.fromEntries(
      (res.headers.get('Content-Security-Policy') ?? '').split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(csp['frame-ancestors']).toBe("'none'");
    expect(csp['default-src']).toBe("'none'");
    expect(csp['script-src']).toBe("'self'"); // no 'unsafe-inline', no 'unsafe-eval'
    expect(csp['style-src']).toBe("'self'");
    expect(csp['connect-src']).toBe("'self'");
    expect(csp['frame-src']).toBe("'self'"); // embed previews are same-origin frames
    expect(csp['object-src']).toBe("'none'");
    expect(csp['base-uri']).toBe("'none'");
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('the token never travels in the page: the shell is the same with or without credentials', async () => {
    const plain = await (await call('/admin')).text();
    const withAuth = await (await call('/admin', { headers: { Authorization: 'Bearer test' } })).text();
    expect(withAuth).toBe(plain);
  });
});

describe('GET /api/v1/admin/session', () => {
  it('the super token is the super-admin', async () => {
    const session = await adminOk('GET', '/admin/session');
    expect(session).toMatchObject({ kind: 'super' });
    expect(session.allowed).toContain('GET /admin/metrics');
  });

  it('an organisation token is exactly its organisation, with its name', async () => {
    const { orgId } = await makeCampaign();
    const { token, id } = await adminOk('POST', '/admin/tokens', { orgId, label: 'console' });
    const session = await adminOk('GET', '/admin/session', undefined, token);
    expect(session).toMatchObject({
      kind: 'org',
      orgId,
      orgName: `测试机构 ${orgId}`,
      tokenId: id,
      label: 'console',
      role: 'owner',
    });
    expect(session.allowed).toContain('POST /admin/tokens');
    expect(session.allowed).not.toContain('GET /admin/metrics');
    // An editor's session lists no money actions: the console shows no confirm button.
    const editor = (await adminOk('POST', '/admin/tokens', { orgId, label: '编辑', role: 'editor' })).token;
    const allowed = (await adminOk('GET', '/admin/session', undefined, editor)).allowed as string[];
    expect(allowed).toContain('PATCH /admin/projects/:id');
    expect(allowed).not.toContain('POST /admin/donations/:id/confirm');
  });

  it.each([
    ['no token', null],
    ['an unknown token', 'gy_not-a-real-token'],
  ])('%s → 401 problem', async (_, token) => {
    await expectProblem(await adminCall('GET', '/admin/session', undefined, token), 401, 'unauthorized');
  });

  it('a revoked token → 401, so the console returns to sign-in', async () => {
    const { orgId } = await makeCampaign();
    const issued = await adminOk('POST', '/admin/tokens', { orgId });
    await adminOk('DELETE', `/admin/tokens/${issued.id}`);
    await expectProblem(await adminCall('GET', '/admin/session', undefined, issued.token), 401, 'unauthorized');
  });
});

describe('GET /admin/orgs: what each organisation holds', () => {
  it('counts pledges waiting, projects, campaigns, schools, wishes and figures, so the console opens where the work is', async () => {
    const A = await makeCampaign();
    const before = (await adminOk('GET', '/admin/orgs')).items.find((o: any) => o.id === A.orgId);
    expect(before.activity).toEqual({
      pendingPledges: 0,
      projects: 1,
      campaigns: 1,
      schools: 0,
      wishes: 0,
      figures: 0,
    });
    expect((await pledge(A.campaignId, { amount: 500, name: '读者' })).status).toBe(201);
    const after = (await adminOk('GET', '/admin/orgs')).items.find((o: any) => o.id === A.orgId);
    expect(after.activity.pendingPledges).toBe(1);
    // An organisation token sees its own, with the same counts.
    const { token } = await adminOk('POST', '/admin/tokens', { orgId: A.orgId, role: 'viewer', label: '只读' });
    const own = await adminOk('GET', '/admin/orgs', undefined, token);
    expect(own.items.map((o: any) => [o.id, o.activity.pendingPledges])).toEqual([[A.orgId, 1]]);
  });
});
