import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GongyiErrorDetail } from '../events.js';
import { BOOKMARK_WINDOW_MS } from '../../../common/bookmark-window.js';
import { BOOKMARK_HEADER } from '../../../common/headers.js';
import { ApiError, BOOKMARKS, apiUrl, defaultApi, send } from '../lib/api.js';
import { pageOwnerFix } from './page-owner.js';

/**
 * One public write from a form (pledge, sponsorship, claim). It keeps the Idempotency-Key of a
 * submission while its body stays the same, so a retry after a failure is replayed by the server
 * instead of counted twice; a changed submission gets a new key. The host renders `sending` and
 * `error`. A refusal of the page itself (page-owner.ts) is also told to the page's owner: a
 * console warning and a `gongyi-error` event whose detail carries `fix`. Lives outside lib/ so it
 * loads with the forms, not with every card.
 */
export class IdempotentPost implements ReactiveController {
  sending = false;
  error: ApiError | undefined;
  /** How the page's owner fixes the last refusal, when it was the page's doing. */
  fix: string | undefined;
  private key: string | undefined;
  private keyBody: string | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Sends `payload` to `path`; the answer, or undefined when refused or unreachable (`error` says why). */
  async send<T>(api: string | undefined, path: string, payload: object): Promise<T | undefined> {
    const body = JSON.stringify(payload);
    if (body !== this.keyBody || !this.key) {
      this.key = newKey();
      this.keyBody = body;
    }
    this.sending = true;
    this.error = this.fix = undefined;
    this.host.requestUpdate();
    try {
      return await send<T>(
        apiUrl(api, path),
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': this.key },
          body,
        },
        (res) => keepBookmark(api, res),
      );
    } catch (err) {
      const e = (this.error = err instanceof ApiError ? err : new ApiError(0, 'network_error', String(err)));
      this.fix = pageOwnerFix(e, (api || defaultApi()).replace(/\/+$/, ''));
      if (this.fix) {
        console.warn(this.fix);
        this.host.dispatchEvent(
          new CustomEvent('gongyi-error', { detail: this.detail(), bubbles: true, composed: true }),
        );
      }
      return undefined;
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  /** The last refusal as the `*-error` and `gongyi-error` events carry it. */
  detail(): GongyiErrorDetail {
    const { status, code, message } = this.error!;
    return { status, code, message, ...(this.fix ? { fix: this.fix } : {}) };
  }

  /** The next submission is a new one: forget the key and the last error. */
  reset(): void {
    this.key = this.keyBody = this.error = this.fix = undefined;
    this.host.requestUpdate();
  }
}

/** The optional donor fields every giving form shares (name, anonymous, message, contact), trimmed. */
export function donorDetails(form: HTMLFormElement): Record<string, string | true> {
  const f = new FormData(form);
  const text = (k: string) => String(f.get(k) ?? '').trim();
  const out: Record<string, string | true> = {};
  for (const k of ['name', 'message', 'contact']) if (text(k)) out[k] = text(k);
  if (f.get('anonymous')) out.anonymous = true;
  return out;
}

/** crypto.randomUUID needs a secure context; embedding pages may be plain http, so fall back. */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Keeps a write's D1 bookmark for the reads that follow it (lib/api.ts, getJson's `fresh`). */
function keepBookmark(api: string | undefined, res: Response): void {
  const b = res.headers.get(BOOKMARK_HEADER);
  if (!b) return;
  const g = globalThis as Record<symbol, Map<string, string> | undefined>;
  const kept = (g[BOOKMARKS] ??= new Map());
  const base = apiUrl(api, '');
  kept.set(base, b);
  setTimeout(() => kept.get(base) === b && kept.delete(base), BOOKMARK_WINDOW_MS);
}
