// GET /orgs/{org}/stats as the API sends it (worker/schemas/stats.ts StatSchema, StatsSchema).

export const STAT_SOURCES = ['staff', 'live'] as const;

/** A figure: entered by staff, or computed live from the data. */
export interface Stat {
  key: string;
  label: string;
  /** A count or measure in `unit`; money (currency set) is integer minor units. */
  value: number;
  unit: string | null;
  period: string | null;
  currency: string | null;
  /** "余" / "over": the value is a lower bound (900万余元). */
  approximate: boolean;
  source: (typeof STAT_SOURCES)[number];
}

export interface Stats {
  items: Stat[];
}
