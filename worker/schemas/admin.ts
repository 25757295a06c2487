// Admin request/response schemas. Create bodies may carry an `id` (slug); PATCH bodies are partial
// and never move an object to another organisation or project.
import { z } from '@hono/zod-openapi';
import { EMBED_KINDS } from '../../common/embed-kinds';
import { TOKEN_ROLES } from '../../common/roles';
import { OrgSchema } from './orgs';
import { LinkSchema, ProjectSummarySchema } from './projects';
import { CampaignFilingFields } from './accountability';
import { RecipientSchema, TierSchema } from './campaigns';
import { PAYMENT_PROVIDERS } from '../payments/provider';
import {
  CAMPAIGN_STATUSES,
  Currency,
  STAFF_DONATION_STATUSES,
  IsoDate,
  IsoDateTime,
  Money,
  PROJECT_CATEGORIES,
  PROJECT_STATUSES,
  Slug,
  UPDATE_STATES,
  Url,
} from './common';

const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).nullable().optional();
const Timestamps = { createdAt: z.string(), updatedAt: z.string() };

// Payment settings: which provider takes the money, and what an offline donor is shown.
const PaymentProvider = z
  .enum(PAYMENT_PROVIDERS)
  .openapi({ description: 'offline (staff confirm), wechatpay (Native QR) or stripe (Checkout)' });
const OrgPaymentFields = {
  paymentProvider: PaymentProvider.optional(),
  paymentAccount: optText(500).openapi({
    description: 'Offline: bank account to transfer to (户名/开户行/账号), shown with the instructions',
  }),
  paymentQrUrl: Url.nullable()
    .optional()
    .openapi({ description: "Offline: image of the organisation's static payment QR code" }),
};

// Organisations
export const OrgCreate = z
  .object({
    id: Slug.optional(),
    name: text(200),
    region: optText(200),
    brand: optText(200),
    logoUrl: Url.nullable().optional(),
    website: Url.nullable().optional(),
    ...OrgPaymentFields,
  })
  .openapi('OrgCreate');
export const OrgPatch = OrgCreate.omit({ id: true }).partial().openapi('OrgPatch');
export const AdminOrgSchema = OrgSchema.extend({
  paymentProvider: z.enum(PAYMENT_PROVIDERS),
  paymentAccount: z.string().nullable(),
  paymentQrUrl: z.string().nullable(),
  ...Timestamps,
}).openapi('AdminOrganisation');
/** In the list: how much each organisation holds, so the console opens where the work is. */
export const OrgActivitySchema = z
  .object({
    pendingPledges: z.number().int(),
    projects: z.number().int(),
    campaigns: z.number().int(),
    schools: z.number().int(),
    wishes: z.number().int(),
    figures: z.number().int(),
  })
  .openapi('OrganisationActivity');
export const AdminOrgListItemSchema = AdminOrgSchema.extend({ activity: OrgActivitySchema }).openapi(
  'AdminOrganisationListItem',
);

// Sites
export const SiteCreate = z
  .object({
    id: Slug.optional(),
    orgId: z.string().min(1),
    origin: Url.openapi({ example: 'https://news.example.cn' }),
  })
  .openapi('SiteCreate');
export const SitePatch = z.object({ origin: Url }).openapi('SitePatch');
export const SiteSchema = z
  .object({ id: z.string(), orgId: z.string(), origin: z.string(), createdAt: z.string() })
  .openapi('Site');

// Projects
export const ProjectCreate = z
  .object({
    id: Slug.optional(),
    orgId: z.string().min(1),
    title: text(200),
    summary: z.string().trim().max(2000),
    body: z.string().max(10_000).optional(),
    coverUrl: Url.nullable().optional(),
    category: z.enum(PROJECT_CATEGORIES),
    location: optText(200),
    beneficiaries: optText(200),
    status: z.enum(PROJECT_STATUSES),
    links: z.array(LinkSchema).max(20).optional(),
    /** false: off every public page (withdrawn or not ready); its campaigns and schools too. Default true. */
    published: z.boolean().optional(),
  })
  .openapi('ProjectCreate');
