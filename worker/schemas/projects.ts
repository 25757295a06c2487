import { z } from '@hono/zod-openapi';
import { Cursor, Limit, PROJECT_CATEGORIES, PROJECT_STATUSES, UPDATE_STATES } from './common';

export const LinkSchema = z.object({
  title: z.string().min(1).max(200),
  url: z.url({ protocol: /^https?$/ }).max(500),
});

export const UpdateSchema = z
  .object({ date: z.string(), title: z.string(), body: z.string(), state: z.enum(UPDATE_STATES) })
  .openapi('ProjectUpdate');

export const ProjectSummarySchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    title: z.string(),
    summary: z.string(),
    coverUrl: z.string().nullable(),
    category: z.enum(PROJECT_CATEGORIES),
    location: z.string().nullable(),
    beneficiaries: z.string().nullable(),
    status: z.enum(PROJECT_STATUSES),
    campaignId: z.string().nullable(),
  })
  .openapi('ProjectSummary');

export const ProjectSchema = ProjectSummarySchema.extend({
  orgName: z.string(),
  body: z.string(),
  links: z.array(LinkSchema),
  updates: z.array(UpdateSchema),
}).openapi('Project');

/** A summary plus what a column card shows of the project's campaign (null without one). */
export const ProjectCardSchema = ProjectSummarySchema.extend({
  progress: z
    .object({
      currency: z.string(),
      goalAmount: z.number().int(),
      raisedAmount: z.number().int(),
      donorCount: z.number().int(),
    })
    .nullable()
    .openapi({ description: 'Confirmed amount against the goal of the campaign in campaignId' }),
}).openapi('ProjectCard');

export const ProjectPageSchema = z
  .object({ items: z.array(ProjectCardSchema), nextCursor: z.string().nullable() })
  .openapi('ProjectPage');

export const ProjectListQuery = z.object({
  category: z.enum(PROJECT_CATEGORIES).optional(),
  status: z.enum(PROJECT_STATUSES).optional(),
  limit: Limit,
  cursor: Cursor,
});

export type ProjectSummary = z.infer<typeof ProjectSummarySchema>;
export type Project = z.infer<typeof ProjectSchema>;
