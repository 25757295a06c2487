// The column's project cards: a project summary plus its campaign's progress, in one query
// (the campaign is the one the project page links to: CAMPAIGN_OF_PROJECT).
import type { ProjectCardSchema } from '../schemas/projects';
import type { z } from '@hono/zod-openapi';
import { CAMPAIGN_OF_PROJECT } from './queries';
import { projectSummaryJson, type ProjectRow } from './rows';

export type ProjectCardRow = ProjectRow & {
  progress_currency: string | null;
  progress_goal: number | null;
  progress_raised: number | null;
  progress_donors: number | null;
};

export const CARD_COLUMNS = `p.*, cp.id AS campaign_id, cp.currency AS progress_currency, cp.goal_amount AS progress_goal,
  cp.raised_amount AS progress_raised, cp.donor_count AS progress_donors`;

export const CARD_FROM = `projects p LEFT JOIN campaigns cp ON cp.id = ${CAMPAIGN_OF_PROJECT}`;

export const projectCardJson = (r: ProjectCardRow): z.infer<typeof ProjectCardSchema> => ({
  ...projectSummaryJson(r),
  progress:
    r.progress_goal == null
      ? null
      : {
          currency: r.progress_currency!,
          goalAmount: r.progress_goal,
          raisedAmount: r.progress_raised ?? 0,
          donorCount: r.progress_donors ?? 0,
        },
});
