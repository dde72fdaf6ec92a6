/** A span of text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

/**
 * Joins pieces that hold no letters or digits to their neighbour: the lone "…" in
 * "This really is a double standard. … We see" goes with the sentence before it.
 */
export function mergeWordless(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && (!hasWord(text, prev) || !hasWord(text, span))) prev.end = span.end;
    else out.push({ ...span });
  }
  return out;
}

function hasWord(text: string, span: Span): boolean {
  return /[\p{L}\p{N}]/u.test(text.slice(span.start, span.end));
}
