// Keeping a list shown in a view in step with what the API just answered for one of its items.
/** The list with `item` in place of the one with its id, or appended when it is new. */
export function withItem<T extends { id: string }>(list: T[] | undefined, item: T): T[] {
  const items = list ?? [];
  return items.some((x) => x.id === item.id) ? items.map((x) => (x.id === item.id ? item : x)) : [...items, item];
}
