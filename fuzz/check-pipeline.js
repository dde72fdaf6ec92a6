// The properties every input must have, checked through the public API. Shared by
// test/fuzz.test.ts (API from src/) and fuzz/run.js (API from dist/): the API is passed in.
import fc from 'fast-check';
import { FORMATS } from './arbitraries.js';

/**
 * @typedef {object} Api
 * @property {(text: string, options?: object) => any[]} articlesFromText
 * @property {(articles: any[], options?: object) => any[]} extractQuotes
 * @property {(articles: any[], options?: object) => any} compareCoverage
 */

/**
 * Milliseconds one call (`articlesFromText` in one format, `extractQuotes`, `compareCoverage`)
 * may take on an ordinary input. A hang detector, not a benchmark: runaway backtracking on a
 * few KB takes far longer, and a loaded machine far less.
 */
export const BASE_LIMIT_MS = 5000;
/** Extra milliseconds per character of input: 200 KB may take 5 s + 6 s, some three times what it takes here. */
export const PER_CHAR_MS = 0.03;

/** How long one call on `chars` characters of input may take; `scale` multiplies it. */
export function timeLimit(chars, scale = 1) {
  return (BASE_LIMIT_MS + chars * PER_CHAR_MS) * scale;
}

/** A broken property: what went wrong, for which input. */
export class PropertyError extends Error {
  constructor(message) {
    super(message);
    this.name = 'PropertyError';
  }
}

function fail(message) {
  throw new PropertyError(message);
}

function checkSpan(where, text, start, end) {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) {
    fail(`${where}: offsets ${start}–${end} are outside the text (length ${text.length})`);
  }
}

function checkSlice(where, text, record, field = 'text') {
  checkSpan(where, text, record.start, record.end);
  const expected = text.slice(record.start, record.end);
  if (record[field] !== expected) fail(`${where}: ${field} ${JSON.stringify(record[field])} is not text.slice(${record.start}, ${record.end}) = ${JSON.stringify(expected)}`);
}

function checkUnique(where, ids) {
  const seen = new Set();
  for (const id of ids) {
    if (seen.has(id)) fail(`${where}: id ${JSON.stringify(id)} is used twice`);
    seen.add(id);
  }
}

function checkIndex(where, index, length, nullable = false) {
  if (nullable && index === null) return;
  if (!Number.isInteger(index) || index < 0 || index >= length) fail(`${where}: index ${index} is outside 0–${length - 1}`);
}

/** Paragraphs and sentences of one article: in range, sorted, not overlapping, sentences inside their paragraph. */
export function checkArticle(article) {
  const where = `article ${article.id}`;
  const { text } = article;
  if (typeof text !== 'string') fail(`${where}: text is not a string`);
  let last = 0;
  article.paragraphs.forEach((p, i) => {
    checkSpan(`${where} paragraph ${i}`, text, p.start, p.end);
    if (p.start < last) fail(`${where}: paragraph ${i} (${p.start}–${p.end}) starts before the previous one ends (${last})`);
    if (!['headline', 'subheading', 'body'].includes(p.kind)) fail(`${where}: paragraph ${i} has kind ${p.kind}`);
    last = p.end;
  });
  last = 0;
  article.sentences.forEach((s, i) => {
    checkSpan(`${where} sentence ${i}`, text, s.start, s.end);
    if (s.start < last) fail(`${where}: sentence ${i} (${s.start}–${s.end}) starts before the previous one ends (${last})`);
    checkIndex(`${where} sentence ${i} paragraph`, s.paragraph, article.paragraphs.length);
    const p = article.paragraphs[s.paragraph];
    if (s.start < p.start || s.end > p.end) fail(`${where}: sentence ${i} (${s.start}–${s.end}) is not inside its paragraph ${s.paragraph} (${p.start}–${p.end})`);
    last = s.end;
  });
}

/** Quotes or claims: text is the slice, indexes valid, ids unique. */
export function checkRecords(label, records, byId) {
  checkUnique(label, records.map((r) => r.id));
  for (const r of records) {
    const article = byId.get(r.article);
    if (!article) fail(`${label} ${r.id}: unknown article ${r.article}`);
    checkSlice(`${label} ${r.id}`, article.text, r);
    checkIndex(`${label} ${r.id} paragraph`, r.paragraph, article.paragraphs.length);
    checkIndex(`${label} ${r.id} sentence`, r.sentence, article.sentences.length, true);
    if ('confidence' in r && !(r.confidence >= 0 && r.confidence <= 1)) fail(`${label} ${r.id}: confidence ${r.confidence} is not within 0–1`);
  }
}

