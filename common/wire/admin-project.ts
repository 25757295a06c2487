// A project as the admin API answers it (GET /admin/projects, and what a create or an edit
// answers; worker/schemas/admin.ts AdminProjectSchema, held to this type by
// test/types/wire.test-d.ts): the public summary plus its text, links and whether it is public.
import type { ProjectLink, ProjectSummary } from './project.js';

export interface AdminProject extends ProjectSummary {
  body: string;
  links: ProjectLink[];
  /** false: off every public page (withdrawn or not ready), its campaigns and schools too. */
  published: boolean;
  createdAt: string;
  updatedAt: string;
}
