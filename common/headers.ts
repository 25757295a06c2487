// HTTP headers whose meaning the widgets and the service agree on.

/**
 * Read-your-writes: a write answers with the (signed) D1 bookmark of its commit, and the reads that
 * follow it send it back, so they see that write rather than a cache or a lagging replica.
 */
export const BOOKMARK_HEADER = 'Gongyi-Bookmark';
/** How long the service honours a bookmark, and so how long a widget keeps sending it. */
export const BOOKMARK_WINDOW_MS = 30_000;
