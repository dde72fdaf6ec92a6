/** The figures score_web_pages.py prints with `--body-only` (the ground truth has no headline). */
export interface WebPagesScore {
  /** Shingle precision, recall and F1, macro-averaged over pages as the benchmark does. */
  precision: number;
  recall: number;
  f1: number;
  /** Share of pages whose tokens equal the ground truth's exactly. */
  accuracy: number;
  /** Pages in the ground truth, and those no article was read from (scored as empty). */
  pages: number;
  missing: number;
}

/** What the report counts on the articles themselves, beside the benchmark's figures. */
export interface WebPagesChecks {
  /** HTML files read. */
  files: number;
  /** Articles read from them. */
  articles: number;
  /** Articles whose outlet is a hash (`06e5123e…`), which names no outlet. */
  hashOutlets: number;
  /** Articles with a date that is not ISO 8601. */
  datesNotIso: number;
  /** Articles with no date (a warning says why). */
  noDate: number;
  /** Milliseconds per page to read them, clean and segment included. */
  msPerPage: number;
}

/** A measure the web pages should reach; `--check` fails when one is missed. */
export interface WebPagesTarget {
  measure: 'body.f1';
  min: number;
}

export interface WebPagesTargetResult extends WebPagesTarget {
  value: number;
  met: boolean;
}

/**
 * The web-pages section of the eval report: scored; skipped because the data or python3
 * is not there (a note, not a failure); or failed because the scorer broke.
 */
export type WebPagesReport =
  | { status: 'skipped'; data: string; reason: string }
  | { status: 'failed'; data: string; reason: string }
  | { status: 'scored'; data: string; scorer: string; score: WebPagesScore; checks: WebPagesChecks; targets: WebPagesTargetResult[] };
