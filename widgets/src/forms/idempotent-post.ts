import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, apiUrl, send } from '../lib/api.js';

/**
 * One public write from a form (pledge, sponsorship, claim). It keeps the Idempotency-Key of a
 * submission while its body stays the same, so a retry after a failure is replayed by the server
 * instead of counted twice; a changed submission gets a new key. The host renders `sending` and
 * `error`. Lives outside lib/ so it loads with the forms, not with every card.
 */
export class IdempotentPost implements ReactiveController {
  sending = false;
  error: ApiError | undefined;
  private key: string | undefined;
  private keyBody: string | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
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
    this.error = undefined;
    this.host.requestUpdate();
    try {
      return await send<T>(apiUrl(api, path), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': this.key },
        body,
      });
    } catch (err) {
      this.error = err instanceof ApiError ? err : new ApiError(0, 'network_error', String(err));
      return undefined;
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  /** The next submission is a new one: forget the key and the last error. */
  reset(): void {
    this.key = this.keyBody = this.error = undefined;
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
