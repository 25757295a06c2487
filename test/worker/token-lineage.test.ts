// Tokens minting tokens: only owners mint and revoke; a minted token names its minter; revoking a
// token revokes everything it minted, down the line (an organisation token can no longer leave a
// working copy of itself behind, or revoke its colleagues without being an owner).
import { describe, expect, it } from 'vitest';
import { adminCall, adminOk, expectProblem, makeCampaign } from './helpers';

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
    await expectProblem(await adminCall('POST', '/admin/tokens', { orgId, label: 'copy' }, editor.token), 403, 'forbidden');
    await expectProblem(await adminCall('DELETE', `/admin/tokens/${staff.id}`, undefined, editor.token), 403, 'forbidden');
    expect(await works(staff.token)).toBe(true);
    const list = await adminOk('GET', `/admin/tokens?orgId=${orgId}`);
    expect(list.items.find((t: { id: string }) => t.id === editor.id)).toMatchObject({ role: 'editor', mintedBy: owner.id });
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
