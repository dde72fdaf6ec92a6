/**
 * A deterministic synthetic news corpus with known truth, for the benchmark and for
 * measures that need many events × many outlets.
 *
 *   generateCorpus({ events, outletsPerEvent, seed }) →
 *     { articles: [{ id, outlet, event, text }], truth: { event, quotes, edits } }
 *
 * - Every source article is one event: the five bundled articles (corpus/parler-v-aws/*.txt),
 *   then fixtures/cases/<name>/input.txt, then fixtures/heldout/<name>/input.txt, in name
 *   order (`listSources()` gives them; `events` takes the first N and may not exceed their
 *   count). Event ids are `e000`, `e001`, …
 * - Each event has `outletsPerEvent` versions, one per outlet. Outlets are shared across
 *   events (`outlet-0000` covers every event), so the same outlet has one article per event.
 *   Article ids are `<event>-<outlet number>` (`e003-0012`).
 * - `text` is plain text: a headline line, a blank line, then paragraphs separated by blank
 *   lines (what `coverage` reads from a .txt file).
 * - Outlet 0 carries the source as written (with a headline added when it has none). Every
 *   other outlet's version drops some paragraphs, swaps some adjacent ones, truncates some
 *   quotes, alters a word inside some, turns some into unquoted paraphrase (the words
 *   without quote marks) and swaps some reporting verbs ("said" → "claimed").
 * - `truth.event` is a Map article id → event id. `truth.quotes` has one entry per
 *   (article, source quote): `{ article, event, quote: '<event>#<k>', original, text, change,
 *   from?, to? }`, where `change` is `kept`, `truncated`, `altered` (`from` → `to` is the
 *   word), `paraphrased` (`text` is then unquoted in the article) or `dropped` (its paragraph
 *   was left out; `text` is null). Versions of one source quote share `quote`.
 *   `truth.edits` lists the other changes: `{ article, kind: 'dropped-paragraph' |
 *   'swapped-paragraphs' | 'verb', paragraph, from?, to? }` (`paragraph` is the index
 *   in the source's body paragraphs).
 * - The same `seed` gives the same corpus, byte for byte; an article's text depends only on
 *   the seed, its event and its outlet number, not on how many events or outlets are asked for.
 *
 * @example
 * import { generateCorpus } from './bench/corpus.js';
 * const { articles, truth } = generateCorpus({ events: 10, outletsPerEvent: 20, seed: 1 });
 * truth.event.get(articles[0].id) // 'e000'
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Probabilities of each change in an outlet's version (outlet 0 keeps the source). */
const RATES = {
  dropParagraph: 0.12,
  swapParagraphs: 0.3,
  truncate: 0.15,
  alter: 0.1,
  paraphrase: 0.08,
  swapVerb: 0.25,
};

// Reporting verbs that can stand in for each other without changing the grammar.
const VERBS = ['said', 'says', 'stated', 'claimed', 'added', 'noted', 'insisted', 'argued', 'explained'];
const VERB = new RegExp(`\\b(${VERBS.join('|')})\\b`);
// Words put in place of one word of a quote: a possible misquote.
const SUBSTITUTES = ['major', 'serious', 'clear', 'real', 'deep', 'total', 'simple', 'huge', 'vital', 'strong'];
// Quote pairs inside a paragraph: curly, straight, German low-high and guillemets.
const QUOTE = /“([^”\n]+)”|"([^"\n]+)"|„([^“\n]+)“|«([^»\n]+)»/g;

/** The source articles, one per event, in event order: `[{ file, text }]`. */
export function listSources() {
  const corpus = path.join(ROOT, 'corpus/parler-v-aws');
  const bundled = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(corpus, f));
  const folder = (dir) => {
    const base = path.join(ROOT, dir);
    return readdirSync(base).sort().map((name) => path.join(base, name, 'input.txt')).filter((f) => existsSync(f));
  };
  return [...bundled, ...folder('fixtures/cases'), ...folder('fixtures/heldout')].map((file) => ({
    file: path.relative(ROOT, file),
    text: readFileSync(file, 'utf8').replace(/\r\n?/g, '\n'),
  }));
}

let cachedSources = null;

/**
 * Builds `events` × `outletsPerEvent` articles from the bundled sources, with the truth
 * of which event each belongs to and what was done to each quote. See the top of this file.
 */
export function generateCorpus({ events, outletsPerEvent, seed = 1 }) {
  cachedSources ??= listSources();
  const sources = cachedSources;
  if (!Number.isInteger(events) || events < 1 || events > sources.length) {
    throw new RangeError(`generateCorpus: events must be a whole number from 1 to ${sources.length} (one per source article), got ${events}`);
  }
  if (!Number.isInteger(outletsPerEvent) || outletsPerEvent < 1) throw new RangeError(`generateCorpus: outletsPerEvent must be a whole number of at least 1, got ${outletsPerEvent}`);
  const articles = [];
  const truth = { event: new Map(), quotes: [], edits: [] };
  for (let e = 0; e < events; e++) {
    const event = `e${String(e).padStart(3, '0')}`;
    const source = parseSource(sources[e].text);
    for (let o = 0; o < outletsPerEvent; o++) {
      const id = `${event}-${String(o).padStart(4, '0')}`;
      const outlet = `outlet-${String(o).padStart(4, '0')}`;
      const random = prng(`${seed}:${event}:${o}`);
      const text = makeVersion(source, { id, event, outlet: o, random, truth });
      articles.push({ id, outlet, event, text });
      truth.event.set(id, event);
    }
  }
  return { articles, truth };
}

