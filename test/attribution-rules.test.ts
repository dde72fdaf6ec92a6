import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articlesFromText } from '../src/index.js';
import { extractQuotes } from '../src/analyze/quotes/extract-quotes.js';
import { DIRECT_RULES, PARTIAL_RULES } from '../src/analyze/quotes/rules/index.js';

// Every attribution rule carries an example sentence; run through the extractor, the example
// must be attributed by that rule (or by the more specific name it gives), so the examples in
// the code and docs/how-it-works.md stay true. "¶" in an example is a paragraph break.
const doc = readFileSync(fileURLToPath(new URL('../docs/how-it-works.md', import.meta.url)), 'utf8');
const section = doc.slice(doc.indexOf('\n## How speakers are found\n'), doc.indexOf('\n## How sources are merged\n'));
const rules = [...new Set([...DIRECT_RULES, ...PARTIAL_RULES].map((r) => r.name))].map((name) => [...DIRECT_RULES, ...PARTIAL_RULES].find((r) => r.name === name)!);

// Rules whose example decides no speaker (they stop the search) or that hand the record another rule's name.
const GIVES: Record<string, RegExp> = {
  'nearer-cue': /^cue-after$/,
  'cue-after-unnamed': /^cue-after-unnamed$/,
  'own-cue-unread': /^$/,
  'no-cue-in-sentence': /^$/,
};

describe('attribution rules', () => {
  it('lists each rule once per kind, each with a name and an example', () => {
    for (const list of [DIRECT_RULES, PARTIAL_RULES]) {
      expect(new Set(list.map((r) => r.name)).size).toBe(list.length);
      for (const r of list) expect(r.example.length).toBeGreaterThan(10);
    }
  });

  it('names every rule in the section "How speakers are found" of docs/how-it-works.md', () => {
    expect(section.length).toBeGreaterThan(1000);
    const missing = rules.filter((r) => !GIVES[r.name] && !section.includes(`\`${r.name}\``)).map((r) => r.name);
    expect(missing).toEqual([]);
  });

  for (const rule of rules) {
    it(`${rule.name}: its example is attributed by it`, () => {
      // A headline example is itself the headline; the others get one before them.
      const headline = rule.name.startsWith('headline') ? '' : 'A headline for the example\n\n';
      const [article] = articlesFromText(headline + rule.example.replace(/\s*¶\s*/g, '\n\n'), { format: 'txt' });
      const quotes = extractQuotes(article!).filter((q) => q.kind === 'direct' || q.kind === 'partial');
      const last = quotes[quotes.length - 1];
      expect(last, `no quote found in: ${rule.example}`).toBeDefined();
      const expected = GIVES[rule.name] ?? new RegExp(`^${rule.name}(?:\\+.*)?$`);
      expect(last!.rule ?? '').toMatch(expected);
    });
  }
});
