// The guides (README.md, CONTRIBUTING.md, docs/*.md) point at each other and at the code. A link
// to a moved page or a renamed heading, or a path in backticks to a file that is gone, sends the
// next reader nowhere: each one must resolve in the repository as it is.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib.mjs';

const GUIDES = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** The text outside fenced code blocks (a snippet may hold anything). */
const prose = (md: string) => md.replace(/^```[\s\S]*?^```/gm, '');

/** GitHub's anchor of a heading: lower case, punctuation dropped (letters of any script kept), spaces → '-'. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const anchors = (file: string) =>
  new Set([...prose(readFileSync(join(ROOT, file), 'utf8')).matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));

describe('the guides', () => {
  it('every relative link leads to a file in the repository, and every #anchor to a heading in it', () => {
    const broken: string[] = [];
    for (const guide of GUIDES) {
      for (const [, target] of prose(readFileSync(join(ROOT, guide), 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target!)) continue; // https:, mailto:: not ours to check
        const [path, anchor] = target!.split('#') as [string, string?];
        const file = path ? relative(ROOT, join(ROOT, dirname(guide), path)) : guide;
        if (!existsSync(join(ROOT, file))) broken.push(`${guide}: ${target} (no ${file})`);
        else if (anchor && file.endsWith('.md') && !anchors(file).has(anchor))
          broken.push(`${guide}: ${target} (no heading #${anchor} in ${file})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every repository path they name in backticks exists', () => {
    const TOP = /^(worker|widgets|node-host|schema|scripts|test|bench|demo|deploy|docs|\.ci)\//;
    const missing: string[] = [];
    for (const guide of GUIDES) {
      for (const [, code] of prose(readFileSync(join(ROOT, guide), 'utf8')).matchAll(/`([^`\n]+)`/g)) {
        const path = code!;
        // URL paths (`/docs/en/`), patterns and placeholders (`schema/seed/*.sql`, `test/e2e/<file>.test.ts`)
        // and what a build or an install makes are not files of the repository.
        if (!TOP.test(path) || /[*<>{}…\s]/.test(path) || /(^|\/)(dist|node_modules)\//.test(path)) continue;
        if (!existsSync(join(ROOT, path))) missing.push(`${guide}: ${code}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
