import { z } from '@hono/zod-openapi';

export const OrgSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    region: z.string().nullable(),
    brand: z.string().nullable(),
    logoUrl: z.string().nullable(),
    website: z.string().nullable(),
  })
  .openapi('Organisation');

export type Org = z.infer<typeof OrgSchema>;
