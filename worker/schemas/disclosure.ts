// The disclosure report (资金使用公示): its period (a quarter, a month or a year, counted in China
// Standard Time days as bureaus keep their books) and the report's shape. Money is minor units.
import { z } from '@hono/zod-openapi';

export type PeriodKind = 'quarter' | 'month' | 'year';
/** A period by its canonical id (2026-Q4, 2026-12, 2026) with its first and last day, both included. */
export type Period = { id: string; kind: PeriodKind; year: number; index: number | null; from: string; to: string };

const PERIOD = /^([12]\d{3})(?:-[Qq]([1-4])|-(0[1-9]|1[0-2]))?$/;

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-Q4`, `2026-12` or `2026` (a lower-case q too) → the period; anything else → null. */
export function parsePeriod(text: string): Period | null {
  const m = PERIOD.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) {
    const q = Number(m[2]);
    return {
      id: `${year}-Q${q}`,
      kind: 'quarter',
      year,
      index: q,
      from: `${year}-${pad(q * 3 - 2)}-01`,
      to: lastDay(year, q * 3),
    };
  }
  if (m[3]) {
    const month = Number(m[3]);
    return {
      id: `${year}-${pad(month)}`,
      kind: 'month',
      year,
      index: month,
      from: `${year}-${pad(month)}-01`,
      to: lastDay(year, month),
    };
  }
  return { id: String(year), kind: 'year', year, index: null, from: `${year}-01-01`, to: `${year}-12-31` };
}

export const PeriodParam = z
  .string()
  .refine((s) => parsePeriod(s) !== null, { message: 'Use a quarter (2026-Q4), a month (2026-12) or a year (2026)' })
  .openapi({ example: '2026-Q4' });

export const DisclosureQuery = z.object({ period: PeriodParam });

const Channels = z
  .object({
    total: z.number().int(),
    offline: z.number().int().openapi({ description: 'Transfers and cash confirmed by staff' }),
    wechatpay: z.number().int(),
    stripe: z.number().int(),
  })
  .openapi('DisclosureChannels');

const Flows = {
  moneyIn: Channels.openapi({
    description:
      'Gifts confirmed in the period (by confirmation time), by channel; refunded ones included (see refunds)',
  }),
  refunds: Channels.openapi({ description: 'Gifts refunded in the period (by refund time), by channel' }),
  moneyOut: z.number().int().openapi({ description: 'Spending dated in the period (lunch daily reports included)' }),
  openingBalance: z.number().int().openapi({ description: 'Balance at the start of the period' }),
  balance: z.number().int().openapi({
    description: 'At the end of the period: confirmed gifts not refunded by then, less spending dated up to then',
  }),
  donors: z
    .number()
    .int()
    .openapi({ description: 'Gifts confirmed in the period (no donor is named or counted by person)' }),
};

export const DisclosureCampaignSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    projectId: z.string(),
    currency: z.string(),
    status: z.enum(['open', 'closed']),
    recipient: z.object({ name: z.string(), creditCode: z.string(), filingNumber: z.string().nullable() }).nullable(),
    ...Flows,
    startedOn: z.string().openapi({ description: 'The campaign’s first day (China time)' }),
    lastDisclosedOn: z
      .string()
      .nullable()
      .openapi({ description: 'Latest spending or progress update dated up to asOf' }),
    overdue: z.boolean().openapi({
      description:
        'Runs more than six months and disclosed no spending or progress in the three months before asOf (Charity Law: every three months)',
    }),
  })
  .openapi('DisclosureCampaign');

export const DisclosureSchema = z
  .object({
    org: z.object({ id: z.string(), name: z.string() }),
    period: z.object({ id: z.string(), kind: z.enum(['quarter', 'month', 'year']), from: z.string(), to: z.string() }),
    asOf: z.string().openapi({
      description: 'The earlier of the period’s last day and today (China time): the day `overdue` is judged on',
    }),
    campaigns: z.array(DisclosureCampaignSchema),
    totals: z
      .array(z.object({ currency: z.string(), campaigns: z.number().int(), overdue: z.number().int(), ...Flows }))
      .openapi({ description: 'The organisation’s sums, one per currency (normally only CNY)' }),
  })
  .openapi('Disclosure');

export type Disclosure = z.infer<typeof DisclosureSchema>;
export type DisclosureCampaign = z.infer<typeof DisclosureCampaignSchema>;
export type DisclosureChannels = z.infer<typeof Channels>;
