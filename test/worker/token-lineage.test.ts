// Tokens minting tokens: only owners mint and revoke; a minted token names its minter; revoking a
// token revokes everything it minted, down the line (an organisation token can no longer leave a
// working copy of itself behind, or revoke its colleagues without being an owner). A token never
// outlives its minter, not even by racing its revocation; no label passes for the super-admin.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { adminCall, adminOk, callDirect, expectProblem, makeCampaign, settleDirect, SUPER } from './helpers';

const mint = (orgId: string, by?: string, extra: Record<string, unknown> = {}) =>
  adminOk('POST', '/admin/tokens', { orgId, label: 'x', ...extra }, by);
const works = async (token: string) => (await adminCall('GET', '/admin/session', undefined, token)).status === 200;

describe('token lineage', () => {
  it('an owner mints editors by default; editors cannot mint or revoke; the list shows who minted what', async () => {
    const { orgId } = await makeCampaign();
    const owner = await mint(orgId);
    expect(owner).toMatchObject({ role: 'owner', mintedBy: null });
    const editor = await mint(orgId, owner.token);
    expect(editor).toMatchObject({ role: 'editor', mintedBy: owner.id });
    const staff = await mint(orgId, owner.token, { role: 'finance' });
    await expectProblem(
      await adminCall('POST', '/admin/tokens', { orgId, label: 'copy' }, editor.token),
      403,
      'forbidden',
    );
    await expectProblem(
      await adminCall('DELETE', `/admin/tokens/${staff.id}`, undefined, editor.token),
      403,
      'forbidden',
    );
    expect(await works(staff.token)).toBe(true);
    const list = await adminOk('GET', `/admin/tokens?orgId=${orgId}`);
    expect(list.items.find((t: { id: string }) => t.id === editor.id)).toMatchObject({
      role: 'editor',
      mintedBy: owner.id,
    });
  });

  it('revoking a token revokes what it minted, and what those minted', async () => {
    const { orgId } = await makeCampaign();
    const l = await mint(orgId);
    const c = await mint(orgId, l.token, { role: 'owner' });
    const grandchild = await mint(orgId, c.token);
    const colleague = await mint(orgId);
    await adminOk('DELETE', `/admin/tokens/${l.id}`);
    for (const t of [l, c, grandchild]) expect(await works(t.token), t.id).toBe(false);
    expect(await works(colleague.token)).toBe(true);
  });
});

