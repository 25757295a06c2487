// Idempotency-Key handling for public writes. The middleware replays a stored answer (or refuses a
// reused key with another body); the handler then writes through `idempotentBatch`, which stores
// the answer in the same D1 batch as the write.
import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Env } from '../env';
import { sha256HexBytes } from '../lib/crypto';
import { ProblemError } from '../lib/problem';
import { nowIso } from '../lib/time';

type StoredAnswer = { request_hash: string; status: number; response_body: string };

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

function findAnswer(db: D1Database, scope: string, key: string) {
  return db
    .prepare('SELECT request_hash, status, response_body FROM idempotency_records WHERE scope = ? AND key = ?')
    .bind(scope, key)
    .first<StoredAnswer>();
}

function assertSameBody(stored: StoredAnswer, requestHash: string) {
  if (stored.request_hash !== requestHash) {
    throw new ProblemError(422, 'idempotency_conflict', 'This Idempotency-Key was already used with a different body');
  }
}

/** Whether this request's key must be looked up before the handler (default: always). */
export type LookupFirst = (c: Context<Env>) => Promise<boolean>;

export const idempotency =
  (lookupFirst: LookupFirst = async () => true): MiddlewareHandler<Env> =>
  async (c, next) => {
    const key = c.req.header('Idempotency-Key')?.trim();
    if (!key)
      throw new ProblemError(
        400,
        'idempotency_key_required',
        'Send an Idempotency-Key header (e.g. a UUID) with every write',
      );
    if (!KEY_PATTERN.test(key)) {
      throw new ProblemError(400, 'validation_failed', 'Invalid Idempotency-Key', [
        { path: 'Idempotency-Key', message: 'Use 1–255 visible ASCII characters' },
      ]);
    }
    const scope = `${c.req.method} ${c.req.path}`;
    const requestHash = await sha256HexBytes(await c.req.arrayBuffer()); // cached: the validator re-reads it
    const stored = (await lookupFirst(c)) ? await findAnswer(c.env.DB, scope, key) : null;
    if (stored) {
      assertSameBody(stored, requestHash);
      return c.body(stored.response_body, stored.status as ContentfulStatusCode, {
        'Content-Type': 'application/json',
        'Idempotent-Replayed': 'true',
      });
    }
    c.set('idempotency', { scope, key, requestHash });
    await next();
  };

const isDuplicateRecord = (e: unknown) =>
  /UNIQUE constraint failed: idempotency_records/.test(
    e instanceof Error ? `${e.message} ${e.cause instanceof Error ? e.cause.message : ''}` : String(e),
  );

/**
 * Runs `writes` and records `body` as this key's answer, atomically (one D1 batch = one
 * transaction). If a concurrent duplicate committed first, its record's primary key makes this
 * batch fail and roll back entirely; we then replay the winner's answer.
 */
export async function idempotentBatch<T, S extends ContentfulStatusCode>(
  c: Context<Env>,
  writes: D1PreparedStatement[],
  body: T,
  status: S,
) {
  const { scope, key, requestHash } = c.get('idempotency');
  const record = c.env.DB.prepare(
    'INSERT INTO idempotency_records (scope, key, request_hash, status, response_body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).bind(scope, key, requestHash, status, JSON.stringify(body), nowIso());
  try {
    await c.env.DB.batch([record, ...writes]);
  } catch (e) {
    const winner = isDuplicateRecord(e) ? await findAnswer(c.env.DB, scope, key) : null;
    if (!winner) throw e;
    assertSameBody(winner, requestHash);
    c.header('Idempotent-Replayed', 'true');
    return c.json(JSON.parse(winner.response_body) as T, winner.status as S);
  }
  return c.json(body, status);
}
