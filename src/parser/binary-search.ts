/**
 * The parser's one binary search: the index of the first item for which
 * `after` holds, in items ordered so that once it holds it holds for every
 * later one (`items.length` when it holds for none). Used to find a token,
 * a quote or a sentence by its offset.
 */
export function firstIndex<T>(items: readonly T[], after: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(items[mid] as T)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The last item that starts at or before `offset` (the first when none does), in items ordered by `start`. */
export function startingAtOrBefore<T extends { start: number }>(items: readonly T[], offset: number): T | undefined {
  return items[Math.max(0, firstIndex(items, (item) => item.start > offset) - 1)];
}
