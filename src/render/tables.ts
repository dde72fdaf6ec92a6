import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';
import wrapAnsi from 'wrap-ansi';
import type { Claim, Cluster, ClusterMember, Comparison, Descriptor } from '../model/comparison.js';
import type { Article } from '../model/types.js';
import { countWords } from '../analyze/actors/count-words.js';
import type { RenderContext } from './context.js';
import { QUOTE_COLUMNS, toQuoteRecord, type QuoteColumn } from './render-quotes.js';

/*
 * The columns of every table `coverage` writes for other programs (`coverage claims`,
 * `coverage outlets` and the CSV files of `coverage export`), and the boxed grid that
 * draws such rows on a terminal. Each table is an object whose keys are its column
 * names (camelCase, like the quotes CSV's `sourceOrg`), in column order, and whose values
 * say what the column holds: the doc comment of each column, kept as data so the README's
 * "Research pipelines" tables can be checked against it by a test. Renaming or reordering
 * a column is a schema change.
 */

/** A cell as written to CSV: null and undefined become empty cells, booleans `true`/`false`. */
export type Cell = string | number | boolean | null | undefined;

/** articles.csv: one row per article; the article's `meta` fields follow as more columns (see `metaColumns`). */
export const ARTICLE_TABLE = {
  id: 'article id: the file path below the folder you named, without extension (`dump:3` for the third article of a multi-article file)',
  file: 'the path as read',
  outlet: 'outlet label',
  title: 'headline; empty when unknown',
  author: 'byline; empty when unknown',
  date: 'publication date in ISO 8601; empty when unknown or unreadable (the text as written is in the `dateText` column)',
  url: 'canonical URL; empty when unknown',
  isOpinion: '`true` when an opinion banner or opinion metadata was found',
  words: 'words in `text`',
  paragraphs: 'paragraphs in `text`, the headline and subheadings included',
  sentences: 'sentences in `text`',
  text: 'the cleaned text every `start`/`end` in the other tables points into; paragraphs are separated by a blank line (newlines stay inside the quoted field)',
} as const;

/** quotes.csv and `coverage quotes`: the order is `QUOTE_COLUMNS`, shared with that command. */
export const QUOTE_TABLE: Readonly<Record<QuoteColumn, string>> = {
  id: 'quote id, `<article>#q<n>` in text order',
  article: 'article id (see articles.csv)',
  file: 'the article’s file',
  outlet: 'outlet label',
  kind: '`direct`, `partial`, `indirect` or `mention` (quoted titles and scare quotes)',
  text: 'the quote: exactly the article text from `start` to `end`',
  speaker: 'the speaker as the article names them; empty when nobody can be named',
  source: 'the speaker named the same way across the run',
  sourceOrg: 'the organisation the speaker speaks for',
  cue: 'the verb or phrase that introduced it (`said`, `according to`)',
  paragraph: 'index of the paragraph it starts in (0 is the headline when there is one)',
  sentence: 'index of the sentence it starts in; empty inside a subheading',
  start: 'character offset into the article text (JavaScript string index)',
  end: 'character offset where it ends (exclusive)',
  confidence: '0–1: how sure the attribution is',
  rule: 'the attribution rule that chose the speaker (`cue-after`, `cue-before`, `follow-on`, …), `+pronoun` or `+earlier-mention` when resolved; empty when none did',
  speakerStart: 'offset of the speaker mention the rule read (for a pronoun, the pronoun itself); empty when none',
  speakerEnd: 'offset where that mention ends (exclusive)',
  cueStart: 'offset of the cue (the verb itself, without auxiliaries); empty when none',
  cueEnd: 'offset where the cue ends (exclusive)',
};

/** claims.csv and `coverage claims`: one row per checkable statement. */
export const CLAIM_TABLE = {
  id: 'claim id, `<article>#c<n>` in text order',
  article: 'article id (see articles.csv)',
  file: 'the article’s file',
  outlet: 'outlet label',
  kind: '`indirect` (someone’s statement without quote marks) or `statement` (the outlet’s own sentence)',
  text: 'the claim: exactly the article text from `start` to `end`',
  speaker: 'who made an `indirect` claim, as the article names them; empty for statements',
  source: 'the speaker named the same way across the run',
  cue: 'the verb or phrase that introduced an `indirect` claim',
  paragraph: 'index of the paragraph it starts in',
  sentence: 'index of the sentence it starts in',
  start: 'character offset into the article text',
  end: 'character offset where it ends (exclusive)',
  features: 'why it is checkable: `attributed`, `number`, `date`, `actor`, `evaluation`, `predicate` (none of those, but a finite verb of its own); joined with `;` in CSV, an array in JSON',
} as const satisfies { [K in keyof Claim]?: string };

