/**
 * The data model. Every record that points into an article carries `start`/`end`
 * character offsets into that article's normalised `text` (UTF-16 code units, as
 * JavaScript strings index them), so `article.text.slice(start, end)` is the record.
 */

export type Severity = 'error' | 'warning' | 'info';

/** A problem in the data: attached to the run, never thrown. */
export interface Diagnostic {
  /** Stable machine code, e.g. `invalid-utf8`, `empty-file`. */
  code: string;
  severity: Severity;
  /** The file (or `<stdin>`) the problem is in. */
  file: string;
  /** 1-based line in the source file, when known. */
  line?: number;
  /** One sentence that says what is wrong and what to do. */
  message: string;
}

/** What a format reader returns for one article, before cleaning. */
export interface RawArticle {
  /** The path as the user gave it (or `<stdin>`). */
  file: string;
  /** Position of the article in a multi-article file (JSON array, JSON Lines); 0 otherwise. */
  index: number;
  title?: string;
  author?: string;
  date?: string;
  url?: string;
  outlet?: string;
  isOpinion?: boolean;
  /** Body as plain text: paragraphs separated by blank lines, one line per paragraph where the source allows. */
  body: string;
  /** Which reader rule found the body, e.g. `json-ld`, `article`, `densest-block`. */
  bodySource?: string;
  /** The field the outlet name was read from, e.g. `publisher.name`, `og:site_name`, `url-domain`. */
  outletFrom?: string;
  /** Any other metadata the source carried (front-matter keys, JSON fields, manifest fields). */
  meta: Record<string, unknown>;
  diagnostics: Diagnostic[];
}

export type ParagraphKind = 'headline' | 'subheading' | 'body';

export interface Paragraph {
  start: number;
  end: number;
  kind: ParagraphKind;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index into `Article.paragraphs`. */
  paragraph: number;
}

/** A line of the source that cleaning dropped, kept so `--verbose` can show it. */
export interface Removal {
  /** Stable reason code: `image-credit`, `advertisement`, `related-links`, `author-bio`, … */
  reason: string;
  text: string;
  /** 1-based line in the body as read (after decoding), when known. */
  line?: number;
}

/** Which rule gave an article its outlet label. */
export type OutletRule = 'metadata' | 'url-domain' | 'manifest' | 'folder' | 'file-name' | 'stdin';

export interface Article {
  /** Stable id derived from the file (and index for multi-article files), e.g. `forced-offline` or `dump.jsonl:3`. */
  id: string;
  file: string;
  index: number;
  outlet: string;
  outletRule: OutletRule;
  /** The metadata field the outlet was read from (`og:site_name`, `publisher.name`, `media_name`), for `--verbose`; not part of the JSON record. */
  outletField?: string;
  title: string | null;
  author: string | null;
  date: string | null;
  url: string | null;
  isOpinion: boolean;
  /** The cleaned, normalised text every offset points into. */
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  meta: Record<string, unknown>;
  removed: Removal[];
  diagnostics: Diagnostic[];
}

export type QuoteKind = 'direct' | 'partial' | 'indirect' | 'mention';

/** A quotation or an attributed statement. */
export interface Quote {
  /** `<article id>#q<n>`, numbered in text order. */
  id: string;
  article: string;
  file: string;
  outlet: string;
  kind: QuoteKind;
  /** Exactly `article.text.slice(start, end)`: the words inside the marks, or the reported clause. */
  text: string;
  /** The speaker as the article names it (the fullest mention when resolved from a pronoun or role). */
  speaker: string | null;
  /** Canonical name of the speaker, the same across the corpus. */
  source: string | null;
  /** The organisation a spokesperson, statement or document speaks for. */
  sourceOrg: string | null;
  /** The verb or phrase that introduced the quote: `said`, `according to`, `reads`. */
  cue: string | null;
  /** Index of the paragraph the record starts in. */
  paragraph: number;
  /** Index of the sentence it starts in; null inside a subheading (which has no sentences). */
  sentence: number | null;
  start: number;
  end: number;
  /** 0–1: how sure the attribution is. */
  confidence: number;
  /**
   * The rule that chose the speaker (`cue-after`, `cue-before`, `follow-on`, …), with
   * `+pronoun` or `+earlier-mention` when the speaker was resolved from "he" or "the
   * spokeswoman"; null when no rule attributed it.
   */
  rule: string | null;
  /** Where the speaker mention the rule read is (a pronoun is its own place, not its antecedent's). */
  speakerStart: number | null;
  speakerEnd: number | null;
  /** Where the cue is: the verb itself, without auxiliaries ("said" in "has said"). */
  cueStart: number | null;
  cueEnd: number | null;
}
