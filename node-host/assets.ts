// The ASSETS binding on Node: dist/ served as Workers static assets serve it (the rules of
// wrangler's asset worker, html_handling "auto-trailing-slash", not_found_handling "none"):
//   /file → file.html; /file.html → 307 /file; /dir → 307 /dir/; /dir/ → dir/index.html;
//   ETag with If-None-Match → 304; Cache-Control "public, max-age=0, must-revalidate" unless the
//   request carries Authorization or Range; other methods on an asset → 405; nothing → 404;
//   then the `_headers` rules (set, `! Name` to remove, * and :placeholders), on every answer.
// Files are read once at start (dist/ is small and immutable between builds).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'text/xml; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/vnd.microsoft.icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** Files of the assets directory that configure serving and are never served themselves. */
const META_FILES = new Set(['/_headers', '/_redirects', '/.assetsignore']);

type Asset = { body: Buffer; etag: string; contentType: string | undefined };
type HeaderRule = { pattern: RegExp; set: [string, string][]; unset: string[] };
type Intent = { asset: string } | { redirect: string } | null;

function walk(dir: string, root: string, out: Map<string, Asset>) {
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) walk(file, root, out);
    else {
      const path = '/' + relative(root, file).split(sep).join('/');
      if (META_FILES.has(path)) continue;
      const body = readFileSync(file);
      const etag = createHash('sha256').update(body).update(extname(file)).digest('hex').slice(0, 32);
      out.set(path, { body, etag, contentType: TYPES[extname(file).toLowerCase()] });
    }
  }
}

const escapeRegex = (s: string) => s.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&');

/** A path rule of `_headers` or run_worker_first: `*` is a splat, `:name` one path segment. */
function rulePattern(rule: string): RegExp {
  let re = rule.split('*').map(escapeRegex).join('(?<splat>.*)');
  re = re.replace(/:([A-Za-z]\w*)/g, '(?<$1>[^/]+)');
  return new RegExp(`^${re}$`);
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      // Rules for another host (https://host/path) do not apply to this one.
      current = line.trim().startsWith('/') ? { pattern: rulePattern(line.trim()), set: [], unset: [] } : null;
      if (current) rules.push(current);
      continue;
    }
    if (!current) continue;
    const t = line.trim();
    if (t.startsWith('!')) current.unset.push(t.slice(1).trim());
    else {
      const i = t.indexOf(':');
      if (i > 0) current.set.push([t.slice(0, i).trim(), t.slice(i + 1).trim()]);
    }
  }
  return rules;
}

const decodePath = (p: string) =>
  p
    .split('/')
    .map((x) => {
      try {
        return decodeURIComponent(x);
      } catch {
        return x;
      }
    })
    .join('/')
    .replace(/\/+/g, '/');
const encodePath = (p: string) => p.split('/').map(encodeURIComponent).join('/');

export class AssetsFetcher {
  private readonly files = new Map<string, Asset>();
  private readonly rules: HeaderRule[];

  constructor(dir: string) {
    walk(dir, dir, this.files);
    let headers = '';
    try {
      headers = readFileSync(join(dir, '_headers'), 'utf8');
    } catch {
      /* no _headers */
    }
    this.rules = parseHeadersFile(headers);
  }

  private exists = (path: string) => (this.files.has(path) ? path : null);

  /** `file` would be served at `destination` (and nothing is there itself): redirect there. */
  private redirectTo(file: string, destination: string): Intent {
    if (this.exists(destination)) return null;
    const intent = this.intent(destination, true);
    return intent && 'asset' in intent && intent.asset === this.exists(file) ? { redirect: destination } : null;
  }

