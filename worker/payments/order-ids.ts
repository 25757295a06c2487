// Ids for an online pledge, derived from its Idempotency-Key (and scope and body hash) instead of
// drawn at random: a retried or concurrent duplicate request then asks the provider for the same
// order (WeChat out_trade_no, Stripe Idempotency-Key) rather than opening a second one.
import type { Context } from 'hono';
import type { Env } from '../env';
import { codeFromBytes } from '../lib/ids';
import { utf8 } from './encoding';

export async function orderIds(c: Context<Env>): Promise<{ id: string; reference: string }> {
  const { scope, key, requestHash } = c.get('idempotency');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(`${scope}\n${key}\n${requestHash}`)));
  return {
    id: `dn_${codeFromBytes(digest.subarray(0, 12))}`,
    reference: `GY-${codeFromBytes(digest.subarray(12, 20)).toUpperCase()}`,
  };
}
