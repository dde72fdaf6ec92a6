/** A place where one sentence may end and the next begin. */
export interface Break {
  /** Where the sentence ends (after the terminator and closing marks). */
  end: number;
  /** Where the next sentence starts (after the white space). */
  next: number;
  /** Index of the terminator. */
  at: number;
  /** The terminator itself: ".", "?!", "…", "...". */
  terminator: string;
  /** The closing marks between terminator and space: "”", ")". */
  closing: string;
}

// A terminator, any closing marks after it, white space, and what may start the next sentence.
// "…political animus.” Parler" breaks after the closing mark.
// It starts at the first terminator of a run: tried inside a run of 50,000 dots, each try reads the rest of it.
const CANDIDATE = /(?<![.!?…])([.!?…]+)([”"’'»)\]]*)(\s+)(?=[\p{Lu}\p{N}“"‘'«„(\[…¿¡—–-])/gu;

/**
 * The first pass: every terminator followed by white space and something that can
 * open a sentence. Later passes drop the candidates that are not real breaks.
 *
 * @example findBreaks('It rained. Then it stopped.') // [{ at: 9, end: 10, next: 11, terminator: '.', closing: '' }]
 */
export function findBreaks(text: string): Break[] {
  const out: Break[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const end = m.index + m[1]!.length + m[2]!.length;
    out.push({ at: m.index, end, next: end + m[3]!.length, terminator: m[1]!, closing: m[2]! });
  }
  return out;
}

/** The word that follows a break, lower-cased: "The" in "…the U.S. The next day". */
export function nextWordAfter(text: string, b: Break): string {
  return (/^[\p{L}\p{N}'’]+/u.exec(text.slice(b.next, b.next + 40)) ?? [''])[0].toLowerCase();
}
