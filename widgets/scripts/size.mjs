#!/usr/bin/env node
// Size budget: embed.js + every file one <gongyi-progress> needs (its chunk, the shared chunk,
// one locale's catalog and what they import), gzip level 9. Fails above the budget.
// Usage: node widgets/scripts/size.mjs [element=gongyi-progress] [locale=zh-Hans] [budgetBytes=14000]
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const [element = 'gongyi-progress', locale = 'zh-Hans', budget = '14000'] = process.argv.slice(2);
const dist = 'dist';
const seen = new Map();

function visit(file, follow) {
  if (seen.has(file)) return;
  const code = readFileSync(file, 'utf8');
  seen.set(file, gzipSync(code, { level: 9 }).length);
  // static imports: `from"./x.js"` / `import"./x.js"`
  for (const m of code.matchAll(/(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)) visit(join(dirname(file), m[1]), follow);
  // dynamic imports we choose to follow
  for (const m of code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)) if (follow(m[1])) visit(join(dirname(file), m[1]), follow);
}

const el = element.replace('gongyi-', '');
visit(join(dist, 'embed.js'), (p) => p.includes(`/${element}-`) || p.includes(`/${el}.${locale}-`));
const sum = () => [...seen.values()].reduce((a, b) => a + b, 0);
for (const [f, n] of seen) console.log(String(n).padStart(7), relative(dist, f));
const total = sum();
console.log(String(total).padStart(7), `total gzip bytes for <${element}> (${locale}) until first interaction; budget ${budget}`);
// The pledge form (<gongyi-pledge>) is fetched when a donor hovers, focuses or opens "Give".
const before = new Set(seen.keys());
for (const f of before) {
  const code = readFileSync(f, 'utf8');
  for (const m of code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]*gongyi-pledge-[^"'`]+)["'`]\s*\)/g)) visit(join(dirname(f), m[1]), () => false);
}
for (const [f, n] of seen) if (!before.has(f)) console.log(String(n).padStart(7), relative(dist, f), '(on demand)');
console.log(String(sum()).padStart(7), 'total with the pledge form opened');
if (total > Number(budget)) {
  console.error('over budget');
  process.exit(1);
}
