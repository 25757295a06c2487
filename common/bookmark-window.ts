// How long the service honours a read-your-writes bookmark (the Gongyi-Bookmark header,
// ./headers.ts), and so how long a widget keeps sending it after its write.
export const BOOKMARK_WINDOW_MS = 30_000;
