/** What a table column needs: its width includes the cell padding, not the borders. */
export interface ColumnSpec {
  /** Narrowest width that still reads. */
  min: number;
  /** Width the column gets when there is room. */
  ideal: number;
  /** The one column that takes whatever room is left (the quote text). */
  grow?: boolean;
}

/**
 * Column widths that add up to exactly `total`. Every column starts at its ideal width and
 * the growing column takes the rest; when the rest is below its minimum, the other columns
 * give back space one column at a time, the one with most to spare first, down to their
 * minimum. Returns null when even the minimums do not fit, so the caller can choose
 * another layout rather than overflow the terminal.
 *
 * @example fitWidths([{ min: 10, ideal: 10 }, { min: 12, ideal: 12, grow: true }], 75) // [10, 65]
 */
export function fitWidths(specs: readonly ColumnSpec[], total: number): number[] | null {
  const grow = specs.findIndex((s) => s.grow);
  if (grow < 0) throw new Error('fitWidths needs one growing column');
  const widths = specs.map((s) => Math.max(s.min, s.ideal));
  const others = () => widths.reduce((sum, w, k) => (k === grow ? sum : sum + w), 0);
  let excess = others() + specs[grow]!.min - total;
  while (excess > 0) {
    let widest = -1;
    for (let k = 0; k < widths.length; k++) {
      if (k === grow || widths[k]! <= specs[k]!.min) continue;
      if (widest < 0 || widths[k]! - specs[k]!.min > widths[widest]! - specs[widest]!.min) widest = k;
    }
    if (widest < 0) return null;
    widths[widest] -= 1;
    excess -= 1;
  }
  widths[grow] = total - others();
  return widths;
}
