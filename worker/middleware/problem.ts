// Every failure leaves as application/problem+json with a stable code. Bad input is always 4xx:
// zod failures, malformed JSON and database constraint violations are mapped here, never 5xx.
import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import type { Env } from '../env';
import { ProblemError, type FieldError } from '../lib/problem';

export function problemResponse(c: Context<Env>, p: ProblemError): Response {
  return c.body(JSON.stringify(p.toJSON()), p.status as ContentfulStatusCode, {
    'Content-Type': 'application/problem+json',
    'Cache-Control': 'no-store',
    ...p.headers,
  });
}

const messageOf = (e: unknown): string =>
  e instanceof Error ? `${e.message} ${e.cause instanceof Error ? e.cause.message : ''}` : String(e);

/** Maps thrown values (ours, Hono's, D1's) to a ProblemError. */
export function toProblem(err: unknown): ProblemError {
  if (err instanceof ProblemError) return err;
  if (err instanceof HTTPException) {
    if (err.status === 413) return new ProblemError(413, 'payload_too_large', 'Request body exceeds 16 KiB');
    if (err.status === 401) return new ProblemError(401, 'unauthorized');
    if (err.status === 415) return new ProblemError(415, 'unsupported_media_type', 'Send the body as application/json');
    // Hono raises 400 for malformed JSON bodies.
    if (err.status === 400) return new ProblemError(400, 'validation_failed', err.message || 'Malformed request');
    if (err.status < 500) return new ProblemError(err.status, 'validation_failed', err.message || 'Bad request');
  }
  const msg = messageOf(err);
  // Database guards (CHECK constraints, trigger RAISEs) back up validation: still the client's fault.
  if (msg.includes('campaign_not_open'))
    return new ProblemError(409, 'campaign_closed', 'The campaign is not open for pledges');
  if (msg.includes('recipient_required'))
    return new ProblemError(409, 'recipient_required', 'This campaign has no qualified recipient on record');
  if (msg.includes('filing_not_current'))
    return new ProblemError(
      409,
      'filing_not_current',
      "Today (China time) is outside the campaign's filed fundraising period",
    );
  if (msg.includes('recipient_of_other_org'))
    return new ProblemError(422, 'validation_failed', 'The recipient belongs to another organisation');
  if (msg.includes('invalid_co_funding'))
    return new ProblemError(422, 'validation_failed', 'A co-funder pays less than the whole meal, and is named');
  if (msg.includes('invalid_donation_update')) return new ProblemError(409, 'invalid_transition');
  if (msg.includes('UNIQUE constraint failed') || msg.includes('PRIMARY KEY'))
    return new ProblemError(409, 'already_exists', 'An object with this id or value already exists');
  if (msg.includes('CHECK constraint failed'))
    return new ProblemError(400, 'validation_failed', 'A value is out of range');
  if (msg.includes('FOREIGN KEY constraint failed'))
    return new ProblemError(404, 'not_found', 'A referenced object does not exist');
  return new ProblemError(500, 'internal_error', 'Something went wrong on our side');
}

export const onError: ErrorHandler<Env> = (err, c) => {
  const p = toProblem(err);
  if (p.status >= 500) console.error('unhandled error', err);
  return problemResponse(c, p);
};

export function zodFieldErrors(error: ZodError, target: string): FieldError[] {
  return error.issues.map((i) => ({ path: i.path.length ? i.path.join('.') : target, message: i.message }));
}

/** OpenAPIHono defaultHook: request validation failures become 400 validation_failed. */
export function validationHook(
  result: { success: true; data: unknown } | { success: false; error: ZodError; target?: string },
  _c: Context,
): void {
  if (!result.success) {
    const target = result.target ?? 'request';
    throw new ProblemError(
      400,
      'validation_failed',
      `The ${target === 'json' ? 'body' : target} is invalid`,
      zodFieldErrors(result.error, target),
    );
  }
}
