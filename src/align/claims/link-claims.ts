/** A similarity between two claims, by index. */
export interface Link {
  a: number;
  b: number;
  similarity: number;
}

/**
 * Groups claims into connected components of links, strongest links first, without
 * chaining: two components merge only if no article would then have two claims in the
 * component, unless each of those claims links strongly (≥ `strong`) to the other side
 * of the merging link. So "Parler sued Amazon on Monday" cannot pull a second, merely
 * related sentence of the same article in through a third outlet's longer sentence that
 * mentions both. Returns the components as sorted index lists, in order of their first index.
 *
 * @example linkClaims(4, [{a: 0, b: 1, similarity: 0.7}], [0, 1, 2, 3], sim, 0.6) // [[0, 1], [2], [3]]
 */
export function linkClaims(count: number, links: readonly Link[], articleOf: readonly number[], similarity: (a: number, b: number) => number, strong: number): number[][] {
  const parent = Array.from({ length: count }, (_, i) => i);
  // Each component's members by article, kept on its root and merged smaller into larger.
  const byArticle: Array<Map<number, number[]> | null> = Array.from({ length: count }, (_, i) => new Map([[articleOf[i]!, [i]]]));
  const size = new Array<number>(count).fill(1);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const ordered = [...links].sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  for (const link of ordered) {
    const ra = find(link.a);
    const rb = find(link.b);
    if (ra === rb) continue;
    if (!mayMerge(byArticle[ra]!, byArticle[rb]!, link.a, link.b, similarity, strong)) continue;
    const [big, small] = size[ra]! >= size[rb]! ? [ra, rb] : [rb, ra];
    parent[small] = big;
    size[big]! += size[small]!;
    const into = byArticle[big]!;
    for (const [article, members] of byArticle[small]!) into.set(article, [...(into.get(article) ?? []), ...members]);
    byArticle[small] = null;
  }
  const components = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const root = find(i);
    const list = components.get(root);
    if (list) list.push(i);
    else components.set(root, [i]);
  }
  return [...components.values()].sort((x, y) => x[0]! - y[0]!);
}

/** Whether the component of `leftEnd` may join that of `rightEnd` through their link. */
function mayMerge(left: Map<number, number[]>, right: Map<number, number[]>, leftEnd: number, rightEnd: number, similarity: (a: number, b: number) => number, strong: number): boolean {
  const [fewer, more] = left.size <= right.size ? [left, right] : [right, left];
  for (const [article, members] of fewer) {
    const others = more.get(article);
    if (!others) continue;
    const [ls, rs] = fewer === left ? [members, others] : [others, members];
    for (const l of ls) if (similarity(l, rightEnd) < strong) return false;
    for (const r of rs) if (similarity(r, leftEnd) < strong) return false;
  }
  return true;
}
