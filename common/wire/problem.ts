// A refusal as the API sends it, public or admin (application/problem+json, RFC 9457;
// worker/schemas/common.ts ProblemSchema, held to this type by test/types/wire.test-d.ts). The
// widgets' and the console's clients read `code` and the field errors.

/** One field the input got wrong: its path in the body (tiers.0.amount) and why. */
export interface FieldError {
  path: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Stable: not_found, validation_failed, campaign_closed, … (the clients branch on it, never on the text). */
  code: string;
  /** validation_failed: each field the input got wrong. */
  errors?: FieldError[];
}
