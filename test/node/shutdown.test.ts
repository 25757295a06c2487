// SIGTERM on the Node host (systemd's stop, Ctrl-C): it stops accepting connections, finishes the
// request in flight (a pledge whose body is still arriving), waits for background work, closes
// the database and exits 0. The pledge it answered is in the database afterwards.
import net from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../scripts/local-server.mjs';
import { rowsOf } from './ledger';

let server: LocalServer;
afterAll(async () => {
  await server?.stop();
});

describe('SIGTERM', () => {
  it('stops accepting, answers the pledge in flight, closes the database, exits 0', async () => {
    server = await startLocalServer({ runtime: 'node' });
    const { port, hostname } = new URL(server.url);
    const body = JSON.stringify({ amount: 4200, name: '张三' });
    const socket = net.connect(Number(port), hostname);
    let received = '';
    socket.on('data', (d) => (received += d.toString('utf8')));
    await new Promise((r) => socket.once('connect', r));
    socket.write(
      `POST /api/v1/campaigns/gaoping-lunch/donations HTTP/1.1\r\nHost: ${hostname}:${port}\r\nOrigin: ${server.url}\r\n` +
        `Content-Type: application/json\r\nIdempotency-Key: ${crypto.randomUUID()}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n` +
        body.slice(0, 10),
    );
    await new Promise((r) => setTimeout(r, 300));
    process.kill(server.pid!, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 500));

    // No new connections once it stops accepting.
    const refused = await new Promise<string>((resolve) => {
      const probe = net.connect(Number(port), hostname);
      probe.once('connect', () => (probe.destroy(), resolve('connected')));
      probe.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');

    // The request in flight is still answered.
    socket.write(body.slice(10));
    const deadline = Date.now() + 10_000;
    while (!/\r\n\r\n\{.*\}/s.test(received) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(received).toMatch(/^HTTP\/1\.1 201 /);
    const id = (JSON.parse(received.split('\r\n\r\n')[1]!) as { id: string }).id;
    socket.destroy();

    const exit = await server.exited!();
    expect(exit).toEqual({ code: 0, signal: null });
    expect(rowsOf(join(server.persistTo, 'gongyi.sqlite'), [id]).get(id)).toBe(1);
  });
});
