const WORD = /[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu;
// Words that do not tell two statements apart.
const SLIGHT = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'that', 'this',
  'it', 'its', 'his', 'her', 'their', 'they', 'he', 'she', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'also', 'said', 'says']);

/** Share of shared words (of the two claims' word sets) at or above which the later claim restates the earlier one. */
export const RESTATEMENT_OVERLAP = 0.8;
/** Fewer words than this and two claims are too short to call one a restatement of the other. */
const MIN_WORDS = 4;

function words(text: string): Set<string> {
  return new Set((text.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'")).filter((w) => !SLIGHT.has(w)));
}

/**
 * The claims of one article without its restatements: a claim whose words are nearly all
 * (RESTATEMENT_OVERLAP of the union) those of an earlier claim of the same voice (same
 * kind and speaker) states it again and is dropped, so the same statement twice in one
 * article is one claim: "The council voted 7-2 to approve the sale." and, three
 * paragraphs on, "The council voted 7-2 to approve the sale on Monday." Keeps the order.
 *
 * @example dropRestatements([{ kind: 'statement', speaker: null, text: 'The council voted 7-2 to approve the sale.' }, { kind: 'statement', speaker: null, text: 'The council voted 7-2 to approve the sale on Monday.' }]).length // 1
 */
export function dropRestatements<T extends { kind: string; speaker: string | null; text: string }>(claims: readonly T[]): T[] {
  const kept: Array<{ claim: T; words: Set<string> }> = [];
  for (const claim of claims) {
    const w = words(claim.text);
    const repeat = w.size >= MIN_WORDS && kept.some((k) => k.claim.kind === claim.kind && k.claim.speaker === claim.speaker && k.words.size >= MIN_WORDS && overlap(k.words, w) >= RESTATEMENT_OVERLAP);
    if (!repeat) kept.push({ claim, words: w });
  }
  return kept.map((k) => k.claim);
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
