// WRITE_LIMITER on Node: the Workers rate limiting binding's `limit({ key })`, with the numbers of
// wrangler.toml's [[ratelimits]] (300 writes per 60 s per address): fixed windows aligned to the
// period, as the Workers limiter counts, in this process's memory (one process serves the host).
// Only the current window's counters are kept, so memory stays bounded by the addresses seen in
// one period.
export class FixedWindowLimiter {
  private window = -1;
  private counts = new Map<string, number>();

  constructor(
    private readonly limitPerPeriod: number,
    private readonly periodSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  async limit({ key }: { key: string }): Promise<{ success: boolean }> {
    const window = Math.floor(this.now() / (this.periodSeconds * 1000));
    if (window !== this.window) {
      this.window = window;
      this.counts = new Map();
    }
    const used = this.counts.get(key) ?? 0;
    if (used >= this.limitPerPeriod) return { success: false };
    this.counts.set(key, used + 1);
    return { success: true };
  }
}
