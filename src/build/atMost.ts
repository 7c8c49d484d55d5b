/**
 * `work` over each of `items`, at most `limit` at a time; the results in `items`' order. For files by the
 * thousand: each read or write holds a file open, and 30,000 at once pass the system's limit (EMFILE).
 */
export async function atMost<T, R>(
  limit: number,
  items: readonly T[],
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i] as T, i);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
