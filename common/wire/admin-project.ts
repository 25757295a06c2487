// A project and its progress updates as the admin API answers them (worker/schemas/admin.ts,
// held to these types by test/types/wire.test-d.ts). Each is also what a create or an edit answers.
import type { ProjectLink, ProjectSummary, ProjectUpdate } from './project.js';

/** GET /admin/projects (AdminProjectSchema): the public summary plus its text, links and whether it is public. */
export interface AdminProject extends ProjectSummary {
  body: string;
  links: ProjectLink[];
  /** false: off every public page (withdrawn or not ready), its campaigns and schools too. */
  published: boolean;
  createdAt: string;
  updatedAt: string;
}

/** GET /admin/projects/{id}/updates (AdminUpdateSchema): a timeline entry (项目进展) as staff edit it. */
export interface AdminProjectUpdate extends ProjectUpdate {
  id: string;
  projectId: string;
  /** Orders entries of the same date (the public timeline sorts by date, then this). */
  position: number;
}
