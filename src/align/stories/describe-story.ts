import { SENTENCE_STARTERS } from '../../analyze/sentences/abbreviations.js';
import type { Article } from '../../model/types.js';
import { STOP_WORDS } from '../words.js';
import type { ArticleFeatures } from './article-features.js';
import type { FeatureKind } from './feature.js';
import type { FeatureVectors } from './weigh-features.js';

/** How many features of each kind a story lists, at most: a few of each reads better than eight quote fragments. */
const SHOWN: Partial<Record<FeatureKind, number>> = { name: 3, quote: 2, number: 2, date: 1 };

export interface StoryDescription {
  /** Index of the most representative member. */
  representative: number;
  title: string;
  features: string[];
}

/**
 * Names a group of articles: its title is the headline of the member most similar to
 * the others (summed link similarity; then the longer text; then the first in canonical
 * order), and its features the names, quoted phrases, numbers and dates its members
 * share, the most widely shared and rarest first, as the representative article writes
 * them, a name with its whole name around it ("Hélène Borrel", "$84.3 million"). Two
 * features that share a word are not both listed.
 *
 * @example describeStory([0, 3], articles, (i) => features[i], vectors, centrality).title
 */
export function describeStory(group: readonly number[], articles: readonly Article[], featuresOf: (i: number) => ArticleFeatures, vectors: FeatureVectors, centrality: ArrayLike<number>): StoryDescription {
  const representative = [...group].sort((a, b) => centrality[b]! - centrality[a]! || articles[b]!.text.length - articles[a]!.text.length || a - b)[0]!;
  const rep = articles[representative]!;
  const title = rep.title ?? (rep.text.split('\n')[0]!.trim() || rep.id);

  // Weight of each feature id and how many members have it.
  const members = new Map<number, { count: number; weight: number }>();
  for (const i of group) {
    vectors.ids[i]!.forEach((id, k) => {
      if (vectors.kinds[id] === 'word') return;
      const m = members.get(id);
      if (m) m.count++;
      else members.set(id, { count: 1, weight: vectors.weights[i]![k]! });
    });
  }
  const need = group.length > 1 ? 2 : 1;
  // Ties (common in a small run, where every shared feature has the same rarity) go to what the representative says first.
  const place = new Map(featuresOf(representative).distinct.map((f) => [f.key, f.start]));
  const score = (id: number, m: { count: number; weight: number }) => {
    const key = vectors.keys[id]!;
    // "Halbrook Foods" says more than "Halbrook".
    return m.count * m.weight * (vectors.kinds[id] === 'name' ? 1 + 0.5 * (key.split(' ').length - 1) : 1);
  };
  const ranked = [...members.entries()]
    .filter(([, m]) => m.count >= need)
    .map(([id, m]) => ({ id, score: score(id, m), at: place.get(vectors.keys[id]!) ?? Infinity }))
    .sort((x, y) => y.score - x.score || x.at - y.at || (vectors.keys[x.id]! < vectors.keys[y.id]! ? -1 : 1))
    .map((x) => x.id);
  const shown: string[] = [];
  const used = new Set<string>();
  const perKind = new Map<FeatureKind, number>();
  for (const id of ranked) {
    const kind = vectors.kinds[id]!;
    if ((perKind.get(kind) ?? 0) >= (SHOWN[kind] ?? 0)) continue;
    const key = vectors.keys[id]!;
    const keyWords = key.slice(key.indexOf(':') + 1).split(' ');
    if (keyWords.some((w) => used.has(w))) continue;
    const text = surface(key, [representative, ...group], articles, featuresOf, kind === 'name');
    // A quoted phrase across a sentence end ("away. That has to") reads badly out of context.
    if (!text || (kind === 'quote' && /[.!?;]\s/.test(text))) continue;
    if (kind === 'name' && text.toLowerCase().split(/\s+/).some((w) => used.has(w))) continue;
    for (const w of [...keyWords, ...text.toLowerCase().split(/\s+/)]) used.add(w);
    perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
    shown.push(text);
  }
  return { representative, title, features: shown };
}

// Capitalised words (and particles) next to a name, on the same line: "Amazon Web" is part of "Amazon Web Services".
const NAME_BEFORE = /(?:\p{Lu}[\p{L}\p{N}’'.-]*(?: (?:of|de|von|van|der|la|le|du|da))? )+$/u;
const NAME_AFTER = /^(?: (?:(?:of|de|von|van|der|la|le|du|da) )?\p{Lu}[\p{L}\p{N}’'-]*)+/u;

function isFunctionWord(word: string): boolean {
  const key = word.toLowerCase();
  return STOP_WORDS.has(key) || SENTENCE_STARTERS.has(key);
}

/** The feature as the first of `order` that has it writes it; a name with the whole name around it ("CEO John" → "CEO John Matze"). */
function surface(key: string, order: readonly number[], articles: readonly Article[], featuresOf: (i: number) => ArticleFeatures, wholeName: boolean): string | null {
  for (const i of order) {
    const f = featuresOf(i).distinct.find((x) => x.key === key);
    if (!f) continue;
    const text = articles[i]!.text;
    if (!wholeName) return text.slice(f.start, f.end).replace(/\s+/g, ' ');
    const found = text.slice(f.start, f.end);
    const before = NAME_BEFORE.exec(text.slice(Math.max(0, f.start - 80), f.start))?.[0] ?? '';
    const after = NAME_AFTER.exec(text.slice(f.end, f.end + 80))?.[0] ?? '';
    // "The Bank of England" is "Bank of England"; a Title Case headline is not a name.
    const name = `${before}${found}${after}`.trim().split(' ');
    while (name.length > 1 && isFunctionWord(name[0]!)) name.shift();
    while (name.length > 1 && isFunctionWord(name[name.length - 1]!)) name.pop();
    const whole = name.join(' ').replace(/[’']s$/, '');
    return name.length <= 5 && whole.includes(found.replace(/[’']s$/, '')) ? whole : found;
  }
  return null;
}
