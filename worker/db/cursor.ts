// Opaque keyset cursors: base64url(JSON [createdAt, id]) of the last item of the previous page.
import { ProblemError } from '../lib/problem';

export type Keyset = { createdAt: string; id: string };

export function encodeCursor(k: Keyset): string {
  const bytes = new TextEncoder().encode(JSON.stringify([k.createdAt, k.id]));
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeCursor(cursor: string | undefined): Keyset | null {
  if (!cursor) return null;
  try {
    const bin = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    const v: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0))));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') {
      return { createdAt: v[0], id: v[1] };
    }
  } catch {
    /* fall through */
  }
  throw new ProblemError(400, 'validation_failed', 'Invalid cursor', [
    { path: 'cursor', message: 'Use nextCursor from a previous page' },
  ]);
}

/** Fetches limit+1 rows to learn whether another page exists. */
export function page<T extends { created_at: string; id: string }>(rows: T[], limit: number) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor({ createdAt: last.created_at, id: last.id }) : null;
  return { items, nextCursor };
}