/** Everything `compareCoverage` returns that points into an article. */
export function checkComparison(comparison, byId) {
  checkRecords('quote', comparison.quotes, byId);
  checkRecords('claim', comparison.claims, byId);
  checkUnique('cluster', comparison.clusters.map((c) => c.id));
  for (const cluster of comparison.clusters) {
    checkUnique(`cluster ${cluster.id} members`, cluster.members.map((m) => m.id));
    for (const m of cluster.members) {
      const article = byId.get(m.article);
      if (!article) fail(`cluster ${cluster.id} member ${m.id}: unknown article ${m.article}`);
      checkSlice(`cluster ${cluster.id} member ${m.id}`, article.text, m);
      checkIndex(`cluster ${cluster.id} member ${m.id} paragraph`, m.paragraph, article.paragraphs.length);
      if (!(m.position >= 0 && m.position <= 1)) fail(`cluster ${cluster.id} member ${m.id}: position ${m.position} is not within 0–1`);
    }
  }
  const { framing } = comparison;
  framing.descriptors.forEach((d, i) => {
    const article = byId.get(d.article);
    if (!article) fail(`descriptor ${i}: unknown article ${d.article}`);
    checkSlice(`descriptor ${i} (${d.actor})`, article.text, d);
    if (d.mentionStart !== undefined || d.mentionEnd !== undefined) checkSpan(`descriptor ${i} mention`, article.text, d.mentionStart, d.mentionEnd);
  });
  framing.wordUses.forEach((w, i) => {
    const article = byId.get(w.article);
    if (!article) fail(`word use ${i}: unknown article ${w.article}`);
    checkSlice(`word use ${i} (${w.kind})`, article.text, w, 'word');
  });
  for (const v of framing.voice) {
    const articles = [...byId.values()].filter((a) => a.outlet === v.outlet);
    if (!Number.isInteger(v.firstParagraph) || v.firstParagraph < 0 || !articles.some((a) => v.firstParagraph < a.paragraphs.length)) {
      fail(`voice ${v.outlet}/${v.source}: firstParagraph ${v.firstParagraph} is not a paragraph of the outlet's articles`);
    }
    if (!(v.share >= 0 && v.share <= 1 + 1e-9)) fail(`voice ${v.outlet}/${v.source}: share ${v.share} is not within 0–1`);
  }
}

function timed(label, limit, fn) {
  const started = performance.now();
  const result = silent(label, fn);
  const took = performance.now() - started;
  if (took > limit) fail(`${label} took ${Math.round(took)} ms, more than the ${Math.round(limit)} ms bound: a hang or runaway backtracking`);
  return result;
}

const CONSOLE = ['log', 'info', 'warn', 'error', 'debug', 'trace'];

/**
 * Runs `fn` and fails if it printed anything: the library never writes to the console, and
 * a dependency's process warning (yaml's "Unresolved tag", say) would reach the CLI's
 * stderr. Warnings are caught where they are raised, since `process.emitWarning` only
 * delivers them on a later tick.
 */
function silent(label, fn) {
  const printed = [];
  const emitWarning = process.emitWarning;
  const saved = CONSOLE.map((k) => console[k]);
  process.emitWarning = (warning) => printed.push(`process warning: ${warning instanceof Error ? warning.message : String(warning)}`);
  for (const k of CONSOLE) console[k] = (...args) => printed.push(`console.${k}: ${args.map(String).join(' ')}`);
  let result;
  try {
    result = fn();
  } finally {
    process.emitWarning = emitWarning;
    CONSOLE.forEach((k, i) => (console[k] = saved[i]));
  }
  if (printed.length) fail(`${label} printed ${JSON.stringify(printed[0].split('\n')[0])}${printed.length > 1 ? ` and ${printed.length - 1} more` : ''}: nothing but the CLI may write to stdout or stderr`);
  return result;
}

/**
 * Runs one input through every format, then quotes, then the comparison of everything
 * it gave, and checks each result; each call has a time bound. Throws a PropertyError on
 * a broken property; any other error is a crash in the code under test.
 *
 * @param {Api} api
 * @param {{ text: string }} input
 * @param {{ scale?: number, formats?: readonly string[], compare?: boolean }} [options] `scale` multiplies the time bound;
 *   `compare: false` stops after the quotes.
 */
