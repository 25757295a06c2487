import type { ReactiveController, ReactiveControllerHost } from 'lit';

const REDUCE = '(prefers-reduced-motion: reduce)';
const reducedMotion = () => typeof matchMedia === 'function' && matchMedia(REDUCE).matches;
const easeOut = (x: number) => 1 - (1 - x) ** 3;

/**
 * Counts the host's figures up from zero once, the first time it is scrolled into view.
 * `progress` goes 0 → 1 (eased); the host renders value × progress. Readers who ask for reduced
 * motion, elder mode (no moving distractions: the host has the `elder` attribute) and browsers
 * without IntersectionObserver get the final figures at once. Screen readers
 * always get the final figures (the host renders them in text that does not move).
 */
export class CountUp implements ReactiveController {
  progress = 1;
  private state: 'idle' | 'waiting' | 'running' | 'done' = 'idle';
  private io: IntersectionObserver | undefined;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly duration = 1200,
  ) {
    host.addController(this);
  }

  /** Call when the figures are ready, before they render: arms the count-up (only the first time). */
  arm(): void {
    if (this.state !== 'idle') return;
    if (reducedMotion() || this.host.hasAttribute('elder') || typeof IntersectionObserver !== 'function')
      return this.finish();
    this.progress = 0;
    this.state = 'waiting';
    this.io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.run(), {
      threshold: 0.2,
    });
    this.io.observe(this.host);
  }

  private run(): void {
    this.io?.disconnect();
    if (this.state !== 'waiting') return;
    this.state = 'running';
    const start = performance.now();
    const step = (now: number) => {
      const x = Math.min(1, (now - start) / this.duration);
      // A reader may turn reduced motion on mid-count: stop moving at once.
      if (x >= 1 || reducedMotion()) return this.finish();
      this.progress = easeOut(x);
      this.host.requestUpdate();
      this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }

  private finish(): void {
    this.io?.disconnect();
    cancelAnimationFrame(this.frame);
    this.state = 'done';
    this.progress = 1;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // Removed before or while counting: whatever comes back shows the real figures, still.
    if (this.state === 'waiting' || this.state === 'running') this.finish();
  }
}