/** `coverage outlets`: one row per outlet. */
export const OUTLET_TABLE = {
  outlet: 'outlet label',
  articles: 'articles from this outlet',
  words: 'words in its articles',
  quotes: 'quotations in quote marks (`direct` and `partial`)',
  indirect: 'indirect statements (reported speech without quote marks)',
  claims: 'claims, as `coverage claims` lists them',
  sources: 'distinct sources it quotes or reports (mentions and unattributed quotes not counted)',
  topSources: 'the sources with most attributed words and their share of all attributed words in the outlet: `Parler lawsuit 73%; Amazon Web Services spokesperson 14%` in CSV, `[{source, words, share}]` in JSON',
  isOpinion: '`true` when any of its articles is opinion',
} as const;

/** clusters.csv: one row per quote or claim cluster (the same quote or claim across outlets). */
export const CLUSTER_TABLE = {
  id: 'cluster id: `q<n>` for quotes, `c<n>` for claims, most widely carried first',
  type: '`quote` or `claim`',
  text: 'the canonical text: the longest well-supported version',
  outlets: 'how many outlets carry it',
  outletList: 'the outlets that carry it, joined with `;`',
  missing: 'the outlets of the run that do not carry it, joined with `;`',
  flags: 'how many flags (altered wording) it has',
  flagTypes: 'the kinds of flag, joined with `;`: `words-only-here`, `reordered`, `unquoted`, `truncated`, `conflict`',
} as const;

/** cluster_members.csv: one row per outlet’s version of a cluster. */
export const MEMBER_TABLE = {
  cluster: 'cluster id (see clusters.csv)',
  member: 'quote or claim id (`<article>#q3`, `<article>#c2`), or `<article>#s<n>` for an unquoted sentence',
  article: 'article id',
  outlet: 'outlet label',
  kind: 'a quote kind, `indirect`/`statement` for claims, or `unquoted` (the quote’s words without quote marks)',
  text: 'this version: exactly the article text from `start` to `end`',
  speaker: 'the speaker as the article names them',
  source: 'the speaker named the same way across the run',
  cue: 'the verb or phrase that introduced it',
  start: 'character offset into the article text',
  end: 'character offset where it ends (exclusive)',
  paragraph: 'index of the paragraph it starts in',
  position: 'share of the article before it, 0–1 (0.1: in the first tenth)',
  added: 'words this version has and the cluster text does not, runs joined with ` | `',
  removed: 'words of the cluster text this version leaves out, runs joined with ` | `',
} as const;

/** descriptors.csv: one row per description of an actor ("Parler, the hottest new social media platform"). */
export const DESCRIPTOR_TABLE = {
  outlet: 'outlet label',
  article: 'article id',
  actor: 'the actor described, as named in the run (`Parler`, `Amazon`)',
  text: 'the description: exactly the article text from `start` to `end`',
  kind: '`appositive` (“Parler, the …,”), `label` (“the social network” standing for the actor) or `relative` (“Parler, which …”)',
  start: 'character offset into the article text',
  end: 'character offset where it ends (exclusive)',
  inQuote: '`true` when the description is inside quote marks: the quoted source’s framing, not the outlet’s',
} as const;

/** coverage_matrix.csv: one row per cluster, then one 1/0 column per outlet. */
export const MATRIX_TABLE = {
  cluster: 'cluster id (see clusters.csv)',
  type: '`quote` or `claim`',
  text: 'the cluster’s canonical text',
} as const;

/** The meaning of the per-outlet columns that follow `MATRIX_COLUMNS` in coverage_matrix.csv. */
export const MATRIX_OUTLET_MEANING = 'one column per outlet, named by its label, in the run’s outlet order: `1` when the outlet carries the cluster, else `0`';

const columnsOf = <T extends object>(table: T) => Object.keys(table) as Array<keyof T & string>;

