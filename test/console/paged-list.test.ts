// The console's paged lists (pledge queue, audit trail, wishes): pages appended in order, and a slow
// answer for filters staff have already changed never replaces the newer list.
import { PagedList, type Page } from '../../console/ui/paged-list.js';
import { equal } from '../widgets/helpers.js';

/** Equal as data (lists and records compared by their JSON). */
const same = (actual: unknown, expected: unknown) => equal(JSON.stringify(actual), JSON.stringify(expected));

/** A host that only counts update requests (what a Lit element does with them is Lit's job). */
const host = () => ({
  updates: 0,
  addController() {},
  removeController() {},
  requestUpdate() {
    this.updates++;
  },
  updateComplete: Promise.resolve(true),
});

/** Answers the test releases by hand, in any order. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('PagedList', () => {
  it('the first page, then the next appended after its cursor; no cursor left, no more', async () => {
    const asked: (string | undefined)[] = [];
    const pages: Record<string, Page<number>> = {
      first: { items: [1, 2], nextCursor: 'c2' },
      c2: { items: [3], nextCursor: null },
    };
    const h = host();
    const list = new PagedList<number>(
      h,
      async (cursor) => (asked.push(cursor), pages[cursor ?? 'first']!),
      () => {},
    );
    await list.reload();
    same(list.items, [1, 2]);
    equal(list.nextCursor, 'c2');
    await list.more();
    same(list.items, [1, 2, 3]);
    equal(list.nextCursor, null);
    same(asked, [undefined, 'c2']);
    equal(h.updates > 0, true);
  });

  it('filters changed while the first answer was on its way: the older answer, arriving last, is dropped', async () => {
    const answers = [deferred<Page<string>>(), deferred<Page<string>>()];
    let call = 0;
    const list = new PagedList<string>(
      host(),
      () => answers[call++]!.promise,
      () => {},
    );
    const older = list.reload();
    const newer = list.reload();
    answers[1]!.resolve({ items: ['pending only'], nextCursor: null });
    await newer;
    answers[0]!.resolve({ items: ['every status'], nextCursor: 'x' });
    await older;
    same(list.items, ['pending only']);
    equal(list.nextCursor, null);
  });

  it('a failed page is reported once, and the list says what it had; an item changed in place stays put', async () => {
    const errors: unknown[] = [];
    let fail = false;
    const list = new PagedList<{ id: string; n: number }>(
      host(),
      async (cursor) => {
        if (fail) throw new Error('offline');
        return cursor
          ? { items: [], nextCursor: null }
          : {
              items: [
                { id: 'a', n: 1 },
                { id: 'b', n: 1 },
              ],
              nextCursor: 'c',
            };
      },
      (e) => errors.push(e),
    );
    await list.reload();
    list.update((items) => items.map((x) => (x.id === 'b' ? { ...x, n: 2 } : x)));
    same(list.items, [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ]);
    fail = true;
    await list.more();
    equal(errors.length, 1);
    equal(list.items?.length, 2);
    equal(list.nextCursor, 'c');
  });
});
