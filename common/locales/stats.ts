import type { WithCommon } from './common.js';

/** Strings of <gongyi-stats>; each locale file beside it (<name>.<locale>.ts) fills this section. */
export interface StatsMessages extends WithCommon {
  /** Accessible name of the figure list. */
  title: string;
  /** Live figures by key (the API computes them; the widget names them in the reader's language). */
  live: Record<string, { label: string; unit: string | null }>;
  /** Common units staff type (人次, 户, 个 …) in this language; others are shown as entered. */
  units: Record<string, string>;
  /** Screen-reader prefix of a figure's period. */
  period: string;
  empty: string;
}
