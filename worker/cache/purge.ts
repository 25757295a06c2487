// Purge on write: a write that changes what readers see calls `purge(c, tags)` before it answers,
// so the writer's next read (and anyone's in this location) misses and reads D1 again.
// Where Workers Cache is enabled (wrangler.toml [cache]; ctx.cache exists), the same tags are
// purged there too, which is global rather than per location.
import type { Context } from 'hono';
import type { Env } from '../env';
import { forgetHotRows } from './hot-rows';
import { forgetSubjects } from './memory';
import { dropFlights } from './single-flight';
import { notePurged, purgeMarkers } from './store';
import { tagsOfCampaign, type CacheTag } from './tags';

type WorkersCache = { purge(o: { tags?: string[]; purgeEverything?: boolean }): Promise<unknown> };

const workersCache = (ctx: ExecutionContext | undefined) => (ctx as { cache?: WorkersCache } | undefined)?.cache;

/**
 * Purges `tags`: at once in this isolate (its memory, its in-flight reads, its purge table), and
 * in the location's Cache API by marker writes. `wait: false` leaves those writes to waitUntil:
 * a public write's answer need not wait for them, since its own isolate already knows and the
 * widget reads back with its bookmark; staff writes wait, so every isolate knows when they answer.
 */
export async function purgeTags(tags: readonly CacheTag[], ctx?: ExecutionContext, wait = true): Promise<void> {
  if (tags.length === 0) return;
  notePurged(tags);
  dropFlights(tags);
  forgetSubjects(tags);
  if (tags.includes('all')) forgetHotRows();
  const edge = workersCache(ctx);
  const shared = Promise.all([
    purgeMarkers(tags),
    edge && (tags.includes('all') ? edge.purge({ purgeEverything: true }) : edge.purge({ tags: [...tags] })),
  ]);
  if (wait || !ctx) await shared;
  else ctx.waitUntil(shared);
}

const executionCtx = (c: Context<Env>): ExecutionContext | undefined => {
  try {
    return c.executionCtx as ExecutionContext;
  } catch {
    return undefined; // app.request() in a unit test has none
  }
};

export const purge = (c: Context<Env>, tags: readonly CacheTag[], wait = true) =>
  purgeTags(tags, executionCtx(c), wait);

/** After a change to a campaign's money: purge everything that shows it. */
export async function purgeCampaign(c: Context<Env>, campaignId: string): Promise<void> {
  await purge(c, await tagsOfCampaign(c.env.DB, campaignId));
}

/** After a change to one donation (settled by a callback, expired by a poll). */
export async function purgeDonation(c: Context<Env>, donationId: string): Promise<void> {
  const row = await c.env.DB.prepare('SELECT campaign_id FROM donations WHERE id = ?')
    .bind(donationId)
    .first<{ campaign_id: string }>();
  if (row) await purgeCampaign(c, row.campaign_id);
}
