// Cache tags: every cached read names the one object its answer is about (its subject), and a
// write purges the subjects whose answers it changes. `all` is purged by staff edits, which may
// touch anything (an organisation's name shows on every page of it).
// The same names go out as `Cache-Tag` headers, so Workers Cache purges by the same tags.
export type CacheTag = `org:${string}` | `project:${string}` | `campaign:${string}` | `school:${string}` | 'all';

export const orgTag = (id: string): CacheTag => `org:${id}`;
export const projectTag = (id: string): CacheTag => `project:${id}`;
export const campaignTag = (id: string): CacheTag => `campaign:${id}`;
export const schoolTag = (id: string): CacheTag => `school:${id}`;
export const ALL: CacheTag = 'all';

/**
 * What a change to a campaign's money (a pledge, sponsorship, confirmation, payment, refund,
 * expiry) is seen in: the campaign, its project's card and pages, a lunch school it funds, and
 * its organisation's lists and figures. One query.
 */
export async function tagsOfCampaign(db: D1Database, campaignId: string): Promise<CacheTag[]> {
  // A confirmation also changes what a shared matching fund has left on its other campaigns.
  const [own, siblings] = await db.batch<unknown>([
    db
      .prepare(
        `SELECT c.project_id, p.org_id, (SELECT s.id FROM lunch_schools s WHERE s.campaign_id = c.id LIMIT 1) AS school_id
                FROM campaigns c JOIN projects p ON p.id = c.project_id WHERE c.id = ?`,
      )
      .bind(campaignId),
    db
      .prepare(
        `SELECT DISTINCT b.campaign_id FROM match_fund_campaigns a JOIN match_fund_campaigns b ON b.fund_id = a.fund_id
                WHERE a.campaign_id = ? AND b.campaign_id <> a.campaign_id`,
      )
      .bind(campaignId),
  ]);
  const row = own?.results[0] as { project_id: string; org_id: string; school_id: string | null } | undefined;
  const shared = ((siblings?.results ?? []) as { campaign_id: string }[]).map((r) => campaignTag(r.campaign_id));
  const tags = row
    ? campaignTags({ campaignId, projectId: row.project_id, orgId: row.org_id, schoolId: row.school_id })
    : [campaignTag(campaignId)];
  return [...tags, ...shared];
}

/**
 * What a new pledge (pending money) is seen in: the campaign, its project's pages and its school.
 * The organisation's figures and column count only confirmed money, so they stay.
 */
export const pendingTags = (o: { campaignId: string; projectId: string; schoolId?: string | null }): CacheTag[] => [
  campaignTag(o.campaignId),
  projectTag(o.projectId),
  ...(o.schoolId ? [schoolTag(o.schoolId)] : []),
];

/** The same, when the caller already read the campaign's project, organisation and school. */
export const campaignTags = (o: {
  campaignId: string;
  projectId: string;
  orgId: string;
  schoolId?: string | null;
}): CacheTag[] => [
  campaignTag(o.campaignId),
  projectTag(o.projectId),
  orgTag(o.orgId),
  ...(o.schoolId ? [schoolTag(o.schoolId)] : []),
];
