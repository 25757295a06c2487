// GET /orgs/{org} as the API sends it (worker/schemas/orgs.ts OrgSchema; checked by
// test/types/wire.test-d.ts): what the charity column shows above its projects.

export interface Org {
  id: string;
  name: string;
  region: string | null;
  /** Its slogan for the column's brand line (益行益善·益老益小); the region stands in without one. */
  brand: string | null;
  logoUrl: string | null;
  website: string | null;
}
