// Waiting, in one request, for a promise another request will settle (a read-cache miss
// another reader is already loading). workerd cancels a request that waits on nothing of its own ("the code had
// hung"), so the waiter keeps a timer of its own pending until the promise settles; past
// `limitMs` it gives up with an error rather than wait forever.
export async function sharedWait<T>(p: Promise<T>, limitMs = 30_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('shared wait timed out')), limitMs);
  });
  try {
    return await Promise.race([p, limit]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}
