import { stem } from './claim-tokens.js';

/** Which words of a claim stand under a negation and which under a modal, as stems. */
export interface Polarity {
  /** "did not pay", "never paid", "pleaded not guilty", "denied paying": the words turned around. */
  negated: Set<string>;
  /** "will pay", "could pay", "may pay", "would pay": the words only forecast or allowed. */
  modal: Set<string>;
}

const WORD = /\p{L}+(?:[’'-]\p{L}+)*|\d+(?:[.,]\d+)*|[,;:—–()“”"]/gu;
// What turns the words after it around. "no" before a noun ("no merit") negates too.
const NEGATORS = new Set(['not', 'never', 'no', 'neither', 'nor', 'without', 'deny', 'denies', 'denied', 'denying']);
// What only forecasts or allows the words after it.
const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'shall', 'wo']);
// Where the scope of a negation or modal ends: punctuation and clause openers.
const BREAKS = new Set([',', ';', ':', '—', '–', '(', ')', 'but', 'and', 'or', 'because', 'although', 'though', 'while', 'whereas', 'which', 'who', 'after', 'before', 'since', 'as', 'when', 'if']);
// Words that fill a scope without being what it is about: auxiliaries, articles, pronouns.
const FILLERS = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'do', 'does', 'did', 'the', 'a', 'an', 'to', 'it', 'its',
  'they', 'their', 'he', 'his', 'she', 'her', 'we', 'our', 'that', 'this', 'of', 'in', 'on', 'for', 'any', 'ever', 'also', 'yet', 'even', 'again', 'longer', 'able']);
/** How many words a negation or modal reaches past fillers and adverbs: "did not formally approve the plan" → approve. */
const SCOPE = 1;

/**
 * Reads which words of a claim are negated and which are only forecast or allowed: the
 * next word, past auxiliaries and adverbs, after "not", "never", "no", "denied" or after "will", "could", "may",
 * "would", up to a comma or a clause opener. Two claims that share a word negated in one
 * and not the other, or forecast in one and not the other, are never the same claim:
 * "Lanfield pleaded guilty" / "Lanfield pleaded not guilty", "The council approved the
 * plan" / "The council will approve the plan". Both negated ("Orvel has no plans to sell"
 * / "Orvel has no plan to sell the mill") is agreement.
 *
 * @example readPolarity('The mayor did not formally sign the order.').negated // Set {'sign'}
 */
export function readPolarity(text: string): Polarity {
  const words = (text.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'"));
  const negated = new Set<string>();
  const modal = new Set<string>();
  words.forEach((w, i) => {
    const into = NEGATORS.has(w) || w.endsWith("n't") ? negated : MODALS.has(w) ? modal : null;
    if (!into) return;
    // "won't", "wouldn't", "couldn't": both negated and modal.
    if (/^(?:won|wouldn|couldn|shouldn|mightn)'t$/u.test(w)) fill(words, i, modal);
    fill(words, i, into);
  });
  return { negated, modal };
}

function fill(words: readonly string[], at: number, into: Set<string>): void {
  let taken = 0;
  for (let j = at + 1; j < words.length && taken < SCOPE; j++) {
    const w = words[j]!;
    if (BREAKS.has(w)) break;
    if (FILLERS.has(w) || NEGATORS.has(w) || MODALS.has(w) || /ly$/u.test(w) || !/\p{L}/u.test(w)) continue;
    into.add(stem(w));
    taken++;
  }
}

/**
 * Whether two claims hold their shared words the same way: no word both carry is negated
 * in one and not the other, or forecast in one and not the other.
 *
 * @example samePolarity(readPolarity('Vell will resign.'), 'Vell will resign.', readPolarity('Vell resigned.'), 'Vell resigned.') // false
 */
export function samePolarity(a: Polarity, aText: string, b: Polarity, bText: string): boolean {
  if (a.negated.size + a.modal.size + b.negated.size + b.modal.size === 0) return true;
  const inA = stems(aText);
  const inB = stems(bText);
  const differs = (x: Set<string>, y: Set<string>) => {
    for (const s of x) if (!y.has(s) && inA.has(s) && inB.has(s)) return true;
    return false;
  };
  return !differs(a.negated, b.negated) && !differs(b.negated, a.negated) && !differs(a.modal, b.modal) && !differs(b.modal, a.modal);
}

function stems(text: string): Set<string> {
  return new Set((text.match(WORD) ?? []).filter((w) => /\p{L}/u.test(w)).map((w) => stem(w.toLowerCase().replace(/’/g, "'"))));
}
