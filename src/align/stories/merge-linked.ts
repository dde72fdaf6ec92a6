import type { StoryLink } from './link-articles.js';

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
export function mergeLinked(count: number, links: readonly StoryLink[], minLinkShare: number): number[][] {
  const neighbours: number[][] = Array.from({ length: count }, () => []);
  for (const l of links) {
    neighbours[l.a]!.push(l.b);
    neighbours[l.b]!.push(l.a);
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
  const ordered = [...links].sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  for (const link of ordered) {
    let a = find(link.a);
    let b = find(link.b);
    if (a === b) continue;
    if (members[a]!.length > members[b]!.length) [a, b] = [b, a];
    let between = 0;
    for (const m of members[a]!) for (const n of neighbours[m]!) if (find(n) === b) between++;
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
