/**
 * Client for the same-origin admin API (/api/v1/admin/...). The token lives in the shell
 * (sessionStorage) and travels only in the Authorization header, never in a URL.
 * Every failure is thrown as an AdminApiError carrying the problem+json `code` and field errors.
 */
import type { FieldError, Problem } from '../common/wire/problem.js';

export class AdminApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
  ) {
    super(detail);
    this.name = 'AdminApiError';
  }
}

export type Query = Record<string, string | number | boolean | undefined>;

async function problem(res: Response): Promise<AdminApiError> {
  let body: Partial<Problem> = {};
  try {
    body = await res.json();
  } catch {
    /* not JSON: keep the status only */
  }
  return new AdminApiError(
    res.status,
    body.code ?? (res.status >= 500 ? 'internal_error' : 'http_' + res.status),
    body.detail || body.title || res.statusText || 'HTTP ' + res.status,
    Array.isArray(body.errors) ? body.errors : [],
  );
}

export class AdminApi {
  private readonly base: string;

  constructor(
    private readonly token: string,
    base: string = location.origin,
  ) {
    this.base = base.replace(/\/+$/, '') + '/api/v1';
  }

  get<T>(path: string, query?: Query): Promise<T> {
    return this.call(path, query, { method: 'GET' }).then((r) => r.json() as Promise<T>);
  }

  send<T>(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const init: RequestInit = { method };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers = { 'Content-Type': 'application/json' };
    }
    // DELETE may answer 204 without a body.
    return this.call(path, undefined, init).then((r) =>
      r.status === 204 ? (undefined as T) : (r.json() as Promise<T>),
    );
  }

  /** The raw bytes (e.g. a CSV with its UTF-8 BOM: Response.blob() does not decode, so the BOM survives). */
  download(path: string, query?: Query): Promise<Blob> {
    return this.call(path, query, { method: 'GET' }).then((r) => r.blob());
  }

  private async call(path: string, query: Query | undefined, init: RequestInit): Promise<Response> {
    const url = new URL(this.base + path);
    for (const [k, v] of Object.entries(query ?? {}))
      if (v !== undefined && v !== '') url.searchParams.set(k, String(v));
    const headers = new Headers(init.headers);
    headers.set('Authorization', 'Bearer ' + this.token);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    let res: Response;
    try {
      res = await fetch(url, { ...init, headers, cache: 'no-store' });
    } catch (e) {
      throw new AdminApiError(0, 'network_error', (e as Error).message || 'Network error');
    }
    if (!res.ok) throw await problem(res);
    return res;
  }
}