export const ProjectPatch = ProjectCreate.omit({ id: true, orgId: true }).partial().openapi('ProjectPatch');
export const AdminProjectSchema = ProjectSummarySchema.extend({
  body: z.string(),
  links: z.array(LinkSchema),
  published: z.boolean(),
  ...Timestamps,
}).openapi('AdminProject');

// Progress updates
export const UpdateCreate = z
  .object({
    id: Slug.optional(),
    title: text(200),
    state: z.enum(UPDATE_STATES),
    date: IsoDate,
    body: z.string().max(5000).optional(),
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .openapi('ProjectUpdateCreate');
export const UpdatePatch = UpdateCreate.omit({ id: true }).partial().openapi('ProjectUpdatePatch');
export const AdminUpdateSchema = z
  .object({
    id: z.string(),
    projectId: z.string(),
    date: z.string(),
    title: z.string(),
    body: z.string(),
    state: z.enum(UPDATE_STATES),
    position: z.number().int(),
  })
  .openapi('AdminProjectUpdate');

// Campaigns
export const CampaignCreate = z
  .object({
    id: Slug.optional(),
    projectId: z.string().min(1),
    title: text(200),
    goalAmount: Money,
    currency: Currency.default('CNY'),
    endsAt: IsoDateTime.nullable().optional(),
    status: z.enum(CAMPAIGN_STATUSES).default('open'),
    tiers: z.array(TierSchema).max(10).optional(),
    paymentInstructions: optText(1000),
    paymentProvider: PaymentProvider.nullable()
      .optional()
      .openapi({ description: "null: the organisation's provider" }),
    monthlyAllowed: z.boolean().optional().openapi({ description: 'Offer monthly giving (月捐) in the pledge form' }),
    ...CampaignFilingFields,
  })
  .openapi('CampaignCreate');
export const CampaignPatch = z
  .object({
    title: text(200),
    goalAmount: Money,
    endsAt: IsoDateTime.nullable(),
    status: z.enum(CAMPAIGN_STATUSES),
    tiers: z.array(TierSchema).max(10),
    paymentInstructions: z.string().trim().max(1000).nullable(),
    paymentProvider: PaymentProvider.nullable().openapi({ description: "null: the organisation's provider" }),
    monthlyAllowed: z.boolean(),
    ...CampaignFilingFields,
  })
  .partial()
  .openapi('CampaignPatch');
export const AdminCampaignSchema = z
  .object({
    id: z.string(),
    projectId: z.string(),
    orgId: z.string(),
    title: z.string(),
    currency: z.string(),
    goalAmount: z.number().int(),
    raisedAmount: z.number().int(),
    pendingAmount: z.number().int(),
    donorCount: z.number().int(),
    endsAt: z.string().nullable(),
    status: z.enum(CAMPAIGN_STATUSES),
    tiers: z.array(TierSchema),
    paymentInstructions: z.string().nullable(),
    paymentProvider: z
      .enum(PAYMENT_PROVIDERS)
      .nullable()
      .openapi({ description: "The campaign's own choice (null = the organisation's)" }),
    spentAmount: z.number().int(),
    balance: z.number().int(),
    matchedAmount: z.number().int(),
    monthlyAllowed: z.boolean(),
    monthlyDonors: z.number().int(),
    recipientId: z.string().nullable(),
    recipient: RecipientSchema.nullable(),
    missingForGifts: z.array(z.enum(['recipient', 'qualification', 'filingNumber', 'filingPeriod'])).openapi({
      description:
        'What keeps the campaign from accepting gifts (empty: nothing); filingPeriod: today (China time) is outside filedFrom–filedUntil',
    }),
    missingForPayment: z.array(z.enum(['paymentInstructions'])).openapi({
      description:
        'What a donor paying offline is not told (empty: nothing). `paymentInstructions`: the campaign takes offline gifts, but neither it ' +
        '(paymentInstructions) nor its organisation (payment account or QR image) says how to pay. Gifts are still accepted.',
    }),
    ...Timestamps,
  })
  .openapi('AdminCampaign');

// Tokens
export { TOKEN_ROLES };
/**
 * The audit trail names the super-admin "super-admin" (and the console 超级管理员 / 超級管理員); a
 * token labelled so, in any case, width or spacing, would pass for it.
 */
const RESERVED_LABELS = new Set(['superadmin', '超级管理员', '超級管理員']);
const reservedLabel = (label: string) =>
  RESERVED_LABELS.has(
    label
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\p{P}]/gu, ''),
  );
