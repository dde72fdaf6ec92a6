/**
 * The outlets that carry a cluster and the ones that do not, both in the run's outlet
 * order. Clusters carried by the same outlets share one `missing` array (read it, do not
 * change it): 5,000 articles' exclusives would otherwise hold 5,000 × 4,999 outlet names.
 *
 * @example const lists = outletLists(['a', 'b', 'c']); lists(['c', 'a']) // { outlets: ['a', 'c'], missing: ['b'] }
 */
export function outletLists(outletOrder: readonly string[]): (carried: Iterable<string>) => { outlets: string[]; missing: string[] } {
  const rank = new Map(outletOrder.map((o, i) => [o, i]));
  const missingFor = new Map<string, string[]>();
  return (carried) => {
    const ranks: number[] = [];
    for (const o of new Set(carried)) {
      const r = rank.get(o);
      if (r !== undefined) ranks.push(r);
    }
    ranks.sort((a, b) => a - b);
    const key = ranks.join(',');
    let missing = missingFor.get(key);
    if (!missing) {
      const has = new Set(ranks);
      missing = outletOrder.filter((_, i) => !has.has(i));
      missingFor.set(key, missing);
    }
    return { outlets: ranks.map((r) => outletOrder[r]!), missing };
  };
}
