// Reading what a client still sends after we stopped caring. An HTTP/1.1 connection carries the
// next request only after this one's body; a refusal that leaves the body unread leaves the
// connection stuck behind it (the client's next request on it hangs). Reading and dropping a
// modest rest is the cheap, polite end; beyond DISCARD_LIMIT the connection is given up instead.

/** How much of an unwanted body is read and dropped before the connection is closed instead. */
export const DISCARD_LIMIT = 1024 * 1024;

/**
 * Reads `reader` to its end and drops the bytes. true: the body ended within `limit` bytes;
 * false: it was longer, so it was cancelled (the caller should close the connection).
 */
export async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>, limit = DISCARD_LIMIT): Promise<boolean> {
  let read = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return true;
      read += value.byteLength;
      if (read > limit) {
        await reader.cancel().catch(() => {});
        return false;
      }
    }
  } catch {
    return false; // the client went away: nothing left to keep
  }
}

/** `discardRest` for a request whose body nobody read (after a refusal). */
export async function discardUnread(req: Request, limit = DISCARD_LIMIT): Promise<boolean> {
  if (!req.body || req.bodyUsed) return true;
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = req.body.getReader();
  } catch {
    return true; // locked: someone else is reading it
  }
  return discardRest(reader, limit);
}
