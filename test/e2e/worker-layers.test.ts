// The worker's house (docs/architecture.md): SQL lives in worker/db/ (or beside its domain:
// payments/, audit/), never in a route handler; db/ imports no route, page or read model; the read
// cache imports no page code (the pages declare their own read policies). Read from the source, so
// a handler that prepares a statement again, or an import back up the layers, fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib.mjs';

const files = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
/**
 * The folders a file imports from (relative imports only): a worker folder by its name ("db",
 * "pages"), a folder beside worker/ as "../name" (e.g. "../common", the vocabulary both sides share).
 */
const importedFolders = (f: string) =>
  [...read(f).matchAll(/from\s+'(\.[^']+)'/g)].map((m) => {
    const [top, inWorker] = relative(ROOT, join(ROOT, f, '..', m[1]!)).split('/');
    return top === 'worker' ? inWorker! : `../${top}`;
  });

describe('the worker’s layers', () => {
  it('no route handler prepares SQL: it calls the data functions of worker/db/', () => {
    const preparing = files('worker/routes').filter((f) => /\.prepare\(/.test(read(f)));
    expect(preparing).toEqual([]);
  });

  it('worker/db/ imports only generic helpers, schemas, domain rules and common/: never a route, page or read model (no circle)', () => {
    const allowed = ['db', 'lib', 'env', 'schemas', 'privacy', 'lunch', '../common'];
    const upward = files('worker/db').flatMap((f) =>
      importedFolders(f)
        .filter((d) => !allowed.includes(d))
        .map((d) => `${f} → ${d}/`),
    );
    expect(upward).toEqual([]);
  });

  it('worker/cache/ imports no page code', () => {
    const pageImports = files('worker/cache').flatMap((f) =>
      importedFolders(f)
        .filter((d) => d === 'pages')
        .map(() => f),
    );
    expect(pageImports).toEqual([]);
  });

  it('"views" names only the console’s screens: no worker code lives in a views/ folder', () => {
    expect(files('worker').filter((f) => f.split('/').includes('views'))).toEqual([]);
  });
});
