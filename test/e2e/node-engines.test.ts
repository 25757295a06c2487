// `npm install` on the oldest Node the project supports (package.json engines) warns EBADENGINE for
// every installed package whose own engines exclude it. Each such package is named in the README
// with why it is harmless, so a reader of those warnings finds the answer; a new one fails here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib.mjs';

const semver = createRequire(import.meta.url)('semver') as {
  satisfies(version: string, range: string, o?: { includePrerelease?: boolean }): boolean;
  minVersion(range: string): { version: string } | null;
};
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');

describe('Node engines', () => {
  it('every package npm warns about on the oldest supported Node is named and explained in the README', () => {
    const oldest = semver.minVersion(JSON.parse(read('package.json')).engines.node)!.version;
    const lock = JSON.parse(read('package-lock.json')) as {
      packages: Record<string, { version?: string; optional?: boolean; engines?: { node?: string } }>;
    };
    const warned = Object.entries(lock.packages)
      // npm installs optional packages only where they fit, and says nothing of the others.
      .filter(
        ([path, p]) =>
          path &&
          !p.optional &&
          typeof p.engines?.node === 'string' &&
          !semver.satisfies(oldest, p.engines.node, { includePrerelease: true }),
      )
      .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')}@${p.version}`);
    const readme = read('README.md');
    expect(warned.filter((w) => !readme.includes(w))).toEqual([]);
  });
});
