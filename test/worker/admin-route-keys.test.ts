// The console decides which controls to show by admin route keys (common/admin-routes.ts) that the
// session's `allowed` lists; the worker's access table (worker/routes/admin/access.ts) makes those
// keys. A key the table does not have would hide its control from every token, silently.
import { describe, expect, it } from 'vitest';
import { ADMIN_ROUTES } from '../../common/admin-routes';
import { ADMIN_RULES } from '../../worker/routes/admin/access';

describe('admin route keys', () => {
  it('every key the console asks about is a route of the access table', () => {
    const table = new Set(ADMIN_RULES.map((r) => `${r.method} ${r.path}`));
    const unknown = Object.entries(ADMIN_ROUTES).filter(([, key]) => !table.has(key));
    expect(unknown).toEqual([]);
  });
});