describe('a token revoked while it mints', () => {
  it('leaves no live child, however the mints and the revocation interleave', async () => {
    const { orgId } = await makeCampaign();
    const leaked = await mint(orgId);
    // The leaked owner token mints in a loop, always 8 requests in flight; after the 10th answer
    // the super-admin revokes it, and the loop goes on until 30 mints have been refused.
    const issued: { id: string; token: string }[] = [];
    let answered = 0;
    let refused = 0;
    let revocation: Promise<Response> | undefined;
    const loop = async () => {
      while (refused < 30) {
        const res = await callDirect('/api/v1/admin/tokens', {
          method: 'POST',
          headers: { Authorization: `Bearer ${leaked.token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ orgId, label: 'copy', role: 'owner' }),
        });
        if (res.status === 201) issued.push(await res.json());
        else {
          expect(res.status, await res.text()).toBe(401);
          refused++;
        }
        if (++answered === 10)
          revocation = callDirect(`/api/v1/admin/tokens/${leaked.id}`, {
            method: 'DELETE',
            headers: { Authorization: `Bearer ${SUPER}` },
          });
      }
    };
    await Promise.all(Array.from({ length: 8 }, loop));
    expect((await revocation!).status).toBe(200);
    await settleDirect();
    expect(issued.length).toBeGreaterThanOrEqual(10);
    const { results } = await env.DB.prepare('SELECT id, created_at, revoked_at FROM admin_tokens WHERE minted_by = ?')
      .bind(leaked.id)
      .all<{
        id: string;
        created_at: string;
        revoked_at: string | null;
      }>();
    expect(results.length).toBe(issued.length);
    expect(
      results.filter((t) => t.revoked_at === null),
      'children still live',
    ).toEqual([]);
    for (const t of issued) expect(await works(t.token), t.id).toBe(false);
  });
});

describe('a token minted by an expiring one', () => {
  const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

  it('expires with its minter when it asks for no expiry, and stops working then', async () => {
    const { orgId } = await makeCampaign();
    const owner = await mint(orgId, undefined, { expiresAt: inMs(3000) });
    const plain = await mint(orgId, owner.token, { role: 'owner' });
    const asNull = await mint(orgId, owner.token, { expiresAt: null });
    expect(plain.expiresAt).toBe(owner.expiresAt);
    expect(asNull.expiresAt).toBe(owner.expiresAt);
    // down the line: the grandchild inherits the same limit
    expect((await mint(orgId, plain.token)).expiresAt).toBe(owner.expiresAt);
    expect(await works(plain.token)).toBe(true);
    await new Promise((r) => setTimeout(r, Date.parse(owner.expiresAt) - Date.now() + 50));
    for (const t of [owner, plain, asNull]) expect(await works(t.token), t.id).toBe(false);
  });

  it('may expire sooner, never later: a later expiry is refused and nothing is minted', async () => {
    const { orgId } = await makeCampaign();
    const owner = await mint(orgId, undefined, { expiresAt: inMs(3_600_000) });
    const sooner = inMs(600_000);
    expect((await mint(orgId, owner.token, { expiresAt: sooner })).expiresAt).toBe(sooner);
    const before = (await adminOk('GET', `/admin/tokens?orgId=${orgId}`)).items.length;
    const p = await expectProblem(
      await adminCall('POST', '/admin/tokens', { orgId, label: 'x', expiresAt: inMs(86_400_000) }, owner.token),
      400,
      'validation_failed',
    );
    expect(p.errors).toEqual([{ path: 'expiresAt', message: expect.stringContaining(owner.expiresAt) }]);
    expect((await adminOk('GET', `/admin/tokens?orgId=${orgId}`)).items.length).toBe(before);
    // a token that never expires mints ones that never expire, as before
    const permanent = await mint(orgId);
    expect((await mint(orgId, permanent.token)).expiresAt).toBeNull();
  });

  it('an already-expired token is never minted, by anyone', async () => {
    const { orgId } = await makeCampaign();
    const owner = await mint(orgId);
    for (const by of [SUPER, owner.token]) {
      const p = await expectProblem(
        await adminCall('POST', '/admin/tokens', { orgId, label: 'x', expiresAt: inMs(-60_000) }, by),
        400,
        'validation_failed',
      );
      expect(p.errors?.[0]?.path).toBe('expiresAt');
    }
    expect((await adminOk('GET', `/admin/tokens?orgId=${orgId}`)).items.length).toBe(1);
  });
});

describe('tokens that slipped through before the database checked the minter', () => {
  it('are revoked, or cut to their minter’s expiry, when the migration runs', async () => {
    const { orgId } = await makeCampaign();
    const revoked = await mint(orgId);
    const survivor = await mint(orgId, revoked.token, { role: 'owner' });
    const grandchild = await mint(orgId, survivor.token);
    const expiring = await mint(orgId, undefined, { expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    const outliving = await mint(orgId, expiring.token, { role: 'owner' });
    // What the race used to leave: the minter revoked alone, a child that never expires.
    await env.DB.batch([
      env.DB.prepare('UPDATE admin_tokens SET revoked_at = ? WHERE id = ?').bind(
        '2026-01-01T00:00:00.000Z',
        revoked.id,
      ),
      env.DB.prepare('UPDATE admin_tokens SET expires_at = NULL WHERE id = ?').bind(outliving.id),
    ]);
    expect(await works(survivor.token)).toBe(true);
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.includes('_token_lineage'))!;
    await env.DB.prepare(migration.queries.at(-1)!).run();
    for (const t of [revoked, survivor, grandchild]) expect(await works(t.token), t.id).toBe(false);
    const row = (id: string) =>
      env.DB.prepare('SELECT * FROM admin_tokens WHERE id = ?')
        .bind(id)
        .first<{ revoked_at: string; expires_at: string }>();
    // revoked when it was made, since that was after its minter's revocation
    expect((await row(survivor.id))!.revoked_at).toBe(survivor.createdAt);
    expect((await row(outliving.id))!.expires_at).toBe(expiring.expiresAt);
    expect(await works(outliving.token)).toBe(true);
  });
});

describe('token labels', () => {
  it('none may pass for the super-admin in the audit trail', async () => {
    const { orgId } = await makeCampaign();
    const owner = await mint(orgId);
    for (const label of [
      'super-admin',
      'Super-Admin',
      ' SUPER ADMIN ',
      'ｓｕｐｅｒ－ａｄｍｉｎ',
      'superadmin',
      '超级管理员',
      '超級管理員',
    ]) {
      const p = await expectProblem(
        await adminCall('POST', '/admin/tokens', { orgId, label }, owner.token),
        400,
        'validation_failed',
      );
      expect(
        p.errors?.map((e) => e.path),
        label,
      ).toEqual(['label']);
    }
    expect((await adminOk('GET', `/admin/tokens?orgId=${orgId}`)).items.length).toBe(1);
    expect(await mint(orgId, owner.token, { label: '超级管理员助理 王芳' })).toMatchObject({
      label: '超级管理员助理 王芳',
    });
  });
});
