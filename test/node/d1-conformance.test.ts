// The D1 conformance cases (test/conformance/d1-cases.ts) against the Node host's binding: a fresh
// SQLite file with the project's migrations and demo data, opened as the server opens it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { applyMigrations, loadSeed, openDatabase } from '../../node-host/database';
import { d1Binding } from '../../node-host/sqlite-d1';
import { d1Conformance } from '../conformance/d1-cases';

const dir = mkdtempSync(join(tmpdir(), 'gongyi-conformance-'));
const sqlite = openDatabase(join(dir, 'gongyi.sqlite'));
applyMigrations(sqlite, 'schema/migrations');
loadSeed(sqlite, 'schema/seed');
const db = d1Binding(sqlite);
afterAll(() => {
  sqlite.close();
  rmSync(dir, { recursive: true, force: true });
});

d1Conformance(() => db);
