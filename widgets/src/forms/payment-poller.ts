import { ApiError, getJson, type DonationState, type DonationStatus } from '../lib/api.js';

/**
 * How often the panel asks whether an online payment has arrived: soon after the code is shown
 * (donors pay within seconds), then less often, so a forgotten tab does not keep polling hard.
 * Mutable so the widget tests can run the same code on a short clock.
 */
export const pollTiming = { firstMs: 2000, stepMs: 500, maxMs: 15_000 };

const FINAL: ReadonlySet<DonationState> = new Set(['confirmed', 'cancelled', 'refunded', 'expired']);

/**
 * Polls GET /donations/{id} (past the HTTP cache) until the status is final, the payment's
 * expiresAt has passed (one last look, then `expired`), or stop() is called (the form left the
 * page). `check()` asks at once, for the "check again" button, and restarts the gentle pace.
 */
export class PaymentPoller {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | undefined;
  private delay = pollTiming.firstMs;
  private running = false;

  constructor(
    private readonly api: string | undefined,
    private readonly id: string,
    private readonly expiresAt: number,
    private readonly onStatus: (state: DonationState, data?: DonationStatus) => void,
    private readonly onError: (err: ApiError) => void,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.delay = pollTiming.firstMs;
    this.schedule();
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
    this.abort?.abort();
  }

  /** Asks now and restarts the gentle pace; resolves when the answer is in (or the error reported). */
  async check(): Promise<void> {
    clearTimeout(this.timer);
    this.delay = pollTiming.firstMs;
    await this.poll();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (!this.running) return;
    const left = this.expiresAt - Date.now();
    this.timer = setTimeout(() => void this.poll(), Math.max(0, Math.min(this.delay, left)));
    this.delay = Math.min(pollTiming.maxMs, this.delay + pollTiming.stepMs);
  }

  private async poll(): Promise<void> {
    this.abort?.abort();
    const ac = (this.abort = new AbortController());
    let data: DonationStatus | undefined;
    try {
      data = await getJson<DonationStatus>(this.api, '/donations/' + encodeURIComponent(this.id), ac.signal, true);
    } catch (e) {
      if (ac.signal.aborted) return;
      this.onError(e instanceof ApiError ? e : new ApiError(0, 'network_error', String(e)));
    }
    if (ac.signal.aborted) return;
    // The server expires pending payments itself, maybe a little after the code stopped working.
    let state = data?.status;
    if ((state ?? 'pending') === 'pending' && Date.now() >= this.expiresAt) state = 'expired';
    if (state && FINAL.has(state)) this.stop();
    if (state) this.onStatus(state, data);
    this.schedule();
  }
}
