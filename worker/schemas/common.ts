// Shared zod pieces: problem details, money, ids, dates, paging.
import { z } from '@hono/zod-openapi';
import { ID_PATTERN } from '../lib/ids';
import { TITLES } from '../lib/problem';

export const FieldErrorSchema = z.object({ path: z.string(), message: z.string() });

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().openapi({ example: 'not_found', description: `Stable code: ${Object.keys(TITLES).join(', ')}` }),
    errors: z.array(FieldErrorSchema).optional(),
  })
  .openapi('Problem');

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (validation_failed, idempotency_key_required)',
  401: 'Missing or wrong admin token (unauthorized)',
  403: 'Not allowed (forbidden, origin_not_allowed)',
  404: 'Unknown id (not_found)',
  409: 'Conflict with the current state (e.g. campaign_closed, recipient_required, filing_not_current, already_claimed, invalid_transition)',
  413: 'Body over 16 KiB (payload_too_large)',
  422: 'Idempotency-Key reused with another body (idempotency_conflict)',
  429: 'Rate limited (rate_limited); see Retry-After',
  502: 'The payment provider refused or could not be reached (payment_provider_error); nothing was written, retry',
  503: 'The chosen online payment is not configured on this service (payment_unavailable)',
};

/** OpenAPI response entries for the problem statuses a route can answer. */
export function problems<S extends number>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: DESCRIPTIONS[s] ?? 'Problem', content: { 'application/problem+json': { schema: ProblemSchema } } },
    ]),
  ) as Record<S, { description: string; content: { 'application/problem+json': { schema: typeof ProblemSchema } } }>;
}

export const jsonBody = <T extends z.ZodType>(schema: T, description = 'JSON body') => ({
  required: true,
  description,
  content: { 'application/json': { schema } },
});

export const jsonOk = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const Money = z
  .number()
  .int()
  .min(1)
  .max(10_000_000_000)
  .openapi({ description: 'Minor units (fen for CNY)', example: 2000 });
export const Currency = z
  .string()
  .regex(/^[A-Z]{3}$/)
  .openapi({ example: 'CNY' });
export const Slug = z.string().regex(ID_PATTERN, 'Use lowercase letters, digits, "-" or "_" (max 64)');
export const IsoDate = z.iso.date().openapi({ example: '2026-11-22' });
export const IsoDateTime = z.iso.datetime({ offset: true }).openapi({ example: '2026-11-22T08:00:00Z' });
export const Url = z.url({ protocol: /^https?$/ }).max(500);

// The key lists themselves are the widgets' and the console's too: they live in common/.
export { PROJECT_CATEGORIES } from '../../common/categories';
export {
  CAMPAIGN_STATUSES,
  DONATION_STATUSES,
  PROJECT_STATUSES,
  STAFF_DONATION_STATUSES,
  UPDATE_STATES,
} from '../../common/statuses';
export { REFUND_REASONS } from '../../common/gift-refusals';

export const Limit = z.coerce
  .number()
  .int()
  .min(1)
  .max(50)
  .default(12)
  .openapi({ type: 'integer', minimum: 1, maximum: 50, default: 12 });
export const Cursor = z.string().max(200).optional().openapi({ description: 'Opaque cursor from nextCursor' });

/** Path parameter object `{ [name]: string }`; unknown ids are answered 404 by the handler. */
export function idParam<K extends string>(name: K) {
  const shape = {
    [name]: z
      .string()
      .min(1)
      .max(200)
      .openapi({ param: { name, in: 'path' } }),
  } as { [P in K]: z.ZodString };
  return z.object(shape);
}

/** Documents the header; the idempotency middleware enforces it before validation runs. */
export const IdempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(255)
    .openapi({
      param: { in: 'header', required: true, description: 'Idempotency-Key (any case)' },
      example: '3f1c2a9e-5b7d-4e0a-9c61-0d2f8e4b7a13',
    }),
});
