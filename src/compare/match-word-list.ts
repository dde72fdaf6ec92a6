import { compareCodeUnits } from '../model/compare-code-units.js';

/** One match of a word list in a text. */
export interface ListMatch {
  /** The list entry, lowercased: "coordinated attacks". */
  entry: string;
  start: number;
  end: number;
}

/** A word list compiled to one regular expression, longest entries first. */
export interface CompiledList {
  pattern: RegExp;
  entries: Map<string, string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normal = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');

/**
 * Compiles entries for whole-word matching: "coordinated attack" matches in "a coordinated
 * attack by" but "about" does not match in "roundabout"; a straight apostrophe in an entry
 * ("don't know") also matches a curly one; a hyphenated word is one word, so "right" does
 * not match inside "far-right".
 */
export function compileWordList(entries: readonly string[]): CompiledList {
  const unique = [...new Set(entries.map(normal))].sort((a, b) => b.length - a.length || compareCodeUnits(a, b));
  const body = unique.map((e) => escape(e).replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|');
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}’'-])(?:${body})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, 'giu'),
    entries: new Map(unique.map((e) => [e, e])),
  };
}

/** Every match of a compiled list in `text`, left to right. */
export function matchWordList(text: string, list: CompiledList): ListMatch[] {
  const out: ListMatch[] = [];
  const re = new RegExp(list.pattern.source, list.pattern.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const entry = list.entries.get(normal(m[0])) ?? normal(m[0]);
    out.push({ entry, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
