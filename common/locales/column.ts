import type { WithCommon } from './common.js';

/** Strings of <gongyi-column>; each locale file beside it (<name>.<locale>.ts) fills this section. */
export interface ColumnMessages extends WithCommon {
  column: string;
  filters: string;
  category: string;
  status: string;
  all: string;
  /** Category and status names; their order is the chips' order (and the keys are all the chips). */
  categories: Record<string, string>;
  statuses: Record<string, string>;
  projects: string;
  loadMore: string;
  allShown: (n: number) => string;
  shown: (n: number) => string;
  empty: string;
  back: string;
  /** "已筹 2575元 / 目标 10万元" under a card's bar. */
  raised: (raised: string, goal: string) => string;
  progressOf: (title: string) => string;
}
