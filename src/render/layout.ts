import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/** Wraps text (which may hold colour codes) to a width; long words break rather than overflow. */
export function wrap(text: string, width: number): string[] {
  if (width < 1) return [text];
  return wrapAnsi(text, width, { hard: true, trim: true, wordWrap: true }).split('\n');
}

/** Pads a line (which may hold colour codes) with spaces to a display width. */
export function pad(line: string, width: number): string {
  const w = stringWidth(line);
  return w >= width ? line : line + ' '.repeat(width - w);
}

/**
 * Lays out cells side by side: each cell is a list of paragraphs wrapped to its column,
 * the columns joined by `separator`. Every line is exactly the sum of the widths plus the
 * separators, so the block never runs past the terminal.
 *
 * @example columns([['left'], ['right']], [10, 10], ' │ ')  // ['left       │ right     ']
 */
export function columns(cells: readonly (readonly string[])[], widths: readonly number[], separator: string): string[] {
  const wrapped = cells.map((paragraphs, k) => paragraphs.flatMap((p) => wrap(p, widths[k]!)));
  const height = Math.max(0, ...wrapped.map((c) => c.length));
  const lines: string[] = [];
  for (let row = 0; row < height; row++) {
    lines.push(wrapped.map((c, k) => pad(c[row] ?? '', widths[k]!)).join(separator).replace(/(?<!\s)\s+$/, ''));
  }
  return lines;
}

/** Splits a total width into `n` equal columns with separators of `gap` characters. */
export function equalWidths(total: number, n: number, gap: number): number[] {
  const each = Math.floor((total - gap * (n - 1)) / n);
  return Array.from({ length: n }, () => each);
}
