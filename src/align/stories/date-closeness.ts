/** The first and last day (days since 1970-01-01) of an article or a group of them. */
export type DayRange = readonly [number, number];

/**
 * The day of a date as ingest gives it ("2019-01-25", "2019-01-25T14:03:00Z"); null when
 * there is none or it is not a calendar date.
 *
 * @example dayOf('1970-01-02') // 1
 */
export function dayOf(date: string | null | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '');
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(ms) ? null : Math.round(ms / 86_400_000);
}

/** The days of a group: from its earliest to its latest dated member; null when none is dated. */
export function spanOf(days: readonly (DayRange | null)[]): DayRange | null {
  let first = Infinity;
  let last = -Infinity;
  for (const d of days) {
    if (!d) continue;
    first = Math.min(first, d[0]);
    last = Math.max(last, d[1]);
  }
  return first <= last ? [first, last] : null;
}

export interface ClosenessOptions {
  /** Dates at most this many days apart are close: their similarity is multiplied by `nearBoost`. */
  nearDays: number;
  nearBoost: number;
  /** Dates more than this many days apart are far: their similarity is multiplied by `farFactor`. */
  farDays: number;
  farFactor: number;
}

/**
 * What the dates of two articles (or groups) say about their being one event, as a factor
 * on their similarity: outlets report an event within a day or two of each other, while
 * two events with the same people ("the Senate votes on X", "the Senate votes on Y") are
 * often weeks apart. Unknown dates say nothing (1); days between are neutral (1), so
 * follow-up coverage a week later is judged on its content alone.
 *
 * @example dateCloseness([100, 100], [101, 101], { nearDays: 3, nearBoost: 1.3, farDays: 30, farFactor: 0.5 }) // 1.3
 */
export function dateCloseness(a: DayRange | null, b: DayRange | null, o: Readonly<ClosenessOptions>): number {
  if (!a || !b) return 1;
  const gap = Math.max(0, b[0] - a[1], a[0] - b[1]);
  if (gap <= o.nearDays) return o.nearBoost;
  return gap > o.farDays ? o.farFactor : 1;
}