export const TokenCreate = z
  .object({
    orgId: z.string().min(1),
    label: optText(100).refine((l) => !l || !reservedLabel(l), {
      message: 'Reserved for the super-admin: name the person who holds the token',
    }),
    /** Default: owner when the super-admin mints, editor when an owner token does. */
    role: z.enum(TOKEN_ROLES).optional(),
    expiresAt: IsoDateTime.nullable()
      .optional()
      .openapi({
        description:
          'After this instant the token no longer works (a temporary helper, a contractor). Never later than the minting token’s own expiry; ' +
          'absent or null: the minting token’s expiry (none when it has none, or the super-admin mints)',
      }),
  })
  .openapi('TokenCreate');
export const TokenSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    label: z.string().nullable(),
    role: z.enum(TOKEN_ROLES),
    mintedBy: z.string().nullable().openapi({ description: 'The token that minted this one; null: the super-admin' }),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
  })
  .openapi('AdminToken');
export const IssuedTokenSchema = TokenSchema.extend({
  token: z.string().openapi({ description: 'Shown once; only its SHA-256 is stored' }),
}).openapi('IssuedToken');

// Session: who the token is, and which admin routes it may call.
const Allowed = z
  .array(z.string())
  .openapi({ description: 'The admin routes this token may call, e.g. "POST /admin/donations/:id/confirm"' });
export const AdminSessionSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('super'), allowed: Allowed }),
    z.object({
      kind: z.literal('org'),
      orgId: z.string(),
      orgName: z.string(),
      tokenId: z.string(),
      label: z.string().nullable(),
      role: z.enum(TOKEN_ROLES),
      allowed: Allowed,
    }),
  ])
  .openapi('AdminSession');

// Embed code: one object's snippets for other sites.
export const EmbedCodeSchema = z
  .object({
    kind: z.enum(EMBED_KINDS),
    id: z.string(),
    title: z.string(),
    script: z.string().openapi({
      description: '<script type="module" src=…/embed.js> and the element: live, best where scripts are allowed',
    }),
    iframe: z.string().openapi({ description: 'An <iframe> of /embed/{kind}/{id}: for CMSs that strip scripts' }),
    link: z
      .string()
      .openapi({ description: 'A plain URL: the share page for projects and campaigns, else the embed page' }),
    previewUrl: z.string().openapi({ description: 'The /embed page the iframe shows' }),
    image: z.string().optional().openapi({
      description:
        'progress, lunch, stats: a link around the live image /img/{kind}/{id}.svg (no script, no iframe), its alt text the figures',
    }),
  })
  .openapi('EmbedCode');

// Donations (admin)
export const DonationFilter = z.object({
  orgId: z.string().optional(),
  campaignId: z.string().optional(),
  status: z.enum(STAFF_DONATION_STATUSES).optional(),
  reference: z.string().trim().min(1).max(40).optional().openapi({
    description:
      'The reference the donor quotes (GY-…), as staff read it off a transfer: case and the GY- prefix do not matter',
  }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .openapi({ type: 'integer', minimum: 1, maximum: 200, default: 50 }),
  cursor: z.string().max(200).optional(),
});

export const OrgFilter = z.object({ orgId: z.string().optional() });

export const listOf = <T extends z.ZodType>(item: T, name: string) => z.object({ items: z.array(item) }).openapi(name);
