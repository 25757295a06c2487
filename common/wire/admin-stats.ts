// An organisation's staff-entered figures as the admin API answers them (GET and PUT
// /admin/orgs/{org}/stats, in display order; worker/schemas/stats.ts AdminStatSchema and
// AdminStatsSchema, held to these types by test/types/wire.test-d.ts). The live figures the API
// computes are not among them.
import type { Stat } from './stats.js';

/** A public figure without its source (always staff here), with its place and last change. */
export interface AdminStat extends Omit<Stat, 'source'> {
  /** Display order. */
  order: number;
  updatedAt: string;
}

export interface AdminStats {
  items: AdminStat[];
}
