// Where the super-admin lands: the organisation with pledges waiting to be confirmed (the console's
// daily work), else the one with the most in it; never an empty one ahead of one with data just
// because its id sorts first. A choice made in this window (sessionStorage) wins over both.
import type { AdminOrgListItem, OrgActivity } from '../common/wire/admin-org.js';

/** What the choice reads of an organisation in GET /admin/orgs. */
type ListedOrg = Pick<AdminOrgListItem, 'id' | 'activity'>;

const content = (a: OrgActivity | undefined) => (a ? a.projects + a.campaigns + a.schools + a.wishes + a.figures : 0);

/** The organisation to open on ('' when there is none). */
export function firstOrg(orgs: readonly ListedOrg[], remembered: string | null): string {
  if (remembered && orgs.some((o) => o.id === remembered)) return remembered;
  let best: ListedOrg | undefined;
  for (const o of orgs) {
    if (!best) best = o;
    else {
      const [a, b] = [o.activity, best.activity];
      const more = (a?.pendingPledges ?? 0) - (b?.pendingPledges ?? 0) || content(a) - content(b);
      if (more > 0) best = o;
    }
  }
  return best?.id ?? '';
}
