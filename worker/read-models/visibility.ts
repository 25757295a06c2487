// What the public may see. An unpublished project (and everything under it) and a draft campaign
// are 404 to every public reader (API, embed and share pages, oEmbed, lists): the same answer as
// for something that never existed, so an unpublished object cannot be probed. Staff see all.
import { notFound } from '../lib/problem';

/** SQL: the project `p` is public. */
export const PUBLIC_PROJECT = 'p.published = 1';

type Visible = {
  published?: number | null;
  project_published?: number | null;
  status?: string;
  campaign_status?: string;
};

export function assertPublicProject(row: Visible, id: string): void {
  if (row.published === 0) throw notFound('Project', id);
}

export function assertPublicCampaign(row: Visible, id: string): void {
  if (row.status === 'draft' || row.project_published === 0) throw notFound('Campaign', id);
}

export function assertPublicSchool(row: Visible, id: string): void {
  if (row.campaign_status === 'draft' || row.project_published === 0) throw notFound('Lunch school', id);
}
