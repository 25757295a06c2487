// HTTP headers whose meaning the widgets and the service agree on.

/**
 * Read-your-writes: a write answers with the (signed) D1 bookmark of its commit, and the reads that
 * follow it send it back, so they see that write rather than a cache or a lagging replica.
 */
export const BOOKMARK_HEADER = 'Gongyi-Bookmark';
// Its window (how long a bookmark counts) is in ./bookmark-window.ts: only the widgets' forms and
// the worker need it, and beside the header it would ride in every card's first paint.
