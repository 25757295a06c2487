// `ctx.waitUntil` on Node: background work (cache stores, purge markers, stale refreshes, the
// CDN purge hook, cron jobs) is tracked here, so shutdown waits for all of it before the
// database closes. Each request gets an ExecutionContext over the one tracker.
export class Background {
  private readonly pending = new Set<Promise<unknown>>();

  track(p: Promise<unknown>): void {
    const settled = p
      .catch((e) => console.error('background work failed', e))
      .finally(() => this.pending.delete(settled));
    this.pending.add(settled);
  }

  get size() {
    return this.pending.size;
  }

  /** Resolves when nothing is pending (work started by pending work included). */
  async settle(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }
}

/** Workers Cache's purge as the Node host offers it (the CDN purge hook), when configured. */
export type EdgePurge = { purge(o: { tags?: string[]; purgeEverything?: boolean }): Promise<unknown> };

export function executionContext(background: Background, cache?: EdgePurge): ExecutionContext {
  const ctx = {
    waitUntil: (p: Promise<unknown>) => background.track(p),
    passThroughOnException: () => {},
    props: {},
    ...(cache ? { cache } : {}),
  };
  return ctx as unknown as ExecutionContext;
}