/** Splits a source into headline and body paragraphs, and finds its quotes. */
function parseSource(text) {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const first = lines[0] ?? '';
  const hasHeadline = first.length <= 160 && !/[.!?]["”’]?$/.test(first);
  const paragraphs = hasHeadline ? lines.slice(1) : lines;
  // A source without a headline gets its first words as one: "Parler, the hottest new social media platform".
  const headline = hasHeadline ? first : paragraphs[0].split(/\s+/).slice(0, 8).join(' ').replace(/[,;:.]+$/, '');
  let k = 0;
  const quotes = paragraphs.map((p) => [...p.matchAll(QUOTE)].map((m) => ({ key: k++, index: m.index, length: m[0].length, inner: m[1] ?? m[2] ?? m[3] ?? m[4] })));
  return { headline, paragraphs, quotes };
}

/** One outlet's version of a source, recording every change in `truth`. */
function makeVersion(source, { id, event, outlet, random, truth }) {
  const edit = outlet > 0;
  const order = source.paragraphs.map((_, i) => i);
  let kept = order;
  if (edit) {
    // The lede always stays; at least two paragraphs stay.
    kept = order.filter((i) => i === 0 || random() >= RATES.dropParagraph);
    if (kept.length < 2) kept = order.slice(0, 2);
    for (const i of order) if (!kept.includes(i)) truth.edits.push({ article: id, kind: 'dropped-paragraph', paragraph: i });
    if (kept.length > 2 && random() < RATES.swapParagraphs) {
      const at = 1 + Math.floor(random() * (kept.length - 2));
      truth.edits.push({ article: id, kind: 'swapped-paragraphs', paragraph: kept[at] });
      [kept[at], kept[at + 1]] = [kept[at + 1], kept[at]];
    }
  }
  const keptSet = new Set(kept);
  const body = new Map();
  for (const i of order) {
    const paragraph = source.paragraphs[i];
    if (!keptSet.has(i)) {
      for (const q of source.quotes[i]) truth.quotes.push({ article: id, event, quote: `${event}#${q.key}`, original: q.inner, text: null, change: 'dropped' });
      continue;
    }
    body.set(i, edit ? editParagraph(paragraph, source.quotes[i], { id, event, paragraphIndex: i, random, truth }) : keepParagraph(paragraph, source.quotes[i], { id, event, truth }));
  }
  const headline = edit && random() < 0.5 ? `${source.headline}${random() < 0.5 ? ': what we know' : ', reports say'}` : source.headline;
  return [headline, ...kept.map((i) => body.get(i))].join('\n\n') + '\n';
}

function keepParagraph(paragraph, quotes, { id, event, truth }) {
  for (const q of quotes) truth.quotes.push({ article: id, event, quote: `${event}#${q.key}`, original: q.inner, text: q.inner, change: 'kept' });
  return paragraph;
}

/** Maybe swaps a reporting verb, then applies quote changes (right to left, so offsets stay valid). */
function editParagraph(paragraph, sourceQuotes, { id, event, paragraphIndex, random, truth }) {
  let out = paragraph;
  let quotes = sourceQuotes;
  if (random() < RATES.swapVerb) {
    // Only a verb outside quote marks: the quoted words stay the speaker's.
    const masked = out.replace(QUOTE, (m) => ' '.repeat(m.length));
    const m = VERB.exec(masked);
    if (m) {
      const choices = VERBS.filter((v) => v !== m[1]);
      const to = choices[Math.floor(random() * choices.length)];
      out = out.slice(0, m.index) + to + out.slice(m.index + m[1].length);
      truth.edits.push({ article: id, kind: 'verb', paragraph: paragraphIndex, from: m[1], to });
      quotes = [...out.matchAll(QUOTE)].map((q, n) => ({ ...sourceQuotes[n], index: q.index, length: q[0].length }));
    }
  }
  const records = [];
  for (let n = quotes.length - 1; n >= 0; n--) {
    const q = quotes[n];
    const whole = out.slice(q.index, q.index + q.length);
    const open = whole.slice(0, 1);
    const close = whole.slice(-1);
    const words = q.inner.split(/\s+/);
    const roll = random();
    let replacement = whole;
    const record = { article: id, event, quote: `${event}#${q.key}`, original: q.inner, text: q.inner, change: 'kept' };
    if (roll < RATES.truncate && words.length >= 6) {
      // "AWS is violating Section 1 of the Sherman Antitrust Act" → "AWS is violating Section 1"
      const keep = Math.max(3, Math.floor(words.length * (0.5 + random() * 0.3)));
      const inner = words.slice(0, keep).join(' ').replace(/[,;:]+$/, '');
      Object.assign(record, { text: inner, change: 'truncated' });
      replacement = `${open}${inner}${close}`;
    } else if (roll < RATES.truncate + RATES.alter) {
      const candidates = words.map((w, i) => [w, i]).filter(([w]) => /^\p{Ll}{5,}$/u.test(w));
      if (candidates.length > 0) {
        const [from, at] = candidates[Math.floor(random() * candidates.length)];
        const to = SUBSTITUTES[Math.floor(random() * SUBSTITUTES.length)];
        const inner = words.map((w, i) => (i === at ? to : w)).join(' ');
        Object.assign(record, { text: inner, change: 'altered', from, to });
        replacement = `${open}${inner}${close}`;
      }
    } else if (roll < RATES.truncate + RATES.alter + RATES.paraphrase) {
      // The outlet's own words: the quote without its marks.
      Object.assign(record, { change: 'paraphrased' });
      replacement = q.inner;
    }
    out = out.slice(0, q.index) + replacement + out.slice(q.index + q.length);
    records.push(record);
  }
  truth.quotes.push(...records.reverse());
  return out;
}

/** mulberry32 seeded by an FNV-1a hash of a string: small, fast and the same everywhere. */
export function prng(key) {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
