// Headline figures of an organisation: entered by staff (PUT /admin/orgs/{org}/stats) or computed
// live from the data (amount raised, donors, meals served, wishes fulfilled, projects completed).
import { z } from '@hono/zod-openapi';
import { STAT_SOURCES } from '../../common/wire/stats';
import { Currency, Slug } from './common';

/** Keys the API computes; staff figures may not take them (one key, one meaning). */
export const LIVE_KEYS = ['raised', 'donors', 'mealsServed', 'wishesFulfilled', 'projectsCompleted'] as const;
export type LiveKey = (typeof LIVE_KEYS)[number];

const MAX_VALUE = 1e15;

export const StatSchema = z
  .object({
    key: z.string().openapi({ example: 'visits' }),
    label: z.string().openapi({ example: '走访服务对象' }),
    value: z.number().openapi({
      description: 'A count or measure in `unit`; money (currency set) is integer minor units',
      example: 12368,
    }),
    unit: z.string().nullable().openapi({ example: '人次' }),
    period: z.string().nullable().openapi({ example: '截至2024年2月28日' }),
    currency: z
      .string()
      .nullable()
      .openapi({ description: 'Set for money figures (value in minor units)', example: null }),
    approximate: z.boolean().openapi({ description: '"余" / "over": the value is a lower bound (900万余元)' }),
    source: z.enum(STAT_SOURCES).openapi({ description: 'live: computed from the data on every read' }),
  })
  .openapi('Stat');

export const StatsSchema = z.object({ items: z.array(StatSchema) }).openapi('Stats');

const optText = (max: number) => z.string().trim().max(max).nullable().optional();

export const StatInput = z
  .object({
    key: Slug.refine((k) => !(LIVE_KEYS as readonly string[]).includes(k), {
      message: `Reserved for live figures: ${LIVE_KEYS.join(', ')}`,
    }),
    label: z.string().trim().min(1).max(100),
    value: z.number().min(0).max(MAX_VALUE),
    unit: optText(20),
    period: optText(60),
    currency: Currency.nullable().optional(),
    approximate: z.boolean().optional(),
    order: z
      .number()
      .int()
      .min(0)
      .max(10_000)
      .optional()
      .openapi({ description: 'Display order (default: position in the list)' }),
  })
  .refine((f) => !f.currency || Number.isInteger(f.value), {
    message: 'Money is an integer in minor units (fen)',
    path: ['value'],
  })
  .openapi('StatInput');

export const StatsPut = z
  .object({
    items: z
      .array(StatInput)
      .max(24)
      .superRefine((items, ctx) => {
        const seen = new Set<string>();
        items.forEach((f, i) => {
          if (seen.has(f.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `Duplicate key "${f.key}"` });
          seen.add(f.key);
        });
      }),
  })
  .openapi('StatsPut');

export const AdminStatSchema = StatSchema.omit({ source: true })
  .extend({ order: z.number().int(), updatedAt: z.string() })
  .openapi('AdminStat');
export const AdminStatsSchema = z.object({ items: z.array(AdminStatSchema) }).openapi('AdminStats');

export type Stat = z.infer<typeof StatSchema>;
export type StatInputT = z.infer<typeof StatInput>;