export const ARTICLE_COLUMNS = columnsOf(ARTICLE_TABLE);
/** The fields of a claim record, in order: the CSV columns and the key order of JSON and NDJSON records. */
export const CLAIM_COLUMNS = columnsOf(CLAIM_TABLE);
/** The fields of an outlet record, in order. */
export const OUTLET_COLUMNS = columnsOf(OUTLET_TABLE);
export const CLUSTER_COLUMNS = columnsOf(CLUSTER_TABLE);
export const MEMBER_COLUMNS = columnsOf(MEMBER_TABLE);
export const DESCRIPTOR_COLUMNS = columnsOf(DESCRIPTOR_TABLE);
/** The leading columns of coverage_matrix.csv; the outlet columns follow. */
export const MATRIX_COLUMNS = columnsOf(MATRIX_TABLE);

export type ClaimColumn = (typeof CLAIM_COLUMNS)[number];

/** The CSV files of `coverage export`, in the order they are written, with what one row is ("one row per …") and its columns. */
export const EXPORT_TABLES = [
  { file: 'articles.csv', row: 'article', columns: ARTICLE_TABLE },
  { file: 'quotes.csv', row: 'quotation or attributed statement, of every kind (`mention` included, unlike the `coverage quotes` default)', columns: QUOTE_TABLE },
  { file: 'claims.csv', row: 'checkable statement (all of `coverage claims`)', columns: CLAIM_TABLE },
  { file: 'clusters.csv', row: 'quote or claim cluster: the same quote or claim across outlets', columns: CLUSTER_TABLE },
  { file: 'cluster_members.csv', row: 'member: one outlet’s version of a cluster (an outlet may have several)', columns: MEMBER_TABLE },
  { file: 'descriptors.csv', row: 'description of an actor', columns: DESCRIPTOR_TABLE },
  { file: 'coverage_matrix.csv', row: 'cluster, with a 1/0 column per outlet', columns: MATRIX_TABLE },
] as const;

export type ExportFile = (typeof EXPORT_TABLES)[number]['file'];

/**
 * Rows as RFC 4180 CSV, exactly as `toCsv` writes them (header row, CRLF, quotes only
 * where needed, newlines kept inside quoted fields, null as an empty cell, booleans as
 * `true`/`false`), with a UTF-8 byte-order mark in front when `bom` is set: Excel needs
 * it to read UTF-8, most other readers do not want it.
 *
 * @example csvTable(['id', 'text'], [['a#q1', 'two\nlines']]) // 'id,text\r\na#q1,"two\nlines"\r\n'
 */
export function csvTable(header: readonly string[], rows: Iterable<readonly Cell[]>, options: { bom?: boolean } = {}): string {
  return [...csvChunks(header, rows, options)].join('');
}

/** Rows written to CSV at a time by `csvChunks`. */
const CSV_BATCH = 1000;

/**
 * `csvTable` in pieces of a thousand rows, read from `rows` as they are written: the
 * coverage matrix of 5,000 outlets and 70,000 clusters is larger than one string may be.
 */
