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
    // One push at a time: spreading a block of 200,000 lines overflows the call stack.
    if (block.length) for (const p of splitBlock(block, options.softWrap ?? false)) out.push(p);
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
  // The lines of each paragraph, joined at the end: testing and extending a paragraph
  // string line by line reads it all again for each of 200,000 lines.
  const out: Array<{ first: SourceParagraph; lines: string[] }> = [];
  for (const line of block) {
    const prev = out[out.length - 1]?.lines;
    const continues = prev !== undefined && !LIST_ITEM.test(line.text) && (wrapped
      ? true
      : !ENDS_CLAUSE.test(prev[prev.length - 1]!) && /^[a-z(,;]/.test(line.text));
    if (continues) prev.push(line.text);
    else out.push({ first: line, lines: [line.text] });
  }
  return out.map(({ first, lines }) => ({ ...first, text: joinLines(lines) }));
}

// "micro-\nblogging" joins without a space only when the break split a word at its hyphen.
function joinLines(lines: readonly string[]): string {
  let out = lines[0]!;
  for (let k = 1; k < lines.length; k++) out += /[A-Za-z]-$/.test(lines[k - 1]!) && /^[a-z]/.test(lines[k]!) ? lines[k] : ` ${lines[k]}`;
  return out;
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
  // A loop, not Math.max(...widths): spreading 200,000 widths overflows the call stack.
  let max = 0;
  let min = Infinity;
  for (const l of body) {
    max = Math.max(max, l.length);
    min = Math.min(min, l.length);
  }
  if (max > 100 || max < 40 || min < 0.6 * max) return false;
  const runOn = body.filter((l, i) => !ENDS_SENTENCE.test(l) && !/^\p{Lu}/u.test(lines[i + 1]!)).length;
  return runOn * 2 >= body.length;
}
