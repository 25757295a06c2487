import type { WithCommon } from './common.js';

/** Strings of <gongyi-project>; each locale file beside it (<name>.<locale>.ts) fills this section. */
export interface ProjectMessages extends WithCommon {
  org: string;
  location: string;
  category: string;
  beneficiaries: string;
  status: string;
  categories: Record<string, string>;
  statuses: Record<string, string>;
  timeline: string;
  states: Record<'done' | 'doing' | 'planned', string>;
  noUpdates: string;
  sources: string;
  showAll: (n: number) => string;
  showLess: string;
  /** The button after a long text shown in part: read the rest, and fold it again. */
  readMore: string;
  readLess: string;
}
