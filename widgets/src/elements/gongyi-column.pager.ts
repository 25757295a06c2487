import { ApiError, getJson } from '../lib/api.js';

/** A project card as GET /orgs/{org}/projects sends it. */
export interface ProjectCard {
  id: string;
  orgId: string;
  title: string;
  summary: string;
  coverUrl: string | null;
  category: string;
  location: string | null;
  beneficiaries: string | null;
  status: string;
  campaignId: string | null;
  progress: { currency: string; goalAmount: number; raisedAmount: number; donorCount: number } | null;
}

export interface Filters {
  category: string;
  status: string;
}

/**
 * The column's project list: the first page for the current filters, then "load more" pages with
 * the API's cursor appended. A new filter aborts whatever page was on its way, so a slow answer for
 * an old filter can never land in the new list.
 */
export class ProjectPager {
  items: ProjectCard[] = [];
  nextCursor: string | null = null;
  loading = false;
  error: ApiError | undefined;
  private abort: AbortController | undefined;

  constructor(private readonly changed: () => void) {}

  async load(api: string | undefined, org: string, f: Filters, limit: number, more = false): Promise<void> {
    this.abort?.abort();
    const ac = (this.abort = new AbortController());
    if (!more) {
      this.items = [];
      this.nextCursor = null;
    }
    const q = new URLSearchParams({ limit: String(limit) });
    if (f.category) q.set('category', f.category);
    if (f.status) q.set('status', f.status);
    if (more && this.nextCursor) q.set('cursor', this.nextCursor);
    this.loading = true;
    this.error = undefined;
    this.changed();
    try {
      const page = await getJson<{ items: ProjectCard[]; nextCursor: string | null }>(
        api,
        `/orgs/${encodeURIComponent(org)}/projects?${q}`,
        ac.signal,
      );
      if (ac.signal.aborted) return;
      this.items = [...this.items, ...page.items];
      this.nextCursor = page.nextCursor;
    } catch (e) {
      if (ac.signal.aborted) return;
      this.error = e instanceof ApiError ? e : new ApiError(0, 'network_error', String(e));
    }
    this.loading = false;
    this.changed();
  }

  stop(): void {
    this.abort?.abort();
    this.loading = false;
  }
}
