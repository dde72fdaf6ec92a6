/** A paragraph of the source with the 1-based line it starts on. */
export interface SourceParagraph {
  text: string;
  line: number;
}

export interface SplitOptions {
  /** Markdown-style: lines within a block always join (soft line breaks). */
  softWrap?: boolean;
  /** 1-based line number of the first line of `text` in its file. */
  firstLine?: number;
}

const LIST_ITEM = /^(?:[-*•·▪–]\s+|\d{1,3}[.)]\s+)/;
const ENDS_CLAUSE = /[.!?:;…"”’»)\]]$/;

/**
 * Splits normalised text into paragraphs. Blank lines always separate paragraphs.
 * Inside a block, a line is its own paragraph (text pasted from a browser puts one
 * paragraph on each line) unless the block is hard-wrapped at a fixed width, or the
 * line continues a sentence the previous line left open:
 *
 *   "The complaint says the decision was\npolitically motivated." → one paragraph
 *   "Discrimination\nParler claims that…"                         → two paragraphs
 */
export function splitParagraphs(text: string, options: SplitOptions = {}): SourceParagraph[] {
  const lines = text.split('\n');
  const first = options.firstLine ?? 1;
  const out: SourceParagraph[] = [];
  let block: Array<{ text: string; line: number }> = [];
  const flush = () => {
    if (block.length) out.push(...splitBlock(block, options.softWrap ?? false));
    block = [];
  };
  lines.forEach((line, i) => {
    if (line.trim() === '') flush();
    else block.push({ text: line.trim(), line: first + i });
  });
  flush();
  return out;
}

function splitBlock(block: Array<{ text: string; line: number }>, softWrap: boolean): SourceParagraph[] {
  const wrapped = softWrap || isHardWrapped(block.map((l) => l.text));
  const out: SourceParagraph[] = [];
  for (const line of block) {
    const prev = out[out.length - 1];
    const continues = prev !== undefined && !LIST_ITEM.test(line.text) && (wrapped
      ? true
      : !ENDS_CLAUSE.test(prev.text) && /^[a-z(,;]/.test(line.text));
    if (continues) prev.text = joinLines(prev.text, line.text);
    else out.push({ text: line.text, line: line.line });
  }
  return out;
}

// "micro-\nblogging" joins without a space only when the break split a word at its hyphen.
function joinLines(a: string, b: string): string {
  return /[A-Za-z]-$/.test(a) && /^[a-z]/.test(b) ? a + b : `${a} ${b}`;
}

/** A block reads as hard-wrapped when its lines (but the last) all run to a similar width. */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 3) return false;
  const body = lines.slice(0, -1);
  if (body.some((l) => LIST_ITEM.test(l))) return false;
  const widths = body.map((l) => l.length);
  const max = Math.max(...widths);
  const min = Math.min(...widths);
  return max <= 100 && min >= 0.6 * max && min >= 30;
}
