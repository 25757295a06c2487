// The public-write machinery is reusable (later: lunch sponsorships, wish claims). This mounts it
// on a throwaway resource to prove the stack in isolation, including the concurrent-duplicate
// branch of idempotentBatch that a real race only hits sometimes.
import { env } from 'cloudflare:workers';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { Env } from '../../worker/env';
import { notFound } from '../../worker/lib/problem';
import { onError } from '../../worker/middleware/problem';
import { idempotentBatch, publicWrite } from '../../worker/middleware/public-write';
import { expectProblem, freshIp, SITE } from './helpers';

function testApp(beforeWrite?: (c: any) => Promise<void>) {
  const app = new Hono<Env>();
  app.onError(onError);
  app.use(
    '/things/:org/claims',
    ...publicWrite(
      async (c) => {
        const org = c.req.param('org') ?? '';
        if (!(await c.env.DB.prepare('SELECT 1 FROM organisations WHERE id = ?').bind(org).first()))
          throw notFound('Organisation', org);
        return org;
      },
      async () => [],
    ),
  );
  app.post('/things/:org/claims', async (c) => {
    const body = await c.req.json<{ note: string }>();
    await beforeWrite?.(c);
    // A harmless write: an extra idempotency-style row proves the write and the record commit together.
    const marker = c.env.DB.prepare(
      'INSERT INTO idempotency_records (scope, key, request_hash, status, response_body) VALUES (?, ?, ?, 200, ?)',
    ).bind('test-marker', crypto.randomUUID(), 'x', body.note);
    return idempotentBatch(c, [marker], { ok: true, note: body.note }, 201);
  });
  return app;
}

const post = (app: Hono<Env>, body: unknown, key: string, origin = SITE) =>
  app.request(
    'http://gongyi.test/things/taizhou-hailing/claims',
    {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Origin: origin,
        'Idempotency-Key': key,
        'CF-Connecting-IP': freshIp(),
      },
      body: JSON.stringify(body),
    },
    env,
  );

const markers = async (note: string) =>
  (await env.DB.prepare(
    `SELECT COUNT(*) AS n FROM idempotency_records WHERE scope = 'test-marker' AND response_body = ?`,
  )
    .bind(note)
    .first<{ n: number }>())!.n;

describe('publicWrite + idempotentBatch on another resource', () => {
  it('enforces origin, replays and refuses conflicts', async () => {
    const app = testApp();
    const key = crypto.randomUUID();
    const note = crypto.randomUUID();
    await expectProblem(await post(app, { note }, key, 'https://evil.example'), 403, 'origin_not_allowed');
    const first = await post(app, { note }, key);
    expect(first.status).toBe(201);
    const replay = await post(app, { note }, key);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await replay.json()).toEqual({ ok: true, note });
    await expectProblem(await post(app, { note: 'other' }, key), 422, 'idempotency_conflict');
    expect(await markers(note)).toBe(1);
  });

  it('when a duplicate commits between the check and the write, the write rolls back and the winner is replayed', async () => {
    const key = crypto.randomUUID();
    const note = crypto.randomUUID();
    const winner = JSON.stringify({ ok: true, note, winner: true });
    // Simulate the concurrent request committing its record right after our pre-check.
    const app = testApp(async (c) => {
      const { scope, key: k, requestHash } = c.get('idempotency');
      await c.env.DB.prepare(
        'INSERT INTO idempotency_records (scope, key, request_hash, status, response_body) VALUES (?, ?, ?, 201, ?)',
      )
        .bind(scope, k, requestHash, winner)
        .run();
    });
    const res = await post(app, { note }, key);
    expect(res.status).toBe(201);
    expect(res.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await res.text()).toBe(winner);
    expect(await markers(note)).toBe(0); // our own write was rolled back with the failed batch
  });
});
