// RFC 9457 problem details with a stable `code`. Routes throw ProblemError; the error middleware
// turns it into application/problem+json, so handlers only ever return their success shape.
export type FieldError = { path: string; message: string };

export type ProblemCode =
  | 'not_found'
  | 'validation_failed'
  | 'origin_not_allowed'
  | 'idempotency_key_required'
  | 'idempotency_conflict'
  | 'already_claimed'
  | 'already_exists'
  | 'campaign_closed'
  | 'recipient_required'
  | 'filing_not_current'
  | 'wish_closed'
  | 'invalid_transition'
  | 'rate_limited'
  | 'unauthorized'
  | 'forbidden'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'method_not_allowed'
  | 'payment_provider_error'
  | 'payment_unavailable'
  | 'not_implemented'
  | 'internal_error';

export const TITLES: Record<ProblemCode, string> = {
  not_found: 'Not found',
  validation_failed: 'Validation failed',
  origin_not_allowed: 'Origin not allowed',
  idempotency_key_required: 'Idempotency-Key header required',
  idempotency_conflict: 'Idempotency key reused with another body',
  already_claimed: 'Already claimed',
  already_exists: 'Already exists',
  campaign_closed: 'Campaign is not open',
  recipient_required: 'No qualified recipient on record',
  filing_not_current: 'Outside the filed fundraising period',
  wish_closed: 'Wish is not open for claims',
  invalid_transition: 'Invalid status transition',
  rate_limited: 'Too many requests',
  unauthorized: 'Unauthorized',
  forbidden: 'Forbidden',
  payload_too_large: 'Payload too large',
  unsupported_media_type: 'Unsupported media type',
  method_not_allowed: 'Method not allowed',
  payment_provider_error: 'Payment provider error',
  payment_unavailable: 'Payment method unavailable',
  not_implemented: 'Not implemented',
  internal_error: 'Internal error',
};

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  errors?: FieldError[];
};

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    detail?: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail ?? TITLES[code]);
  }

  toJSON(): Problem {
    return problemBody(this.status, this.code, this.message, this.errors);
  }
}

export function problemBody(status: number, code: ProblemCode, detail?: string, errors?: FieldError[]): Problem {
  return {
    type: `/api/docs#problem-${code}`,
    title: TITLES[code],
    status,
    detail: detail ?? TITLES[code],
    code,
    ...(errors ? { errors } : {}),
  };
}

export const notFound = (what: string, id: string) =>
  new ProblemError(404, 'not_found', `${what} "${id}" does not exist`);

/** A D1 error's text, its cause included (the SQLite message is sometimes only there). */
export const d1ErrorText = (e: unknown) =>
  e instanceof Error ? `${e.message} ${e.cause instanceof Error ? e.cause.message : ''}` : String(e);

/** The donations trigger refused a pledge because its campaign is not open (schema 0001). */
export const isCampaignNotOpen = (e: unknown) => d1ErrorText(e).includes('campaign_not_open');
