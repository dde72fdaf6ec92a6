import type { ClauseSpan } from './split-clauses.js';

// A relative clause cannot stand alone: "which legalized the sale", "who also served on the board".
const RELATIVE = /^(?:which|who|whom|whose)\s/iu;

/**
 * Whether a clause leans on the one before it for its subject: a relative clause. A
 * connective clause without a subject ("after hearing from the mayor", "in response to
 * being de-platformed") is not joined: it is matched with its sentence's subject (see
 * impliedSubject), and outlets state such clauses as facts of their own.
 *
 * @example isDependent('which had been closed since 2019') // true
 */
export function isDependent(clause: string): boolean {
  return RELATIVE.test(clause);
}

/**
 * The clauses of a sentence with each relative clause joined to the clause before it, so
 * that "Orvel sold the Kettle bridge, | which had been closed since 2019" is one claim
 * about the bridge rather than a claim with no subject. A dependent first clause stays as
 * it is. Offsets only grow; the text between is the article's.
 *
 * @example joinDependent(spansOf('Orvel sold the bridge', 'which had been closed'), text) // one span over both
 */
export function joinDependent(pieces: readonly ClauseSpan[], text: string): ClauseSpan[] {
  const out: ClauseSpan[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last && isDependent(text.slice(p.start, p.end))) last.end = Math.max(last.end, p.end);
    else out.push({ ...p });
  }
  return out;
}
