// What the embed code and oEmbed need to know about an embeddable object: its title (the iframe's
// accessible name), the organisation that owns it (for scope checks and oEmbed author_name) and,
// for projects and campaigns, the project whose share page is the link. Unknown → 404 not_found.
import { requireSchool } from '../db/lunch';
import { requireCampaign, requireOrg, requireProject } from '../db/queries';
import type { EmbedKind } from '../embedding/embed-code';
import { assertPublicCampaign, assertPublicProject, assertPublicSchool } from '../read-models/visibility';
import { messagesFor, type Locale } from './render/locale';

export type EmbedObject = {
  kind: EmbedKind;
  id: string;
  title: string;
  orgId: string;
  orgName: string;
  projectId: string | null;
};

/** `publicOnly` (oEmbed): an object the public may not see is 404, as on its pages. */
export async function describeEmbed(
  db: D1Database,
  kind: EmbedKind,
  id: string,
  locale: Locale,
  publicOnly = false,
): Promise<EmbedObject> {
  const m = messagesFor(locale);
  switch (kind) {
    case 'project': {
      const p = await requireProject(db, id);
      if (publicOnly) assertPublicProject(p, id);
      return { kind, id, title: p.title, orgId: p.org_id, orgName: p.org_name ?? '', projectId: p.id };
    }
    case 'progress': {
      const c = await requireCampaign(db, id);
      if (publicOnly) assertPublicCampaign(c, id);
      const org = await requireOrg(db, c.org_id ?? '');
      return { kind, id, title: c.title, orgId: org.id, orgName: org.name, projectId: c.project_id };
    }
    case 'lunch': {
      const s = await requireSchool(db, id);
      if (publicOnly) assertPublicSchool(s, id);
      const org = await requireOrg(db, s.org_id);
      return { kind, id, title: s.name, orgId: org.id, orgName: org.name, projectId: null };
    }
    default: {
      const org = await requireOrg(db, id);
      const what = { column: m.column.column, wishes: m.wishes.title, stats: m.stats.title }[kind];
      return { kind, id, title: `${org.name} · ${what}`, orgId: org.id, orgName: org.name, projectId: null };
    }
  }
}
