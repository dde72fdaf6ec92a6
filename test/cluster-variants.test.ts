import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterQuotes, linkKind } from '../src/align/quotes/cluster-quotes.js';
import type { Item } from '../src/align/quotes/quote-item.js';
import { isContent, words } from '../src/align/words.js';
import type { Article, Quote } from '../src/model/types.js';

// clusterQuotes matches copies of a quote (the same words in the same order) once per
// variant instead of once per pair of copies. As long as no word pair is in more quotes
// than `maxPostings`, that must give exactly the groups and `reordered` flags of comparing
// every two quotes of different articles that share a word pair, as done here.
function reference(quotes: readonly Quote[], minContainment: number): { groups: string[][]; reordered: string[] } {
  const items = quotes.filter((q) => q.kind === 'direct' || q.kind === 'partial').map((quote) => {
    const w = words(quote.text, quote.start);
    const bigrams = new Set<string>();
    for (let k = 0; k + 1 < w.length; k++) bigrams.add(`${w[k]!.key} ${w[k + 1]!.key}`);
    if (w.length === 1) bigrams.add(w[0]!.key);
    return { quote, words: w, signature: '', bigrams, content: new Set(w.map((x) => x.key).filter(isContent)) } satisfies Item;
  });
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const reordered = new Set<string>();
  const postings = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const key of new Set([...item.bigrams, ...[...item.content].map((c) => `1:${c}`)])) postings.set(key, [...(postings.get(key) ?? []), i]);
  });
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [a, b] = [items[list[x]!]!, items[list[y]!]!];
        if (a.quote.article === b.quote.article) continue;
        const link = linkKind(a, b, minContainment);
        if (link === null) continue;
        if (link === 'reordered') reordered.add((a.words.length <= b.words.length ? a : b).quote.id);
        parent[find(list[x]!)] = find(list[y]!);
      }
    }
  }
  const groups = new Map<number, string[]>();
  items.forEach((item, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), item.quote.id]));
  return { groups: [...groups.values()].map((g) => g.sort()).sort(), reordered: [...reordered].sort() };
}

const VOCAB = ['parler', 'amazon', 'twitter', 'violence', 'content', 'the', 'of', 'is', 'deal'];

/** Articles of one quote per paragraph, built from drawn word lists; article k belongs to outlet k % 3. */
function build(drawn: Array<{ article: number; words: string[]; partial: boolean }>): { articles: Article[]; quotes: Quote[] } {
  const articles: Article[] = [];
  const quotes: Quote[] = [];
  for (let a = 0; a <= Math.max(0, ...drawn.map((d) => d.article)); a++) {
    const id = `a${a}`;
    let text = '';
    const article: Article = { id, file: `${id}.txt`, index: 0, outlet: `o${a % 3}`, outletRule: 'metadata', title: null, author: null, date: null, url: null, isOpinion: false, text: '', paragraphs: [], sentences: [], meta: {}, removed: [], diagnostics: [] };
    drawn.filter((d) => d.article === a).forEach((d, k) => {
      const inner = d.words.join(' ');
      const sentence = `“${inner}” said the spokesman.`;
      article.paragraphs.push({ start: text.length, end: text.length + sentence.length, kind: 'body' });
      article.sentences.push({ start: text.length, end: text.length + sentence.length, paragraph: k });
      quotes.push({ id: `${id}#q${k + 1}`, article: id, file: article.file, outlet: article.outlet, kind: d.partial ? 'partial' : 'direct', text: inner, speaker: null, source: null, sourceOrg: null, cue: 'said', paragraph: k, sentence: k, start: text.length + 1, end: text.length + 1 + inner.length, confidence: 0 });
      text += `${sentence}\n\n`;
    });
    article.text = text;
    articles.push(article);
  }
  return { articles, quotes };
}

describe('clusterQuotes: copies counted once', () => {
  const quote = fc.record({
    article: fc.integer({ min: 0, max: 4 }),
    words: fc.array(fc.constantFrom(...VOCAB), { minLength: 0, maxLength: 6 }),
    partial: fc.boolean(),
  });
  // Few distinct word lists, so that copies, truncations and reorderings are common.
  const run = fc.array(fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 }).chain((pool) =>
    fc.array(fc.oneof(quote, fc.record({ article: fc.integer({ min: 0, max: 4 }), words: fc.constantFrom(...pool), partial: fc.boolean() }), fc.record({ article: fc.integer({ min: 0, max: 4 }), words: fc.constantFrom(...pool).map((w) => [...w].reverse()), partial: fc.constant(false) })), { minLength: 1, maxLength: 14 }));

  for (const minContainment of [0.5, 1.2]) {
    it(`gives the groups and reordered flags of comparing every pair (minContainment ${minContainment})`, () => {
      fc.assert(fc.property(run, (drawn) => {
        const { articles, quotes } = build(drawn);
        const clusters = clusterQuotes(quotes, articles, { minContainment });
        const groups = clusters.map((c) => c.members.filter((m) => m.kind !== 'unquoted').map((m) => m.id).sort()).filter((g) => g.length > 0).sort();
        const reordered = clusters.flatMap((c) => c.flags.filter((f) => f.type === 'reordered').map((f) => f.member)).sort();
        expect({ groups, reordered }).toEqual(reference(quotes, minContainment));
      }), { numRuns: 400 });
    });
  }
});
