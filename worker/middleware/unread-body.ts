// Every request body is read to its end before the answer leaves, whatever the path, method and
// size, so one client's stray request never spoils the keep-alive connection its next request (or,
// behind a proxy's connection pool, someone else's) travels on. Registered first, for every request.
//
// The app sees the body through a stream this middleware feeds from its own reader of the
// original, so what a handler, a refusal or a service binding (the asset store takes a request and
// never reads its body) leaves unread is still read here and dropped, chunk by chunk.
import type { MiddlewareHandler } from 'hono';
import type { Env } from '../env';
import { discardRest } from '../lib/discard-body';

export const finishUnreadBody = (): MiddlewareHandler<Env> => async (c, next) => {
  const raw = c.req.raw;
  if (!raw.body) return next();
  const source = raw.body.getReader();
  // Nothing reads the body of a GET or HEAD (and a Request of theirs cannot carry one): drop it now.
  if (raw.method === 'GET' || raw.method === 'HEAD') {
    await discardRest(source);
    return next();
  }
  let ended = false;
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await source.read();
        if (done) {
          ended = true;
          controller.close();
        } else controller.enqueue(value);
      },
      // A reader that lost interest (the body limit past 16 KiB): the rest is dropped below.
      cancel() {},
    },
    { highWaterMark: 0 },
  );
  c.req.raw = new Request(raw, { body });
  try {
    await next();
  } finally {
    if (!ended) await discardRest(source);
  }
};
