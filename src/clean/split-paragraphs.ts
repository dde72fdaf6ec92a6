/** A paragraph of the source with the 1-based line it starts on, when known. */
export interface SourceParagraph {
  text: string;
  line?: number;
}

export interface SplitOptions {
  /** Markdown-style: lines within a block always join (soft line breaks). */
  softWrap?: boolean;
  /**
   * The 1-based line in the file of each 0-based line of `text`; `undefined` when the
   * text does not come line for line from a file (HTML, JSON). Default: `i + 1`.
   */
  lineOf?: (index: number) => number | undefined;
}

const LIST_ITEM = /^(?:[-*•·▪–]\s+|\d{1,3}[.)]\s+)/;
const ENDS_CLAUSE = /[.!?:;…"”’»)\]]$/;
const ENDS_SENTENCE = /[.!?:…"”’»)\]]$/;

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
  const lineOf = options.lineOf ?? ((i: number) => i + 1);
  const out: SourceParagraph[] = [];
  let block: SourceParagraph[] = [];
  const flush = () => {
    if (block.length) out.push(...splitBlock(block, options.softWrap ?? false));
    block = [];
  };
  let start = 0;
  for (let i = 0; start <= text.length; i++) {
    const nl = text.indexOf('\n', start);
    const line = text.slice(start, nl < 0 ? text.length : nl).trim();
    if (line === '') flush();
    else block.push(withLine(line, lineOf(i)));
    if (nl < 0) break;
    start = nl + 1;
  }
  flush();
  return out;
}

function withLine(text: string, line: number | undefined): SourceParagraph {
  return line === undefined ? { text } : { text, line };
}

function splitBlock(block: SourceParagraph[], softWrap: boolean): SourceParagraph[] {
  const wrapped = softWrap || isHardWrapped(block.map((l) => l.text));
  const out: SourceParagraph[] = [];
  for (const line of block) {
    const prev = out[out.length - 1];
    const continues = prev !== undefined && !LIST_ITEM.test(line.text) && (wrapped
      ? true
      : !ENDS_CLAUSE.test(prev.text) && /^[a-z(,;]/.test(line.text));
    if (continues) prev.text = joinLines(prev.text, line.text);
    else out.push({ ...line });
  }
  return out;
}

// "micro-\nblogging" joins without a space only when the break split a word at its hyphen.
function joinLines(a: string, b: string): string {
  return /[A-Za-z]-$/.test(a) && /^[a-z]/.test(b) ? a + b : `${a} ${b}`;
}

/**
 * A block reads as hard-wrapped when its lines (but the last) all run to a similar width
 * and most of them run on into a line that does not start a sentence. A headline, byline
 * and date on three lines, or one-line paragraphs that each end with a period, are not.
 */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 3) return false;
  const body = lines.slice(0, -1);
  if (body.some((l) => LIST_ITEM.test(l))) return false;
  const widths = body.map((l) => l.length);
  const max = Math.max(...widths);
  const min = Math.min(...widths);
  if (max > 100 || max < 40 || min < 0.6 * max) return false;
  const runOn = body.filter((l, i) => !ENDS_SENTENCE.test(l) && !/^\p{Lu}/u.test(lines[i + 1]!)).length;
  return runOn * 2 >= body.length;
}
