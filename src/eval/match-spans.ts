/** Anything with a text and, when known, a place in the article. */
export interface Span {
  text: string;
  start: number | null;
  end: number | null;
}

/** One predicted span paired with one gold span. */
export interface SpanMatch {
  predicted: number;
  gold: number;
  score: number;
}

function sharedChars(a: Span, b: Span): number {
  if (a.start === null || a.end === null || b.start === null || b.end === null) return 0;
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function distance(a: Span, b: Span): number {
  return a.start === null || b.start === null ? Number.MAX_SAFE_INTEGER : Math.abs(a.start - b.start);
}

/**
 * Pairs predicted and gold spans one-to-one, greedily: the best-scoring pair first,
 * among equal scores the pair that shares more characters, then the nearer one (so a
 * quote repeated in the headline and the body pairs with its own copy). Pairs scoring
 * below `threshold` are never made. Indices refer to the input arrays.
 *
 * @example matchSpans(predicted, gold, tokenOverlap, 0.5)
 */
export function matchSpans(
  predicted: readonly Span[],
  gold: readonly Span[],
  score: (predicted: string, gold: string) => number,
  threshold: number,
): SpanMatch[] {
  const candidates: (SpanMatch & { shared: number; distance: number })[] = [];
  predicted.forEach((p, i) => {
    gold.forEach((g, j) => {
      const s = score(p.text, g.text);
      if (s >= threshold) candidates.push({ predicted: i, gold: j, score: s, shared: sharedChars(p, g), distance: distance(p, g) });
    });
  });
  candidates.sort((a, b) => b.score - a.score || b.shared - a.shared || a.distance - b.distance || a.predicted - b.predicted || a.gold - b.gold);
  const usedPredicted = new Set<number>();
  const usedGold = new Set<number>();
  const matches: SpanMatch[] = [];
  for (const c of candidates) {
    if (usedPredicted.has(c.predicted) || usedGold.has(c.gold)) continue;
    usedPredicted.add(c.predicted);
    usedGold.add(c.gold);
    matches.push({ predicted: c.predicted, gold: c.gold, score: c.score });
  }
  return matches.sort((a, b) => a.gold - b.gold);
}
