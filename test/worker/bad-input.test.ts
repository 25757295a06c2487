// Bad input is 4xx, everywhere: malformed percent-encoding and random bytes in every public path
// and query (fast-check), large bodies to any path, routed or not, with any method (each read to its
// end before the answer), callbacks to a provider that is not configured, and the headers of pages
// and admin answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adminCall, call } from './helpers';

const PUBLIC_GETS = [
  (x: string) => `/api/v1/campaigns/${x}`,
  (x: string) => `/api/v1/projects/${x}`,
  (x: string) => `/api/v1/lunch/${x}`,
  (x: string) => `/api/v1/orgs/${x}`,
  (x: string) => `/api/v1/orgs/${x}/projects?cursor=${x}`,
  (x: string) => `/api/v1/orgs/${x}/wishes?status=${x}`,
  (x: string) => `/api/v1/orgs/${x}/stats`,
  (x: string) => `/api/v1/donations/${x}`,
  (x: string) => `/embed/progress/${x}?lang=${x}`,
  (x: string) => `/embed/wishes/${x}`,
  (x: string) => `/embed/${x}/${x}`,
  (x: string) => `/p/${x}`,
  (x: string) => `/oembed?url=${x}`,
  (x: string) => `/oembed?url=${encodeURIComponent(`http://gongyi.test/embed/progress/${x}`)}&maxwidth=${x}`,
  (x: string) => `/oembed?url=${encodeURIComponent(`http://gongyi.test/p/${x}`)}`,
];

/** A `size`-byte body in 16 KiB chunks, handed out only as the reader asks; `sent()` counts them. */
function countedBody(size: number) {
  let sent = 0;
  const chunk = new Uint8Array(16 * 1024).fill(120);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent >= size) return controller.close();
        const piece = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += piece.length;
        controller.enqueue(piece.slice());
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, sent: () => sent };
}

describe('bad input is 4xx', () => {
  it.each([
    '/oembed?url=http%3A%2F%2Fgongyi.test%2Fembed%2Fprogress%2F%25E0%25A4%25A',
    '/oembed?url=http://gongyi.test/p/%25C0%25AF',
    '/embed/wishes/%25',
    '/p/%25C0%25AF',
    '/p/%C0%AF',
    '/embed/progress/%E0%A4%A',
  ])('%s', async (path) => {
    const res = await call(path);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('random and malformed text in every public path and query never answers 5xx', async () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 12 }).map(encodeURIComponent),
      fc.constantFrom('%', '%E0%A4%A', '%C0%AF', '%25E0%25A4%25A', '%FF', '..', '%2F', '%00', '%u0041', '%%', '~'),
      fc
        .array(fc.constantFrom('%', 'E', '0', 'A', '4', 'F', 'z', '/', '?', '#', '&', '='), { maxLength: 10 })
        .map((a) => a.join('')),
    );
    await fc.assert(
      fc.asyncProperty(fc.nat(PUBLIC_GETS.length - 1), piece, async (route, x) => {
        const path = PUBLIC_GETS[route]!(x);
        const res = await call(path);
        await res.body?.cancel();
        expect(res.status, path).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  });

  it('large bodies to any path (unrouted, `/`, pages, files, the API) with any method are read to the end and never answer 5xx', async () => {
    const path = fc.oneof(
      fc.constantFrom(
        '/',
        '/nothing-here',
        '/embed.js',
        '/index.html',
        '/p/x',
        '/embed/progress/x',
        '/oembed',
        '/admin/projects',
        '/api/v1/nothing-here',
      ),
      fc.constantFrom(
        '/api/v1/campaigns/gaoping-lunch',
        '/api/v1/campaigns/gaoping-lunch/donations',
        '/api/v1/admin/projects',
        '/api/health',
      ),
      fc.string({ maxLength: 12 }).map((x) => `/${encodeURIComponent(x)}`),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('POST', 'PUT', 'PATCH', 'DELETE'),
        path,
        fc.constantFrom(70_000, 1_100_000, 2_000_000),
        async (method, target, size) => {
          const body = countedBody(size);
          const res = await call(target, {
            method,
            headers: { 'Content-Type': 'application/json', Origin: 'http://localhost:8787' },
            body: body.stream,
          });
          await res.body?.cancel();
          expect(res.status, `${method} ${target}`).toBeLessThan(500);
          // Every byte was asked for before the answer came: the connection is free for the next request.
          expect(body.sent(), `${method} ${target} ${size} B`).toBe(size);
        },
      ),
      { numRuns: 40 },
    );
  });

  it.each(['/api/v1/payments/wechatpay/notify', '/api/v1/payments/stripe/webhook'])(
    'a callback to a provider that is not configured is 404, whatever it carries: %s',
    async (path) => {
      for (const body of ['{}', 'not json', JSON.stringify({ id: 'evt_1', resource: { ciphertext: 'x' } })]) {
        const res = await call(path, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Wechatpay-Signature': 'x', 'Stripe-Signature': 't=1,v1=x' },
          body,
        });
        expect(res.status).toBe(404);
      }
    },
  );

  it('/api/docs carries a strict CSP, no framing and nosniff, like every page', async () => {
    const res = await call('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const html = await res.text();
    expect(html).not.toMatch(/<style|style=/);
    const css = await call('/api/docs.css');
    expect(css.headers.get('Content-Type')).toContain('text/css');
  });

  it.each([
    ['GET', '/admin/orgs'],
    ['GET', '/admin/donations'],
    ['GET', '/admin/session'],
    ['GET', '/admin/tokens'],
    ['POST', '/admin/orgs'],
  ])('admin answers are no-store, errors included: %s %s', async (method, path) => {
    const res = await adminCall(method, path, method === 'POST' ? { name: 7 } : undefined);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const refused = await adminCall(method, path, undefined, null);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('Cache-Control')).toBe('no-store');
  });
});
