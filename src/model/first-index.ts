/**
 * The index of the first item that passes `test`, or `list.length`; `test` must fail for a
 * start of the list and pass for the rest (the list is sorted by it). A binary search, so
 * that a record per sentence of a 10 MB text does not scan every sentence.
 *
 * @example firstIndex(sentences, (s) => s.start > at) - 1 // the sentence holding `at`
 */
export function firstIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(list[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
