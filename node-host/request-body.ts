// The request body as the app reads it, from Node's IncomingMessage. Unlike Readable.toWeb, a
// body the app stops reading (a refusal cancels it) keeps flowing and is dropped, so the rest of
// it never blocks the connection's next request; @hono/node-server bounds that drain after the
// answer (64 MiB or 500 ms, then it closes the connection).
import type { IncomingMessage } from 'node:http';

export function requestBody(incoming: IncomingMessage): ReadableStream<Uint8Array> {
  let dropping = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        incoming.pause();
        incoming.on('data', (chunk: Buffer) => {
          if (dropping) return;
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 1) <= 0) incoming.pause();
        });
        incoming.once('end', () => {
          if (!dropping) controller.close();
        });
        incoming.once('error', (e) => {
          if (!dropping) controller.error(e);
        });
      },
      pull() {
        incoming.resume();
      },
      cancel() {
        dropping = true;
        incoming.resume();
      },
    },
    { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength },
  );
}

/** The request the app sees: node-server's, with a body that drains when the app drops it. */
export function withDrainingBody(req: Request, incoming: IncomingMessage): Request {
  if (req.method === 'GET' || req.method === 'HEAD') return req;
  return new Request(req.url, {
    method: req.method,
    headers: req.headers,
    body: requestBody(incoming),
    duplex: 'half',
  } as RequestInit);
}
