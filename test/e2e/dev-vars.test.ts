// `npm start` keeps the local secrets in .dev.vars (scripts/lib.mjs ensureDevVars): an admin token
// and a donor-link secret of its own, each created when missing and never replaced.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureDevVars, readVar } from '../../scripts/lib.mjs';

const dir = mkdtempSync(join(tmpdir(), 'gongyi-dev-vars-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('.dev.vars (npm start)', () => {
  it('a fresh checkout gets an admin token and a different donor-link secret, readable by its owner only; a second run changes nothing', () => {
    const file = join(dir, 'fresh.dev.vars');
    const first = ensureDevVars(file);
    expect(first.created).toEqual(['ADMIN_TOKEN', 'DONOR_LINK_SECRET']);
    const admin = readVar(file, 'ADMIN_TOKEN');
    const donor = readVar(file, 'DONOR_LINK_SECRET');
    expect(first.token).toBe(admin);
    expect(donor).toMatch(/^[\w-]{43}$/);
    expect(donor).not.toBe(admin);
    expect(statSync(file).mode & 0o077).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(ensureDevVars(file)).toEqual({ file, token: admin, created: [] });
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('an older .dev.vars keeps its admin token and other lines, and gains the donor-link secret', () => {
    const file = join(dir, 'older.dev.vars');
    writeFileSync(file, 'ADMIN_TOKEN=gy_kept\nSTRIPE_SECRET_KEY=sk_test_x', { mode: 0o600 });
    expect(ensureDevVars(file)).toMatchObject({ token: 'gy_kept', created: ['DONOR_LINK_SECRET'] });
    expect(readVar(file, 'ADMIN_TOKEN')).toBe('gy_kept');
    expect(readVar(file, 'STRIPE_SECRET_KEY')).toBe('sk_test_x');
    expect(readVar(file, 'DONOR_LINK_SECRET')).toMatch(/^[\w-]{43}$/);
  });
});
