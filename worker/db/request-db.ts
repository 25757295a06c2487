// The D1 binding as one request sees it. Public reads run in a D1 session that may start on the
// nearest read replica ('first-unconstrained'), or after a bookmark the client brought back from
// its own write (read-your-writes; only one this service signed, lib/bookmark.ts); writes and
// staff calls start on the primary ('first-primary'). Every statement is counted (lib/metrics.ts).
// Without read replication enabled all sessions simply go to the primary, so this is correct on
// every deployment.
import { BOOKMARK_HEADER } from '../../common/headers';
import type { Bindings } from '../env';
import { openBookmark, signBookmark } from '../lib/bookmark';
import { metrics } from '../lib/metrics';

/** What one request has asked D1 (the read cache records it per key). */
type Tally = { statements: number; roundTrips: number };

function tally(t: Tally, statements: number) {
  t.statements += statements;
  t.roundTrips += 1;
  metrics.d1.statements += statements;
  metrics.d1.roundTrips += 1;
}

class CountedStatement {
  constructor(
    readonly inner: D1PreparedStatement,
    private readonly t: Tally,
  ) {}
  bind(...values: unknown[]) {
    return new CountedStatement(this.inner.bind(...values), this.t);
  }
  private counted<T>(p: Promise<T>) {
    tally(this.t, 1);
    return p;
  }
  first(col?: string) {
    return this.counted(col === undefined ? this.inner.first() : this.inner.first(col));
  }
  all() {
    return this.counted(this.inner.all());
  }
  run() {
    return this.counted(this.inner.run());
  }
  raw(options?: { columnNames?: boolean }) {
    return this.counted(this.inner.raw(options as { columnNames: true }));
  }
}

export type RequestDb = D1Database & {
  bookmark(): string | null;
  /** The client's (verified) bookmark this session started after, if it brought one back. */
  readsAfter(): string | null;
  /** Statements and round trips this request has made so far. */
  asked(): Tally;
};

/** Wraps `db` in a session for this request; `bookmark()` is the session's latest bookmark. */
export function requestDb(db: D1Database, constraint: D1SessionConstraint | string): RequestDb {
  const session = typeof db.withSession === 'function' ? db.withSession(constraint) : null;
  const target = session ?? db;
  const t: Tally = { statements: 0, roundTrips: 0 };
  const facade = {
    prepare: (query: string) => new CountedStatement(target.prepare(query), t) as unknown as D1PreparedStatement,
    batch: <T>(statements: D1PreparedStatement[]) => {
      tally(t, statements.length);
      const inner = statements.map((s) => (s instanceof CountedStatement ? s.inner : s));
      return target.batch<T>(inner);
    },
    exec: (query: string) => {
      tally(t, 0);
      return db.exec(query);
    },
    withSession: (c?: string) => db.withSession(c),
    dump: () => db.dump(),
    bookmark: () => session?.getBookmark() ?? null,
    readsAfter: () => (constraint === 'first-primary' || constraint === 'first-unconstrained' ? null : constraint),
    asked: () => ({ ...t }),
  };
  return facade as unknown as RequestDb;
}

const isPublicRead = (req: Request) =>
  (req.method === 'GET' || req.method === 'HEAD') && !new URL(req.url).pathname.startsWith('/api/v1/admin');

/** Where this request's session starts: the client's own bookmark, the nearest replica, or the primary. */
export async function sessionConstraint(env: Bindings, req: Request): Promise<string> {
  if (!isPublicRead(req)) return 'first-primary';
  const brought = req.headers.get(BOOKMARK_HEADER);
  return (brought && (await openBookmark(env, brought))) || 'first-unconstrained';
}

/** Hands the write's bookmark to the client (signed), so its next read can ask for at least this state. */
export async function withBookmark(env: Bindings, req: Request, res: Response, db: RequestDb): Promise<Response> {
  if (isPublicRead(req) || !new URL(req.url).pathname.startsWith('/api/')) return res;
  const bookmark = db.bookmark();
  if (!bookmark || res.status >= 400) return res;
  const signed = await signBookmark(env, bookmark);
  try {
    // The app's own answer: its headers can take one more (no copy of the response and its body).
    res.headers.set(BOOKMARK_HEADER, signed);
    return res;
  } catch {
    const out = new Response(res.body, res); // an answer with immutable headers (one fetch() returned)
    out.headers.set(BOOKMARK_HEADER, signed);
    return out;
  }
}
