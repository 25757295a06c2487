// On Node, every request body is read or discarded too: @hono/node-server must never leave the
// rest of a body on a keep-alive connection, where it would be parsed as the next request (or
// stall it). A 2 MB POST to a path nothing routes, then a GET on the same socket: the GET is
// answered there, or the refusal said `Connection: close` and the socket closed after it,
// whole, never cut by a reset.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../scripts/local-server.mjs';

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer({ runtime: 'node' });
});
afterAll(async () => {
  await server?.stop();
});

async function strayThenRead(path: string, size: number, extraHeaders = '') {
  const { port, hostname } = new URL(server.url);
  const socket = net.connect(Number(port), hostname);
  let received = '';
  let closed = false;
  socket.on('data', (d) => (received += d.toString('latin1')));
  const ended = new Promise<void>((r) => socket.on('close', () => ((closed = true), r())));
  socket.on('error', () => {});
  const until = async (done: () => boolean, ms: number) => {
    const deadline = Date.now() + ms;
    while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  };
  socket.write(
    `POST ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/octet-stream\r\nContent-Length: ${size}\r\n${extraHeaders}\r\n`,
  );
  for (let sent = 0; sent < size && !closed; sent += 64 * 1024) {
    if (!socket.write(Buffer.alloc(Math.min(64 * 1024, size - sent), 0x61))) {
      await Promise.race([new Promise((r) => socket.once('drain', r)), ended, new Promise((r) => setTimeout(r, 5000))]);
    }
  }
  await until(() => received.includes('\r\n\r\n') || closed, 8000);
  const head = received.split('\r\n\r\n')[0]!;
  const saidClose = /^connection: *close/im.test(head);
  let second = '';
  if (saidClose) await Promise.race([ended, new Promise((r) => setTimeout(r, 8000))]);
  else {
    const before = received.length;
    socket.write(`GET /api/health HTTP/1.1\r\nHost: ${hostname}:${port}\r\n\r\n`);
    await until(() => received.slice(before).includes('{"ok":true}') || closed, 8000);
    second = received.slice(before);
  }
  socket.destroy();
  return { head, saidClose, closed, second };
}

describe('request bodies on the Node host', () => {
  it('a 2 MB POST to an unrouted path: 404, then the next request on that socket (or an announced close)', async () => {
    const r = await strayThenRead('/nothing-here', 2 * 1024 * 1024);
    expect(r.head, 'the refusal arrives whole, not cut by a reset').toMatch(/^HTTP\/1\.1 404 /);
    if (r.saidClose) expect(r.closed).toBe(true);
    else expect(r.second).toMatch(/^HTTP\/1\.1 200 [\s\S]*\{"ok":true\}/);
  });

  it('a 200 KB POST to an unrouted path is read to its end, and the same socket answers the next GET', async () => {
    const r = await strayThenRead('/nothing-here', 200 * 1024);
    expect(r.head).toMatch(/^HTTP\/1\.1 404 /);
    expect(r.saidClose).toBe(false);
    expect(r.second).toMatch(/^HTTP\/1\.1 200 [\s\S]*\{"ok":true\}/);
  });

  it('a 300 KB POST to a static file (405) is discarded too, and the socket answers the next GET', async () => {
    const r = await strayThenRead('/embed.js', 300 * 1024);
    expect(r.head).toMatch(/^HTTP\/1\.1 405 /);
    expect(r.second).toMatch(/^HTTP\/1\.1 200 [\s\S]*\{"ok":true\}/);
  });
});
