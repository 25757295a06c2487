// The client's address, as the worker reads it (CF-Connecting-IP, which Cloudflare sets and no
// client can forge there). On Node the host sets it before the app sees the request, and drops
// whatever a client sent under that name: from the socket, or, behind a CDN or proxy that says
// who the client is (CLIENT_IP_HEADER, e.g. X-Forwarded-For or Ali-Cdn-Real-Ip), from that
// header. For X-Forwarded-For the last address counts: the one the proxy in front appended.
import type { IncomingMessage } from 'node:http';

const HEADER = 'cf-connecting-ip';

export function clientAddress(incoming: IncomingMessage, trustedHeader: string | undefined): string {
  let ip = incoming.socket.remoteAddress ?? '';
  if (trustedHeader) {
    const sent = incoming.headers[trustedHeader.toLowerCase()];
    const value = Array.isArray(sent) ? sent.join(',') : sent;
    if (value?.trim())
      ip = trustedHeader.toLowerCase() === 'x-forwarded-for' ? value.split(',').at(-1)!.trim() : value.trim();
  }
  return ip.startsWith('::ffff:') ? ip.slice(7) : ip;
}

/** Replaces any CF-Connecting-IP the client sent with the address the host vouches for. */
export function setClientAddress(incoming: IncomingMessage, trustedHeader: string | undefined): void {
  const ip = clientAddress(incoming, trustedHeader);
  const raw: string[] = [];
  for (let i = 0; i < incoming.rawHeaders.length; i += 2) {
    if (incoming.rawHeaders[i]!.toLowerCase() !== HEADER)
      raw.push(incoming.rawHeaders[i]!, incoming.rawHeaders[i + 1]!);
  }
  raw.push('CF-Connecting-IP', ip);
  incoming.rawHeaders = raw;
  incoming.headers[HEADER] = ip;
}
