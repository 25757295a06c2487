// The public project view; also rendered by the embed and share pages (worker/pages).
import { projectUpdates, requireProject } from '../db/queries';
import { parseJsonArray, projectSummaryJson, updateJson } from '../db/rows';
import type { Project } from '../schemas/projects';
import { assertPublicProject } from './visibility';

export async function readProject(db: D1Database, id: string): Promise<Project> {
  const row = await requireProject(db, id);
  assertPublicProject(row, id);
  const updates = await projectUpdates(db, id);
  return {
    ...projectSummaryJson(row),
    orgName: row.org_name ?? '',
    body: row.body,
    links: parseJsonArray<{ title: string; url: string }>(row.links),
    updates: updates.map(updateJson),
  };
}
