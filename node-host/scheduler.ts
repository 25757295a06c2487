// The cron triggers of wrangler.toml ([triggers] crons, UTC as on Cloudflare) in-process: at each
// matching minute the worker's own `scheduled` handler runs (expiry of unpaid online pledges,
// the month's offline monthly gifts), one run at a time. stop() waits for a run under way.

type Field = Set<number>;
export type Cron = {
  expression: string;
  minute: Field;
  hour: Field;
  day: Field;
  month: Field;
  weekday: Field;
  anyDay: boolean;
  anyWeekday: boolean;
};

function field(text: string, min: number, max: number): Field {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const m = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!m) throw new Error(`unsupported cron field "${text}"`);
    const lo = m[1] === '*' ? min : Number(m[2]);
    const hi = m[1] === '*' ? max : m[3] !== undefined ? Number(m[3]) : m[4] ? max : lo;
    const step = m[4] ? Number(m[4]) : 1;
    if (lo < min || hi > max || lo > hi || step < 1) throw new Error(`cron field "${text}" out of range ${min}-${max}`);
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return out;
}

/** A five-field cron expression (minute hour day-of-month month day-of-week; 7 = Sunday). */
export function parseCron(expression: string): Cron {
  const f = expression.trim().split(/\s+/);
  if (f.length !== 5) throw new Error(`cron "${expression}" must have five fields`);
  const weekday = field(f[4]!, 0, 7);
  if (weekday.has(7)) weekday.add(0);
  return {
    expression,
    minute: field(f[0]!, 0, 59),
    hour: field(f[1]!, 0, 23),
    day: field(f[2]!, 1, 31),
    month: field(f[3]!, 1, 12),
    weekday,
    anyDay: f[2] === '*',
    anyWeekday: f[4] === '*',
  };
}

export function matches(c: Cron, d: Date): boolean {
  if (!c.minute.has(d.getUTCMinutes()) || !c.hour.has(d.getUTCHours()) || !c.month.has(d.getUTCMonth() + 1))
    return false;
  const day = c.day.has(d.getUTCDate());
  const weekday = c.weekday.has(d.getUTCDay());
  // Standard cron: when both day fields are restricted, either may match.
  return c.anyDay || c.anyWeekday ? day && weekday : day || weekday;
}

/** The first whole minute after `from` that one of `crons` matches (within a year), with the crons it matches. */
export function nextRun(crons: Cron[], from: Date): { at: Date; crons: Cron[] } | null {
  const t = new Date(Math.floor(from.getTime() / 60_000) * 60_000 + 60_000);
  for (let i = 0; i < 366 * 24 * 60; i++, t.setTime(t.getTime() + 60_000)) {
    const due = crons.filter((c) => matches(c, t));
    if (due.length) return { at: new Date(t), crons: due };
  }
  return null;
}

export type ScheduledRun = (cron: string, scheduledTime: number) => Promise<void>;

export class Scheduler {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly crons: Cron[];

  constructor(
    expressions: string[],
    private readonly run: ScheduledRun,
    private readonly now: () => number = Date.now,
  ) {
    this.crons = expressions.map(parseCron);
  }

  start(): this {
    this.arm();
    return this;
  }

  /** Sets the timer for the first due minute after now (and after `after`: a timer may fire a little early). */
  private arm(after = 0) {
    if (this.stopped || this.crons.length === 0) return;
    const next = nextRun(this.crons, new Date(Math.max(this.now(), after)));
    if (!next) return;
    this.timer = setTimeout(
      () => {
        for (const c of next.crons)
          this.running = this.running
            .then(() => this.run(c.expression, next.at.getTime()))
            .catch((e) => console.error(`cron ${c.expression} failed`, e));
        this.arm(next.at.getTime());
      },
      Math.max(0, next.at.getTime() - this.now()),
    );
    this.timer.unref?.();
  }

  /** No further runs; resolves when a run under way has finished. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
