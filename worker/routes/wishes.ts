// The public micro-wish board (GET /orgs/{org}/wishes) and first-come claims (POST /wishes/{id}/claims).
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { orgTag } from '../cache/tags';
import { ProblemError } from '../lib/problem';
import { claimedByLabel, insertClaim, requireWish } from '../db/wishes';
import type { Env } from '../env';
import { newId } from '../lib/ids';
import { nowIso } from '../lib/time';
import { idempotentBatch, publicWrite } from '../middleware/public-write';
import { IdempotencyHeaders, idParam, jsonBody, jsonOk, problems } from '../schemas/common';
import { ClaimInputSchema, ClaimResultSchema, WishListQuery, WishPageSchema } from '../schemas/wishes';
import { readWishPage } from '../read-models/wish-page';
import { router } from './factory';

export const wishRoutes = router();

const listWishes = createRoute({
  method: 'get',
  path: '/orgs/{org}/wishes',
  tags: ['Public'],
  summary: "An organisation's micro-wishes with counts per status, newest first, keyset-paged",
  description:
    'Only open, claimed and fulfilled wishes are public. `counts` follow the category filter, not the status filter.',
  request: { params: idParam('org'), query: WishListQuery },
  responses: { 200: jsonOk(WishPageSchema, 'A page of wishes'), ...problems(400, 404) },
});

wishRoutes.openapi(listWishes, async (c) =>
  c.json(await readWishPage(c.env.DB, c.req.valid('param').org, c.req.valid('query')), 200),
);

// The origin check and the handler both need the wish: read it once per request.
const wishOfRequest = new WeakMap<Request, ReturnType<typeof requireWish>>();
const wishOf = (c: Context<Env>) => {
  let wish = wishOfRequest.get(c.req.raw);
  if (!wish) wishOfRequest.set(c.req.raw, (wish = requireWish(c.env.DB, c.req.param('id') ?? '')));
  return wish;
};

wishRoutes.use(
  '/wishes/:id/claims',
  ...publicWrite(
    async (c) => (await wishOf(c)).org_id,
    async (c) => [orgTag((await wishOf(c)).org_id)],
  ),
);

const claim = createRoute({
  method: 'post',
  path: '/wishes/{id}/claims',
  tags: ['Public'],
  summary: 'Claim an open wish (接单), first come first served',
  description:
    'Of any number of simultaneous claims exactly one wins (201); the others get 409 `already_claimed` and write nothing. ' +
    'A withdrawn or expired wish answers 409 `wish_closed`. Same origin, Idempotency-Key, 16 KiB and rate-limit rules as donations. ' +
    'The contact is seen only by staff.',
  request: { params: idParam('id'), headers: IdempotencyHeaders, body: jsonBody(ClaimInputSchema) },
  responses: {
    201: jsonOk(ClaimResultSchema, 'Claimed (or replayed)'),
    ...problems(400, 403, 404, 409, 413, 422, 429),
  },
});

const alreadyClaimed = () => new ProblemError(409, 'already_claimed', 'Someone else claimed this wish first');
const wishClosed = () => new ProblemError(409, 'wish_closed', 'This wish is no longer open for claims');

/** The claim triggers' reasons (and the one-holder index) as problems; anything else is rethrown. */
function claimRefusal(e: unknown): ProblemError | null {
  const msg = e instanceof Error ? `${e.message} ${e.cause instanceof Error ? e.cause.message : ''}` : String(e);
  if (msg.includes('wish_already_claimed') || msg.includes('UNIQUE constraint failed: wish_claims.wish_id'))
    return alreadyClaimed();
  if (msg.includes('wish_not_open')) return wishClosed();
  return null;
}

wishRoutes.openapi(claim, async (c) => {
  const { id: wishId } = c.req.valid('param');
  const input = c.req.valid('json');
  // No status pre-check: the database decides, so a race and a late claim take the same path.
  const id = newId('wc');
  const claimedAt = nowIso();
  const organisation = input.organisation || null;
  // One INSERT: the BEFORE trigger aborts unless the wish is still open, the AFTER trigger marks it
  // claimed. A loser's batch (idempotency record included) rolls back entirely: nothing is stored.
  const insert = insertClaim(c.env.DB, {
    id,
    wishId,
    name: input.name,
    organisation,
    contact: input.contact,
    createdAt: claimedAt,
  });
  const body = {
    id,
    wishId,
    status: 'claimed' as const,
    claimedBy: claimedByLabel(input.name, organisation),
    claimedAt,
  };
  try {
    return await idempotentBatch(c, [insert], body, 201);
  } catch (e) {
    throw claimRefusal(e) ?? e;
  }
});