export function checkInput(api, input, options = {}) {
  const { text } = input;
  const limit = timeLimit(text.length, options.scale);
  const articles = [];
  for (const format of options.formats ?? FORMATS) {
    const got = timed(`articlesFromText on ${text.length} characters as ${format}`, limit, () => api.articlesFromText(text, { format, file: `${format}-input.${format}` }));
    if (!Array.isArray(got)) fail(`articlesFromText(…, { format: '${format}' }) did not return an array`);
    articles.push(...got);
  }
  // Sniffing must pick one of the formats and not throw.
  timed(`articlesFromText on ${text.length} characters, format sniffed`, limit, () => api.articlesFromText(text));
  return checkArticles(api, articles, limit, options.compare ?? true);
}

/**
 * A group of articles about the same event (one per outlet) through `compareCoverage`.
 *
 * @param {Api} api
 * @param {Array<{ text: string, format: string, outlet: string }>} group
 */
export function checkGroup(api, group, options = {}) {
  const size = group.reduce((n, g) => n + g.text.length, 0);
  const limit = timeLimit(size, options.scale);
  const articles = group.flatMap((g, i) =>
    timed(`articlesFromText on ${g.text.length} characters as ${g.format}`, limit, () => api.articlesFromText(g.text, { format: g.format, file: `outlet-${i}.${g.format}`, outlet: g.outlet })),
  );
  return checkArticles(api, articles, limit);
}

function checkArticles(api, articles, limit, compare = true) {
  checkUnique('article', articles.map((a) => a.id));
  for (const a of articles) checkArticle(a);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const size = `${articles.length} article${articles.length === 1 ? '' : 's'}`;
  const quotes = timed(`extractQuotes on ${size}`, limit, () => api.extractQuotes(articles));
  checkRecords('quote', quotes, byId);
  if (!compare) return { articles: articles.length, quotes: quotes.length, claims: 0, clusters: 0 };
  const comparison = timed(`compareCoverage on ${size}`, limit, () => api.compareCoverage(articles, { quotes }));
  checkComparison(comparison, byId);
  return { articles: articles.length, quotes: quotes.length, claims: comparison.claims.length, clusters: comparison.clusters.length };
}

/**
 * The properties, by name. `ingest`: one input in one format, through quotes; `everyFormat`:
 * one input in every format, through the comparison; `group`: 2–4 articles about the same
 * event through the comparison; `huge`: a 50–200 KB single-line paragraph in every format.
 * `onInput` sees each value before it is checked (the fuzz runner reports it if it hangs).
 *
 * @param {Api} api
 * @param {ReturnType<import('./arbitraries.js').makeArbitraries>} arbitraries
 * Shrinking stops `shrinkMs` after the first failure (every later run passes), so that a slow
 * input does not shrink for hours; the counterexample is then the smallest found by then.
 *
 * @param {Api} api
 * @param {ReturnType<import('./arbitraries.js').makeArbitraries>} arbitraries
 * @param {{ scale?: number, huge?: [number, number], shrinkMs?: number, onInput?: (property: string, value: unknown) => void }} [options]
 */
export function makeProperties(api, arbitraries, options = {}) {
  const { scale = 1, huge = [50_000, 200_000], shrinkMs = 60_000, onInput = () => {} } = options;
  // Each property has its own clock, started by its first failure.
  const bounded = (check) => {
    let failedAt = null;
    return (...args) => {
      if (failedAt !== null && performance.now() - failedAt > shrinkMs) return;
      try {
        check(...args);
      } catch (error) {
        failedAt ??= performance.now();
        throw error;
      }
    };
  };
  return {
    ingest: property(arbitraries.fuzzInput, fc.constantFrom(...FORMATS), (input, format) => {
      onInput('ingest', { ...input, format });
      checkInput(api, input, { scale, formats: [format], compare: false });
    }),
    everyFormat: property(arbitraries.fuzzInput, (input) => {
      onInput('everyFormat', input);
      checkInput(api, input, { scale });
    }),
    group: property(arbitraries.articleGroup, (group) => {
      onInput('group', group);
      checkGroup(api, group, { scale });
    }),
    huge: property(arbitraries.hugeInput(huge[0], huge[1]), (input) => {
      onInput('huge', input);
      checkInput(api, input, { scale });
    }),
  };
  function property(...args) {
    const check = args.pop();
    return fc.property(...args, bounded(check));
  }
}
