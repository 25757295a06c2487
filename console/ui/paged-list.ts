/**
 * A list the admin API hands out a page at a time (`{ items, nextCursor }`), as a Lit reactive
 * controller: the first page for the view's current filters (`reload()`), the next one appended
 * (`more()`), and an answer that arrives after the filters changed again is dropped, so a slow
 * first page never overwrites a newer one. The pledge queue, the audit trail and the wish list
 * share it; each view says only how to fetch a page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Fetches the page after `cursor` (undefined: the first page) for the view's current filters. */
export type PageFetcher<T> = (cursor: string | undefined) => Promise<Page<T>>;

export class PagedList<T> implements ReactiveController {
  /** What is shown; undefined while the first page loads. */
  items: T[] | undefined = undefined;
  /** Where the next page starts; null when there is none. */
  nextCursor: string | null = null;
  /** Counts loads, so only the newest one's answer is kept. */
  private seq = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetchPage: PageFetcher<T>,
    private readonly onError: (e: unknown) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The first page for the current filters; what was shown goes at once (the view says "loading"). */
  reload(): Promise<void> {
    return this.load(false);
  }

  /** The next page, appended. */
  more(): Promise<void> {
    return this.load(true);
  }

  /** The items changed in place (an item the API just answered for, a new one put first). */
  update(change: (items: T[]) => T[]): void {
    this.items = change(this.items ?? []);
    this.host.requestUpdate();
  }

  private async load(more: boolean): Promise<void> {
    const seq = ++this.seq;
    const cursor = more ? (this.nextCursor ?? undefined) : undefined;
    if (!more) {
      this.items = undefined;
      this.nextCursor = null;
      this.host.requestUpdate();
    }
    try {
      const page = await this.fetchPage(cursor);
      if (seq !== this.seq) return; // the filters changed meanwhile: a newer answer comes
      this.items = more ? [...(this.items ?? []), ...page.items] : page.items;
      this.nextCursor = page.nextCursor;
    } catch (e) {
      if (seq === this.seq) this.onError(e);
    }
    this.host.requestUpdate();
  }
}
