/**
 * Copies of one quote: quotes with the same word keys in the same order ("It is over." and
 * "it is over" are one variant). When 5,000 outlets carry the same quote, matching works
 * on its few variants, not on 5,000 × 5,000 pairs of copies.
 */
export interface Variant {
  /** Indices of the quotes, ascending. */
  members: number[];
  /** The quotes of each article, in order of the article's first quote. */
  byArticle: Map<string, number[]>;
  /** The highest index, and the highest index in an article other than that one's (-1 if none). */
  last: number;
  lastElsewhere: number;
}

/** What linking needs to know of the quotes and what it changes: union-find and the `reordered` marks. */
export interface LinkContext {
  articleOf(i: number): string;
  length(i: number): number;
  /** Joins the group of `i` to that of `anchor`. */
  union(anchor: number, i: number): void;
  mark(i: number): void;
}

/** Groups quote indices by signature (the joined word keys); variants come in order of first member. */
export function groupVariants(signatures: readonly string[], articleOf: (i: number) => string): Variant[] {
  const bySignature = new Map<string, Variant>();
  const variants: Variant[] = [];
  signatures.forEach((signature, i) => {
    let v = bySignature.get(signature);
    if (!v) {
      v = { members: [], byArticle: new Map(), last: -1, lastElsewhere: -1 };
      bySignature.set(signature, v);
      variants.push(v);
    }
    v.members.push(i);
    const article = articleOf(i);
    const list = v.byArticle.get(article);
    if (list) list.push(i);
    else v.byArticle.set(article, [i]);
  });
  for (const v of variants) {
    // Members ascend, so an article's last member is its highest.
    const lasts = [...v.byArticle.values()].map((l) => l[l.length - 1]!).sort((a, b) => b - a);
    v.last = lasts[0]!;
    v.lastElsewhere = lasts[1] ?? -1;
  }
  return variants;
}

/**
 * Links the copies of one variant with each other, as comparing every two copies of
 * different articles would: with `kind` (what `linkKind` says of a quote and itself).
 */
export function linkCopies(v: Variant, kind: 'same' | 'reordered' | null, ctx: LinkContext): void {
  if (kind === null || v.byArticle.size < 2) return;
  // Copies in two or more articles: every copy has a partner in another article, and the
  // pairs connect them all.
  for (const i of v.members) ctx.union(v.members[0]!, i);
  // Of two copies (same length) the earlier is marked: those with a later copy elsewhere.
  if (kind === 'reordered') for (const i of v.members) if (laterElsewhere(v, ctx.articleOf(i)) > i) ctx.mark(i);
}

/**
 * Links two variants as comparing every copy of one with every copy of the other in a
 * different article would: the same groups and the same `reordered` marks, in time
 * linear in their copies.
 */
export function linkVariants(v: Variant, w: Variant, kind: 'same' | 'reordered', ctx: LinkContext): void {
  const vArticles = [...v.byArticle.keys()];
  const wArticles = [...w.byArticle.keys()];
  // One pair of articles x0 ≠ y0 that the two variants have copies in; none: no pairs at all.
  let x0 = vArticles[0]!;
  let y0 = wArticles.find((a) => a !== x0);
  if (y0 === undefined) {
    if (vArticles.length < 2) return;
    x0 = vArticles[1]!;
    y0 = wArticles[0]!;
  }
  const vx0 = v.byArticle.get(x0)![0]!;
  const wy0 = w.byArticle.get(y0)![0]!;
  // Copies of v outside y0 pair with w's copies in y0; copies of w outside x0 with v's in x0.
  for (const [article, list] of v.byArticle) if (article !== y0) for (const i of list) ctx.union(wy0, i);
  for (const [article, list] of w.byArticle) if (article !== x0) for (const i of list) ctx.union(vx0, i);
  // What is left: v's copies in y0 and w's in x0, joined through a third article when there is one.
  const vInY0 = v.byArticle.get(y0);
  const wInX0 = w.byArticle.get(x0);
  if (vInY0) {
    const third = wArticles.find((a) => a !== y0 && a !== x0);
    const partner = third !== undefined ? w.byArticle.get(third)![0]! : wInX0?.[0];
    if (partner !== undefined) for (const i of vInY0) ctx.union(partner, i);
  }
  if (wInX0) {
    const third = vArticles.find((a) => a !== x0 && a !== y0);
    const partner = third !== undefined ? v.byArticle.get(third)![0]! : vInY0?.[0];
    if (partner !== undefined) for (const i of wInX0) ctx.union(partner, i);
  }
  if (kind !== 'reordered') return;
  // Of each pair the shorter quote is marked, or the earlier when they are as long.
  const lv = ctx.length(v.members[0]!);
  const lw = ctx.length(w.members[0]!);
  for (const [one, other, shorter] of [[v, w, lv < lw], [w, v, lw < lv]] as const) {
    for (const i of one.members) {
      const article = ctx.articleOf(i);
      const hasPartner = other.byArticle.size > 1 || !other.byArticle.has(article);
      if (!hasPartner) continue;
      if (shorter || (lv === lw && laterElsewhere(other, article) > i)) ctx.mark(i);
    }
  }
}

// The highest copy of `v` in an article other than `article`, or -1.
function laterElsewhere(v: Variant, article: string): number {
  const list = v.byArticle.get(article);
  return list && list[list.length - 1] === v.last ? v.lastElsewhere : v.last;
}
