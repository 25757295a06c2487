// GET /projects/{id} and GET /projects as the API sends them (worker/schemas/projects.ts; checked
// by test/types/wire.test-d.ts).
import type { ProjectCategory } from '../categories.js';
import type { ProjectStatus, UpdateState } from '../statuses.js';

export interface ProjectLink {
  title: string;
  url: string;
}

/** A timeline entry of the project (项目进展). */
export interface ProjectUpdate {
  date: string;
  title: string;
  body: string;
  state: UpdateState;
}

export interface ProjectSummary {
  id: string;
  orgId: string;
  title: string;
  summary: string;
  coverUrl: string | null;
  category: ProjectCategory;
  location: string | null;
  beneficiaries: string | null;
  status: ProjectStatus;
  campaignId: string | null;
}

export interface Project extends ProjectSummary {
  orgName: string;
  body: string;
  links: ProjectLink[];
  updates: ProjectUpdate[];
}

/** A summary plus what a column card shows of its campaign (null without one). */
export interface ProjectCard extends ProjectSummary {
  progress: { currency: string; goalAmount: number; raisedAmount: number; donorCount: number } | null;
}

export interface ProjectPage {
  items: ProjectCard[];
  nextCursor: string | null;
}
