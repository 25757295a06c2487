// The CDN purge hook. A domestic CDN (Alibaba Cloud CDN, Tencent Cloud CDN / EdgeOne) in front of
// the Node host caches the public reads for their Cache-Control lifetime. When CDN_PURGE_URL is
// set, every purge the app makes (worker/cache/purge.ts calls `ctx.cache.purge` wherever the
// runtime offers it, as Workers Cache does on Cloudflare) is also POSTed there: the tags and the
// URLs this host served under them, so a small relay of the operator's can call the CDN's
// refresh API (tags where it purges by tag, URLs where it purges by URL).
//
// Never blocking the write: purge() only queues. Purges within BATCH_MS are sent as one POST (a
// giving day's thousand pledges a second become one call a second, within CDN refresh quotas),
// signed like the service's webhooks (Gongyi-Signature: t=UNIX,v1=HMAC-SHA256(secret, t.body)),
// retried with backoff on a network error or a non-2xx answer. Shutdown flushes the queue.
import { createHmac } from 'node:crypto';
import type { Background, EdgePurge } from './background';

export const BATCH_MS = 1000;
const MAX_URLS_PER_TAG = 1000;
const MAX_TAGS = 10_000;

type Batch = { tags: Set<string>; urls: Set<string>; everything: boolean };

export type CdnPurgeOptions = {
  url: string;
  secret: string | undefined;
  background: Background;
  fetch?: typeof fetch;
  batchMs?: number;
  attempts?: number;
  backoffMs?: number;
};

export function signature(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export class CdnPurgeHook implements EdgePurge {
  private readonly urlsByTag = new Map<string, Set<string>>();
  private queued: Batch | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly fetch: typeof fetch;
  private readonly batchMs: number;
  private readonly attempts: number;
  private readonly backoffMs: number;
  /** Deliveries given up after every attempt failed (for the logs and tests). */
  failed = 0;

  constructor(private readonly o: CdnPurgeOptions) {
    this.fetch = o.fetch ?? globalThis.fetch;
    this.batchMs = o.batchMs ?? BATCH_MS;
    this.attempts = o.attempts ?? 5;
    this.backoffMs = o.backoffMs ?? 500;
  }

  /** A cacheable answer went out: remember its URL under its tag (the CDN may now hold it). */
  served(url: string, tag: string): void {
    let urls = this.urlsByTag.get(tag);
    if (!urls) {
      if (this.urlsByTag.size >= MAX_TAGS) this.urlsByTag.delete(this.urlsByTag.keys().next().value!);
      this.urlsByTag.set(tag, (urls = new Set()));
    }
    if (urls.has(url)) return;
    if (urls.size >= MAX_URLS_PER_TAG) urls.delete(urls.values().next().value!);
    urls.add(url);
  }

  /** Queues the purge of `tags` (or of everything) and returns at once. */
  async purge(o: { tags?: string[]; purgeEverything?: boolean }): Promise<void> {
    const batch = (this.queued ??= { tags: new Set(), urls: new Set(), everything: false });
    const tags = o.purgeEverything ? [...this.urlsByTag.keys()] : (o.tags ?? []);
    if (o.purgeEverything) {
      batch.everything = true;
      batch.tags.add('all');
    }
    for (const tag of o.tags ?? []) batch.tags.add(tag);
    for (const tag of tags) {
      for (const url of this.urlsByTag.get(tag) ?? []) batch.urls.add(url);
      this.urlsByTag.delete(tag); // served again after the purge, they are recorded again
    }
    if (!this.timer) {
      this.timer = setTimeout(() => this.o.background.track(this.flush()), this.batchMs);
      this.timer.unref?.();
    }
  }

  /** Sends what is queued now (the timer's job; also called at shutdown). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.queued;
    this.queued = null;
    if (!batch) return;
    const body = JSON.stringify({
      event: 'cache.purge',
      tags: [...batch.tags].sort(),
      urls: [...batch.urls].sort(),
      purgeEverything: batch.everything,
      at: new Date().toISOString(),
    });
    await this.deliver(body);
  }

  private async deliver(body: string): Promise<void> {
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      const t = Math.floor(Date.now() / 1000);
      const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Gongyi-Event': 'cache.purge' };
      if (this.o.secret) headers['Gongyi-Signature'] = signature(this.o.secret, t, body);
      try {
        const res = await this.fetch(this.o.url, {
          method: 'POST',
          headers,
          body,
          signal: AbortSignal.timeout(10_000),
        });
        await res.arrayBuffer().catch(() => {});
        if (res.ok) return;
        console.warn(`CDN purge hook answered ${res.status} (attempt ${attempt} of ${this.attempts})`);
      } catch (e) {
        console.warn(
          `CDN purge hook unreachable (attempt ${attempt} of ${this.attempts}): ${e instanceof Error ? e.message : e}`,
        );
      }
      if (attempt < this.attempts) await new Promise((r) => setTimeout(r, this.backoffMs * 2 ** (attempt - 1)));
    }
    this.failed += 1;
    console.error('CDN purge hook: gave up; the CDN serves the purged entries until their max-age ends');
  }
}
