import { toLinkList, type LinkList, type StoryLink } from './link-articles.js';

/**
 * Groups linked articles without chaining: links are taken strongest first, and two
 * groups join only when at least `minLinkShare` of the pairs between them are linked
 * (average linkage on the link graph). One stray link between two events of eight
 * articles each is 1 of 64 pairs and joins nothing, where plain connected components
 * would make one story of both; a short version of an event that links to only a few
 * of its siblings still joins a small group early and the group keeps growing.
 * Returns groups of article indices, each ascending, in order of their first index.
 *
 * @example mergeLinked(4, [{ a: 0, b: 1, similarity: 0.8 }, { a: 1, b: 2, similarity: 0.3 }], 0.3) // [[0, 1, 2], [3]]
 */
export function mergeLinked(count: number, given: readonly StoryLink[] | LinkList, minLinkShare: number): number[][] {
  const links = Array.isArray(given) ? toLinkList(given) : (given as LinkList);
  // Each article's neighbours, all in one array: `next[start[i]] … next[start[i + 1] - 1]`.
  const start = new Int32Array(count + 1);
  for (let k = 0; k < links.length; k++) { start[links.a[k]! + 1]++; start[links.b[k]! + 1]++; }
  for (let i = 0; i < count; i++) start[i + 1] += start[i]!;
  const next = new Int32Array(start[count]!);
  const fill = start.slice(0, count);
  for (let k = 0; k < links.length; k++) {
    next[fill[links.a[k]!]!++] = links.b[k]!;
    next[fill[links.b[k]!]!++] = links.a[k]!;
  }
  const root = Array.from({ length: count }, (_, i) => i);
  const members: number[][] = Array.from({ length: count }, (_, i) => [i]);
  const find = (i: number): number => {
    while (root[i] !== i) {
      root[i] = root[root[i]!]!;
      i = root[i]!;
    }
    return i;
  };
  const { a: from, b: to, similarity } = links;
  const ordered = Uint32Array.from({ length: links.length }, (_, k) => k).sort((x, y) => similarity[y]! - similarity[x]! || from[x]! - from[y]! || to[x]! - to[y]!);
  for (const k of ordered) {
    let a = find(from[k]!);
    let b = find(to[k]!);
    if (a === b) continue;
    if (members[a]!.length > members[b]!.length) [a, b] = [b, a];
    let between = 0;
    for (const m of members[a]!) for (let x = start[m]!; x < start[m + 1]!; x++) if (find(next[x]!) === b) between++;
    if (between < minLinkShare * members[a]!.length * members[b]!.length - 1e-9) continue;
    const [keep, gone] = a < b ? [a, b] : [b, a];
    root[gone] = keep;
    members[keep] = members[keep]!.concat(members[gone]!);
    members[gone] = [];
  }
  return members
    .filter((list, i) => root[i] === i && list.length > 0)
    .map((list) => [...list].sort((x, y) => x - y))
    .sort((x, y) => x[0]! - y[0]!);
}
