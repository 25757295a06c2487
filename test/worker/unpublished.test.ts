// Unpublished objects are 404 to the public, everywhere, caches included: a draft campaign, a
// project staff took off the public pages (and its campaigns and lunch school), whether or not a
// reader had it cached a moment before.
import { describe, expect, it } from 'vitest';
import { adminOk, BASE, call, expectProblem, makeCampaign, pledge, uid } from './helpers';

const read = (path: string) => call(path, { headers: { Origin: 'https://news.example.cn' } });
const oembedOf = (path: string) => read(`/oembed?url=${encodeURIComponent(BASE + path)}`);

/** Every public surface of a campaign and its project, with its status. */
async function surfaces(o: { projectId: string; campaignId: string; orgId: string }) {
  const paths = [
    `/api/v1/campaigns/${o.campaignId}`,
    `/embed/progress/${o.campaignId}`,
    `/embed/progress/${o.campaignId}?lang=en&elder=1`,
    `/api/v1/projects/${o.projectId}`,
    `/embed/project/${o.projectId}`,
    `/p/${o.projectId}`,
  ];
  const out: Record<string, number> = {};
  for (const p of paths) {
    const res = await read(p);
    await res.body?.cancel();
    out[p] = res.status;
  }
  const oembed = await oembedOf(`/embed/progress/${o.campaignId}`);
  await oembed.body?.cancel();
  out.oembed = oembed.status;
  return out;
}

const listed = async (orgId: string, projectId: string) =>
  (await (await read(`/api/v1/orgs/${orgId}/projects`)).json<{ items: { id: string }[] }>()).items
    .map((p) => p.id)
    .includes(projectId);

describe('unpublished objects are not public', () => {
  it('a draft campaign is 404 on the API, its embed page and oEmbed; the project page does not link it; pledges are 404', async () => {
    const o = await makeCampaign({ status: 'draft' });
    const s = await surfaces(o);
    expect(s).toMatchObject({
      [`/api/v1/campaigns/${o.campaignId}`]: 404,
      [`/embed/progress/${o.campaignId}`]: 404,
      oembed: 404,
    });
    expect(s[`/api/v1/projects/${o.projectId}`]).toBe(200);
    const project = await (await read(`/api/v1/projects/${o.projectId}`)).json<{ campaignId: string | null }>();
    expect(project.campaignId).toBeNull();
    await expectProblem(await pledge(o.campaignId, { amount: 100 }), 404, 'not_found');
  });

  it('a campaign read (and cached) a moment ago, then set back to draft by staff: 404 at once on every surface', async () => {
    const o = await makeCampaign();
    expect(Object.values(await surfaces(o))).toEqual(Array(7).fill(200));
    expect(Object.values(await surfaces(o))).toEqual(Array(7).fill(200)); // now from the cache
    await adminOk('PATCH', `/admin/campaigns/${o.campaignId}`, { status: 'draft' });
    const s = await surfaces(o);
    expect(s).toMatchObject({
      [`/api/v1/campaigns/${o.campaignId}`]: 404,
      [`/embed/progress/${o.campaignId}`]: 404,
      [`/embed/progress/${o.campaignId}?lang=en&elder=1`]: 404,
      oembed: 404,
    });
    await adminOk('PATCH', `/admin/campaigns/${o.campaignId}`, { status: 'open' });
    expect((await read(`/api/v1/campaigns/${o.campaignId}`)).status).toBe(200);
  });

  it('a project taken off the public pages: it, its campaign, its lunch school and its list entry are gone, caches included', async () => {
    const o = await makeCampaign();
    const school = await adminOk('POST', '/admin/lunch', {
      id: uid('ls'),
      orgId: o.orgId,
      name: '教学点',
      childrenCount: 5,
      mealPrice: 400,
      startsOn: '2026-09-01',
    });
    expect((await read(`/api/v1/lunch/${school.id}`)).status).toBe(200);
    expect(Object.values(await surfaces(o))).toEqual(Array(7).fill(200));
    expect(await listed(o.orgId, o.projectId)).toBe(true);

    const patched = await adminOk('PATCH', `/admin/projects/${o.projectId}`, { published: false });
    expect(patched.published).toBe(false);
    expect(Object.values(await surfaces(o))).toEqual(Array(7).fill(404));
    expect(await listed(o.orgId, o.projectId)).toBe(false);
    const schoolProject = await adminOk('GET', `/admin/campaigns?orgId=${o.orgId}`);
    const schoolCampaign = schoolProject.items.find((c: { id: string }) => c.id === school.campaignId);
    if (schoolCampaign) await adminOk('PATCH', `/admin/projects/${schoolCampaign.projectId}`, { published: false });
    expect((await read(`/api/v1/lunch/${school.id}`)).status).toBe(404);
    expect((await read(`/embed/lunch/${school.id}`)).status).toBe(404);
    await expectProblem(await pledge(o.campaignId, { amount: 100 }), 404, 'not_found');
    // The share page says so in words, not a blank page.
    const page = await (await read(`/p/${o.projectId}`)).text();
    expect(page).toMatch(/不存在|已下线|no longer|not found/i);

    // Staff still see and can publish it again.
    expect((await adminOk('GET', `/admin/projects?orgId=${o.orgId}`)).items.map((p: { id: string }) => p.id)).toContain(
      o.projectId,
    );
    await adminOk('PATCH', `/admin/projects/${o.projectId}`, { published: true });
    expect(Object.values(await surfaces(o))).toEqual(Array(7).fill(200));
  });
});