  /** wrangler's auto-trailing-slash resolution of a decoded path. */
  private intent(path: string, skipRedirects = false): Intent {
    const redirect = (file: string, destination: string) => (skipRedirects ? null : this.redirectTo(file, destination));
    const exact = this.exists(path);
    let r: Intent = null;
    if (path.endsWith('/index')) {
      if (exact) return { asset: exact };
      if ((r = redirect(`${path}.html`, path.slice(0, -5)))) return r;
      if ((r = redirect(`${path.slice(0, -6)}.html`, path.slice(0, -6)))) return r;
    } else if (path.endsWith('/index.html')) {
      if ((r = redirect(path, path.slice(0, -10)))) return r;
      if ((r = redirect(`${path.slice(0, -11)}.html`, path.slice(0, -11)))) return r;
    } else if (path.endsWith('/')) {
      const index = this.exists(`${path}index.html`);
      if (index) return { asset: index };
      if ((r = redirect(`${path.slice(0, -1)}.html`, path.slice(0, -1)))) return r;
    } else if (path.endsWith('.html')) {
      if ((r = redirect(path, path.slice(0, -5)))) return r;
      if ((r = redirect(`${path.slice(0, -5)}/index.html`, `${path.slice(0, -5)}/`))) return r;
    }
    if (exact) return { asset: exact };
    const html = this.exists(`${path}.html`);
    if (html) return { asset: html };
    return redirect(`${path}/index.html`, `${path}/`);
  }

  /** Whether a request would be answered from the assets (an asset or a redirect), as the router asks. */
  canServe(url: URL): boolean {
    return this.intent(decodePath(url.pathname)) !== null;
  }

  private withCustomHeaders(pathname: string, res: Response): Response {
    const setNames = new Set<string>();
    for (const rule of this.rules) {
      const m = rule.pattern.exec(pathname);
      if (!m) continue;
      for (const name of rule.unset) res.headers.delete(name);
      for (const [name, value] of rule.set) {
        let v = value;
        for (const [k, g] of Object.entries(m.groups ?? {})) v = v.replaceAll(`:${k}`, g ?? '');
        if (setNames.has(name.toLowerCase())) res.headers.append(name, v);
        else {
          res.headers.set(name, v);
          setNames.add(name.toLowerCase());
        }
      }
    }
    return res;
  }

  async fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = input instanceof Request && !init ? input : new Request(input, init);
    const url = new URL(request.url);
    return this.withCustomHeaders(url.pathname, this.answer(request, url));
  }

  private answer(request: Request, url: URL): Response {
    const path = decodePath(url.pathname);
    const intent = this.intent(path);
    if (!intent) return new Response(null, { status: 404, statusText: 'Not Found' });
    const method = request.method.toUpperCase();
    if (method !== 'GET' && method !== 'HEAD')
      return new Response(null, { status: 405, statusText: 'Method Not Allowed' });
    const destination = 'redirect' in intent ? intent.redirect : path;
    const encoded = encodePath(destination);
    if ('redirect' in intent || encoded !== url.pathname) {
      return new Response(null, {
        status: 307,
        statusText: 'Temporary Redirect',
        headers: { Location: encoded + url.search },
      });
    }
    const asset = this.files.get(intent.asset)!;
    const headers = new Headers({ ETag: `"${asset.etag}"` });
    if (asset.contentType) headers.set('Content-Type', asset.contentType);
    if (!request.headers.has('Authorization') && !request.headers.has('Range'))
      headers.set('Cache-Control', 'public, max-age=0, must-revalidate');
    const inm = request.headers.get('If-None-Match') ?? '';
    if (inm === `"${asset.etag}"` || inm === `W/"${asset.etag}"`) return new Response(null, { status: 304, headers });
    return new Response(method === 'HEAD' ? null : asset.body, { status: 200, headers });
  }

  connect(): never {
    throw new Error('ASSETS.connect is not supported');
  }
}

/** wrangler.toml [assets] run_worker_first: `*` matches across segments, `!pattern` excludes. */
export function workerFirstMatcher(patterns: string[]): (pathname: string) => boolean {
  const toRe = (p: string) => new RegExp(`^${p.split('*').map(escapeRegex).join('.*')}$`);
  const include = patterns.filter((p) => !p.startsWith('!')).map(toRe);
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => toRe(p.slice(1)));
  return (pathname) => include.some((r) => r.test(pathname)) && !exclude.some((r) => r.test(pathname));
}
