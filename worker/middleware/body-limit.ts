// Request bodies are capped at 16 KiB before anything parses them. Streams (chunked, no
// Content-Length) are counted as they arrive. What a refusal leaves unread is read to its end by
// finishUnreadBody (middleware/unread-body.ts), so the client's connection stays usable.
import type { MiddlewareHandler } from 'hono';
import type { Env } from '../env';
import { ProblemError } from '../lib/problem';

export const MAX_BODY_BYTES = 16 * 1024;

const tooLarge = () => new ProblemError(413, 'payload_too_large', `Request body exceeds ${MAX_BODY_BYTES} bytes`);

export const bodyLimit = (): MiddlewareHandler<Env> => async (c, next) => {
  const raw = c.req.raw;
  if (!raw.body) return next();
  const declared = raw.headers.get('Content-Length');
  if (declared !== null && !raw.headers.has('Transfer-Encoding')) {
    if (Number(declared) > MAX_BODY_BYTES) throw tooLarge();
    return next();
  }
  const reader = raw.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  c.req.raw = new Request(raw, { body });
  await next();
};
