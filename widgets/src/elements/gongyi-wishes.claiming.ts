// A wish's claim, loaded when a reader reaches for "认领" (most readers of a board never do): the
// dialog element (./gongyi-claim.ts) and where focus goes when it closes.
import './gongyi-claim.js';

/** Back to the wish's claim button, or to its title once the wish is no longer open. */
export function focusAfterClaim(root: ParentNode, id: string): void {
  const li = [...root.querySelectorAll<HTMLElement>('li[data-id]')].find((x) => x.dataset.id === id);
  (li?.querySelector<HTMLElement>('[part=claim]') ?? li?.querySelector<HTMLElement>('h4'))?.focus();
}
