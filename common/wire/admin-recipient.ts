// A recipient (the licensed charity that receives an organisation's money) as the admin API answers
// it (GET /admin/recipients, and what a create or an edit answers; worker/schemas/accountability.ts
// AdminRecipientSchema, held to this type by test/types/wire.test-d.ts).

export interface AdminRecipient {
  id: string;
  orgId: string;
  name: string;
  /** 统一社会信用代码, 18 characters. */
  creditCode: string;
  /** Its public-fundraising qualification (公募资格) as certified; null: none. */
  qualification: string | null;
  website: string | null;
  createdAt: string;
  updatedAt: string;
}
