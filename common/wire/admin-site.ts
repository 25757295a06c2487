// A site (an origin an organisation allows public writes from: pledges, claims) as the admin API
// answers it (GET /admin/sites, and what registering or editing one answers; worker/schemas/admin.ts
// SiteSchema, held to this type by test/types/wire.test-d.ts).

export interface AdminSite {
  id: string;
  orgId: string;
  /** Normalised: scheme://host[:port], no path. */
  origin: string;
  createdAt: string;
}
