/**
 * Orders two strings by their UTF-16 code units, as `Array.prototype.sort` does without a
 * comparator: the same on every machine, unlike `localeCompare`, whose order depends on
 * the locale and ICU data ("Zoe" before "adam", "Émile" after "Zoe"). Use it wherever the
 * order reaches the output.
 *
 * @example ['b', 'a', 'B'].sort(compareCodeUnits) // ['B', 'a', 'b']
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
