// Reading what a client still sends after we stopped caring. An HTTP/1.1 connection carries the
// next request only after this one's body, and whatever sits in front of the app gives up on a
// connection whose body was left unread (workerd's HTTP server closes it past 64 KiB; wrangler
// dev's proxy then fails or hangs the next request on its pooled connection, and can crash).
// A Worker cannot ask for `Connection: close` either (the runtime drops the header). So a body is
// always read to its end, however long, one chunk at a time: nothing of it is kept.

/** Reads `reader` to its end and drops the bytes. A client that went away just ends it. */
export async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  try {
    for (;;) {
      const { done } = await reader.read();
      if (done) return;
    }
  } catch {
    // the client went away: there is no connection left to keep
  }
}
