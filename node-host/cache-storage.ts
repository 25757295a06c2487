// `caches.default` on Node: the Cache API the read cache (worker/cache/store.ts) already uses,
// over an in-process LRU bounded in bytes. Entries keep their Cache-Control lifetime as workerd's
// cache does (max-age / s-maxage; private, no-store and no lifetime are not stored), so the
// store's keys, freshness windows and purge markers work unchanged. One process serves every
// request, so a purge is seen at once by every later read.
type Entry = { status: number; headers: [string, string][]; body: Uint8Array; expires: number; bytes: number };

const keyOf = (req: RequestInfo | URL) => (typeof req === 'string' ? req : req instanceof URL ? req.href : req.url);

function lifetimeSeconds(cacheControl: string | null): number {
  if (!cacheControl || /(?:^|,)\s*(?:private|no-store|no-cache)\b/i.test(cacheControl)) return 0;
  const s = /s-maxage\s*=\s*(\d+)/i.exec(cacheControl) ?? /max-age\s*=\s*(\d+)/i.exec(cacheControl);
  return s ? Number(s[1]) : 0;
}

export class MemoryCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get size() {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private drop(key: string) {
    const e = this.entries.get(key);
    if (!e) return false;
    this.entries.delete(key);
    this.bytes -= e.bytes;
    return true;
  }

  async match(request: RequestInfo | URL, options?: CacheQueryOptions): Promise<Response | undefined> {
    if (request instanceof Request && request.method !== 'GET' && !options?.ignoreMethod) return undefined;
    const key = keyOf(request);
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expires <= Date.now()) {
      this.drop(key);
      return undefined;
    }
    this.entries.delete(key); // most recently used last
    this.entries.set(key, e);
    return new Response(e.body.byteLength ? e.body.slice() : null, { status: e.status, headers: e.headers });
  }

  async put(request: RequestInfo | URL, response: Response): Promise<void> {
    if (response.status === 206) throw new TypeError('Cannot cache a partial response');
    const key = keyOf(request);
    const ttl = lifetimeSeconds(response.headers.get('Cache-Control'));
    const body = new Uint8Array(await response.arrayBuffer());
    this.drop(key);
    if (ttl <= 0) return;
    const headers = [...response.headers];
    const bytes =
      body.byteLength + key.length * 2 + headers.reduce((n, [k, v]) => n + (k.length + v.length) * 2, 0) + 64;
    if (bytes > this.maxBytes / 8) return; // one entry never pushes out most of the cache
    this.entries.set(key, { status: response.status, headers, body, expires: Date.now() + ttl * 1000, bytes });
    this.bytes += bytes;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(oldest);
    }
  }

  async delete(request: RequestInfo | URL): Promise<boolean> {
    return this.drop(keyOf(request));
  }
}

/** The `caches` global as workerd offers it: `default`, and named caches from `open`. */
export class MemoryCacheStorage {
  readonly default: MemoryCache;
  private readonly named = new Map<string, MemoryCache>();

  constructor(private readonly maxBytes: number) {
    this.default = new MemoryCache(maxBytes);
  }

  async open(name: string): Promise<MemoryCache> {
    let c = this.named.get(name);
    if (!c) this.named.set(name, (c = new MemoryCache(this.maxBytes)));
    return c;
  }
}
