/** A place where a person is named before a pronoun, and the name it stands for. */
export interface PersonMention {
  at: number;
  name: string;
  /** "Obama's campaign": the person is named but is not who acts. */
  possessive: boolean;
  /** The person is the speaker of a statement there: the subject of its reporting verb. */
  speaker?: boolean;
}

/** How many sentences before the pronoun's own an antecedent is looked for. */
const SENTENCES_BACK = 4;

/**
 * The person "he" or "she" at `at` most likely stands for, by salience: in the nearest
 * sentence (the pronoun's own, up to the pronoun, then the ones before) that names
 * someone who fits, the person who speaks there (the subject of its reporting verb),
 * else the first person named, who is most often its subject. "Marsh has
 * argued for weeks that Okonjo is not ready. “…,” she said." → Marsh, not Okonjo, though
 * Okonjo is nearer. A possessive ("Obama's aides") is taken only when the sentence names no
 * one else. `sentenceStarts` are in text order.
 */
export function findAntecedent(mentions: readonly PersonMention[], sentenceStarts: readonly number[], at: number, fits: (name: string) => boolean): string | null {
  const own = sentenceOf(sentenceStarts, at);
  const from = sentenceStarts[Math.max(0, own - SENTENCES_BACK)] ?? 0;
  const bySentence = new Map<number, PersonMention[]>();
  for (const m of mentions) {
    if (m.at < from || m.at >= at || !fits(m.name)) continue;
    const k = sentenceOf(sentenceStarts, m.at);
    const list = bySentence.get(k) ?? [];
    list.push(m);
    bySentence.set(k, list);
  }
  for (let k = own; k >= Math.max(0, own - SENTENCES_BACK); k--) {
    const list = bySentence.get(k);
    if (!list) continue;
    list.sort((a, b) => a.at - b.at);
    // "Asked about her rival Paul Okonjo, Marsh said she sees …": who speaks in the
    // sentence is its subject, even after an opening phrase that names someone else.
    return (list.find((m) => m.speaker && !m.possessive) ?? list.find((m) => !m.possessive) ?? list[0]!).name;
  }
  // A profile says "he" for paragraphs on end: past the window, the latest person who fits.
  let latest: PersonMention | null = null;
  for (const m of mentions) if (m.at < from && fits(m.name) && !m.possessive && (!latest || m.at > latest.at)) latest = m;
  return latest?.name ?? null;
}

/** Index of the sentence holding `at`: the last start at or before it (0 before the first). */
function sentenceOf(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