export function* csvChunks(header: readonly string[], rows: Iterable<readonly Cell[]>, options: { bom?: boolean } = {}): Generator<string> {
  const write = (batch: Cell[][]) => stringify(batch, {
    record_delimiter: 'windows',
    bom: false,
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
  yield (options.bom ? '\uFEFF' : '') + write([[...header]]);
  let batch: Cell[][] = [];
  for (const row of rows) {
    batch.push([...row]);
    if (batch.length === CSV_BATCH) {
      yield write(batch);
      batch = [];
    }
  }
  if (batch.length) yield write(batch);
}

/** Record values in column order, for `csvTable`. */
export function cells<C extends string>(record: Readonly<Record<C, unknown>>, columns: readonly C[]): Cell[] {
  return columns.map((c) => record[c] as Cell);
}

/** A claim as its machine record: the fields in `CLAIM_COLUMNS` order and nothing else. */
export function toClaimRecord(c: Claim): Pick<Claim, ClaimColumn> {
  const record: Partial<Record<ClaimColumn, unknown>> = {};
  for (const column of CLAIM_COLUMNS) record[column] = c[column];
  return record as Pick<Claim, ClaimColumn>;
}

/** A claim as a CSV row: `features` joined with `;`. */
export function claimCells(c: Claim): Cell[] {
  return cells({ ...toClaimRecord(c), features: c.features.join(';') }, CLAIM_COLUMNS);
}

/** One CSV file of `coverage export`. */
export interface ExportedTable {
  file: ExportFile;
  /** The CSV text in pieces, made as they are read. */
  text: Iterable<string>;
  /** Data rows, the header not counted. */
  rows: number;
}

/** The CSV files of `coverage export`, in `EXPORT_TABLES` order, from one comparison. */
export function exportTables(comparison: Comparison, options: { bom?: boolean } = {}): ExportedTable[] {
  const specs = tableSpecs(comparison, comparison.framing.outlets.map((o) => o.outlet));
  return EXPORT_TABLES.map(({ file }) => {
    const [header, rows, count] = specs[file];
    return { file, text: { [Symbol.iterator]: () => csvChunks(header, rows(), options) }, rows: count };
  });
}

/**
 * The CSV files of `coverage export --by-story`: each story compared on its own, the
 * tables of all of them one after the other, with a first column `story` on every row.
 * The coverage matrix has a column for every outlet of any story.
 *
 * @example exportTablesByStory([{ story: 's1', comparison }], { bom: false })
 */
export function exportTablesByStory(parts: ReadonlyArray<{ story: string; comparison: Comparison }>, options: { bom?: boolean } = {}): ExportedTable[] {
  const outlets = [...new Set(parts.flatMap((p) => p.comparison.framing.outlets.map((o) => o.outlet)))];
  const specs = parts.map((p) => ({ story: p.story, spec: tableSpecs(p.comparison, outlets) }));
  return EXPORT_TABLES.map(({ file }) => {
    const header = ['story', ...specs[0]?.spec[file][0] ?? tableSpecs(EMPTY_COMPARISON_HEADERS, outlets)[file][0]];
    function* rows(): Generator<Cell[]> {
      for (const { story, spec } of specs) for (const row of spec[file][1]()) yield [story, ...row];
    }
    return { file, text: { [Symbol.iterator]: () => csvChunks(header, rows(), options) }, rows: specs.reduce((n, s) => n + s.spec[file][2], 0) };
  });
}

// Only the headers of an empty comparison are read: a run with no story still writes headers.
const EMPTY_COMPARISON_HEADERS = { articles: [], quotes: [], claims: [], clusters: [], framing: { outlets: [], descriptors: [] } } as unknown as Comparison;

/** Per file: its header, its rows (made when read) and their count; the matrix has a column for each of `outlets`. */
function tableSpecs(comparison: Comparison, outlets: readonly string[]): Record<ExportFile, [readonly string[], () => Iterable<Cell[]>, number]> {
  const { articles, quotes, claims, clusters, framing } = comparison;
  const members = clusters.reduce((n, c) => n + c.members.length, 0);
  const extra = metaColumns(articles);
  // Rows are made as the file is written, never all at once: the matrix is clusters × outlets.
  return {
    'articles.csv': [[...ARTICLE_COLUMNS, ...extra], () => articles.map((a) => [...cells(articleRow(a), ARTICLE_COLUMNS), ...extra.map((k) => metaCell(a.meta[k]))]), articles.length],
    'quotes.csv': [QUOTE_COLUMNS, () => quotes.map((q) => cells(toQuoteRecord(q), QUOTE_COLUMNS)), quotes.length],
    'claims.csv': [CLAIM_COLUMNS, () => claims.map(claimCells), claims.length],
    'clusters.csv': [CLUSTER_COLUMNS, () => mapped(clusters, (c) => cells(clusterRow(c), CLUSTER_COLUMNS)), clusters.length],
    'cluster_members.csv': [MEMBER_COLUMNS, function* () {
      for (const c of clusters) for (const m of c.members) yield cells(memberRow(c, m), MEMBER_COLUMNS);
    }, members],
    'descriptors.csv': [DESCRIPTOR_COLUMNS, () => framing.descriptors.map((d) => cells(descriptorRow(d), DESCRIPTOR_COLUMNS)), framing.descriptors.length],
    // Outlet labels become column names as they are ("forced-offline"): they are data, not schema.
    'coverage_matrix.csv': [[...MATRIX_COLUMNS, ...outlets], () => mapped(clusters, (c) => {
      const carried = new Set(c.outlets);
      return [c.id, c.type, c.text, ...outlets.map((o) => (carried.has(o) ? 1 : 0))];
    }), clusters.length],
  };
}

/**
 * The articles' own metadata that fits in a cell (a CSV export's `stories_id`, a manifest's
 * `leaning`, a page's `section`), as extra articles.csv columns after the fixed ones, in
 * the order first met; a key named like a fixed column is left out.
 */
export function metaColumns(articles: readonly Article[]): string[] {
  const fixed = new Set<string>(ARTICLE_COLUMNS);
  const keys = new Set<string>();
  for (const a of articles) {
    for (const [key, value] of Object.entries(a.meta)) {
      if (!fixed.has(key) && metaCell(value) !== undefined) keys.add(key);
    }
  }
  return [...keys];
}

/** A metadata value as a cell: text, numbers and booleans as they are, lists of them joined with `;`; other shapes none. */
function metaCell(value: unknown): Cell {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join(';');
  return undefined;
}

function* mapped<T>(list: readonly T[], row: (item: T) => Cell[]): Generator<Cell[]> {
  for (const item of list) yield row(item);
}

function articleRow(a: Article): Record<(typeof ARTICLE_COLUMNS)[number], Cell> {
  return {
    id: a.id, file: a.file, outlet: a.outlet, title: a.title, author: a.author, date: a.date, url: a.url,
    isOpinion: a.isOpinion, words: countWords(a.text), paragraphs: a.paragraphs.length, sentences: a.sentences.length, text: a.text,
  };
}

function clusterRow(c: Cluster): Record<(typeof CLUSTER_COLUMNS)[number], Cell> {
  return {
    id: c.id, type: c.type, text: c.text, outlets: c.outlets.length, outletList: c.outlets.join(';'), missing: c.missing.join(';'),
    flags: c.flags.length, flagTypes: [...new Set(c.flags.map((f) => f.type))].join(';'),
  };
}

function memberRow(c: Cluster, m: ClusterMember): Record<(typeof MEMBER_COLUMNS)[number], Cell> {
  const words = (op: 'added' | 'removed') => m.diff.filter((p) => p.op === op).map((p) => p.text.trim()).filter(Boolean).join(' | ');
  return {
    cluster: c.id, member: m.id, article: m.article, outlet: m.outlet, kind: m.kind, text: m.text, speaker: m.speaker,
    source: m.source, cue: m.cue, start: m.start, end: m.end, paragraph: m.paragraph, position: m.position,
    added: words('added'), removed: words('removed'),
  };
}

function descriptorRow(d: Descriptor): Record<(typeof DESCRIPTOR_COLUMNS)[number], Cell> {
  return { outlet: d.outlet, article: d.article, actor: d.actor, text: d.text, kind: d.kind, start: d.start, end: d.end, inQuote: d.inQuote ?? false };
}

/**
 * Draws rows as a boxed terminal table whose every line is exactly the sum of `widths`
 * plus the borders. Each cell is hard-wrapped to its column (long words break, nothing is
 * cut) and each wrapped line is a one-line table row, with a rule between records: cli-table3
 * re-measures multi-line cells for every line it draws, which is quadratic in a long text.
 */
export function drawGrid(head: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[], ctx: RenderContext): string {
  const s = ctx.styles;
  const table = new Table({
    head: head.map((h, k) => wrapCell(s.bold(h), widths[k]! - 2)),
    colWidths: [...widths],
    wordWrap: false,
    style: { head: [], border: [], compact: true },
  });
  rows.forEach((row, k) => {
    if (k > 0) table.push(widths.map((w) => ({ content: '─'.repeat(w), chars: { left: '├', middle: '┼', right: '┤' }, style: { 'padding-left': 0, 'padding-right': 0 } })));
    const lines = row.map((v, column) => wrapCell(v, widths[column]! - 2).split('\n'));
    const height = Math.max(...lines.map((l) => l.length));
    for (let line = 0; line < height; line++) table.push(lines.map((l) => l[line] ?? ''));
  });
  return table.toString() + '\n';
}

/** Hard-wraps to `columns`, breaking words longer than a line; escape codes are kept per line. */
export function wrapCell(text: string, columns: number): string {
  return wrapAnsi(text, Math.max(1, columns), { hard: true, trim: true });
}

/** Paragraph breaks and tabs inside a record would break a table row apart. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
