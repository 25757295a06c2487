// The public and admin answers have two descriptions: the worker's zod schemas (what it validates
// and documents in /openapi.json) and the TypeScript types in common/wire (what the widgets, the
// console and the worker's pages read). This file compiles only while each schema's output and
// its wire type are assignable to each other both ways, so a field added, dropped, renamed, made
// nullable or given another enum on one side alone fails `npm run typecheck`, naming the field.
import type { z } from '@hono/zod-openapi';
import type { AuditEntry, AuditPage } from '../../common/wire/admin-audit';
import type { AdminCampaign } from '../../common/wire/admin-campaign';
import type { AdminDonation, AdminDonationPage } from '../../common/wire/admin-donation';
import type { EmbedCode } from '../../common/wire/admin-embed-code';
import type { AdminExpenditure } from '../../common/wire/admin-expenditure';
import type {
  AdminLunchClosure,
  AdminLunchReport,
  AdminLunchSchool,
  AdminLunchSponsorship,
} from '../../common/wire/admin-lunch';
import type { AdminMatcher, AdminMatchFund } from '../../common/wire/admin-matching';
import type { AdminMonthlyPlan } from '../../common/wire/admin-monthly-plan';
import type { AdminOrg, AdminOrgListItem } from '../../common/wire/admin-org';
import type { AdminProject, AdminProjectUpdate } from '../../common/wire/admin-project';
import type { AdminRecipient } from '../../common/wire/admin-recipient';
import type { AdminSession } from '../../common/wire/admin-session';
import type { AdminSite } from '../../common/wire/admin-site';
import type { AdminStats } from '../../common/wire/admin-stats';
import type { AdminToken, IssuedToken } from '../../common/wire/admin-token';
import type { AdminWish, AdminWishDetail, AdminWishPage } from '../../common/wire/admin-wishes';
import type { Campaign } from '../../common/wire/campaign';
import type { Disclosure } from '../../common/wire/disclosure';
import type { LunchSchool } from '../../common/wire/lunch';
import type { Org } from '../../common/wire/org';
import type { Problem } from '../../common/wire/problem';
import type { Project, ProjectPage } from '../../common/wire/project';
import type { Stats } from '../../common/wire/stats';
import type { ClaimResult, WishPage } from '../../common/wire/wishes';
import type {
  AdminCampaignSchema,
  AdminOrgListItemSchema,
  AdminOrgSchema,
  AdminSessionSchema,
  AdminProjectSchema,
  AdminUpdateSchema,
  EmbedCodeSchema,
  IssuedTokenSchema,
  SiteSchema,
  TokenSchema,
} from '../../worker/schemas/admin';
import type {
  AdminExpenditureSchema,
  AdminRecipientSchema,
  AuditEntrySchema,
  AuditPageSchema,
} from '../../worker/schemas/accountability';
import type { CampaignSchema } from '../../worker/schemas/campaigns';
import type { DisclosureSchema } from '../../worker/schemas/disclosure';
import type { ProblemSchema } from '../../worker/schemas/common';
import type { AdminDonationPageSchema, AdminDonationSchema } from '../../worker/schemas/donations';
import type {
  AdminClosureSchema,
  AdminLunchSchoolSchema,
  AdminReportSchema,
  AdminSponsorshipSchema,
  LunchSchoolSchema,
} from '../../worker/schemas/lunch';
import type { AdminMatcherSchema, AdminMatchFundSchema } from '../../worker/schemas/matching';
import type { AdminMonthlyPlanSchema } from '../../worker/schemas/monthly-plans';
import type { OrgSchema } from '../../worker/schemas/orgs';
import type { ProjectPageSchema, ProjectSchema } from '../../worker/schemas/projects';
import type { AdminStatsSchema, StatsSchema } from '../../worker/schemas/stats';
import type {
  AdminWishDetailSchema,
  AdminWishPageSchema,
  AdminWishSchema,
  ClaimResultSchema,
  WishPageSchema,
} from '../../worker/schemas/wishes';

/** Compiles only if A and B are assignable to each other; an error names the field that differs. */
function same<A, B>(_toWire: (fromSchema: A) => B, _toSchema: (fromWire: B) => A): void {}
const id = <T>(x: T) => x;

same<z.infer<typeof CampaignSchema>, Campaign>(id, id);
same<z.infer<typeof ProjectSchema>, Project>(id, id);
same<z.infer<typeof ProjectPageSchema>, ProjectPage>(id, id);
same<z.infer<typeof LunchSchoolSchema>, LunchSchool>(id, id);
same<z.infer<typeof WishPageSchema>, WishPage>(id, id);
same<z.infer<typeof ClaimResultSchema>, ClaimResult>(id, id);
same<z.infer<typeof StatsSchema>, Stats>(id, id);
same<z.infer<typeof OrgSchema>, Org>(id, id);
same<z.infer<typeof DisclosureSchema>, Disclosure>(id, id);
same<z.infer<typeof ProblemSchema>, Problem>(id, id);
same<z.infer<typeof AdminCampaignSchema>, AdminCampaign>(id, id);
same<z.infer<typeof AdminDonationSchema>, AdminDonation>(id, id);
same<z.infer<typeof AdminDonationPageSchema>, AdminDonationPage>(id, id);
same<z.infer<typeof AdminProjectSchema>, AdminProject>(id, id);
same<z.infer<typeof AdminUpdateSchema>, AdminProjectUpdate>(id, id);
same<z.infer<typeof AdminRecipientSchema>, AdminRecipient>(id, id);
same<z.infer<typeof AdminExpenditureSchema>, AdminExpenditure>(id, id);
same<z.infer<typeof AdminMatcherSchema>, AdminMatcher>(id, id);
same<z.infer<typeof AdminMatchFundSchema>, AdminMatchFund>(id, id);
same<z.infer<typeof AdminMonthlyPlanSchema>, AdminMonthlyPlan>(id, id);
same<z.infer<typeof AdminLunchSchoolSchema>, AdminLunchSchool>(id, id);
same<z.infer<typeof AdminReportSchema>, AdminLunchReport>(id, id);
same<z.infer<typeof AdminClosureSchema>, AdminLunchClosure>(id, id);
same<z.infer<typeof AdminSponsorshipSchema>, AdminLunchSponsorship>(id, id);
same<z.infer<typeof AdminWishSchema>, AdminWish>(id, id);
same<z.infer<typeof AdminWishDetailSchema>, AdminWishDetail>(id, id);
same<z.infer<typeof AdminWishPageSchema>, AdminWishPage>(id, id);
same<z.infer<typeof TokenSchema>, AdminToken>(id, id);
same<z.infer<typeof IssuedTokenSchema>, IssuedToken>(id, id);
same<z.infer<typeof SiteSchema>, AdminSite>(id, id);
same<z.infer<typeof AuditEntrySchema>, AuditEntry>(id, id);
same<z.infer<typeof AuditPageSchema>, AuditPage>(id, id);
same<z.infer<typeof AdminStatsSchema>, AdminStats>(id, id);
same<z.infer<typeof AdminOrgSchema>, AdminOrg>(id, id);
same<z.infer<typeof AdminOrgListItemSchema>, AdminOrgListItem>(id, id);
same<z.infer<typeof AdminSessionSchema>, AdminSession>(id, id);
same<z.infer<typeof EmbedCodeSchema>, EmbedCode>(id, id);
