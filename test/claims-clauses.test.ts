import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownSegments } from '../src/analyze/claims/own-segments.js';
import { splitClauses } from '../src/analyze/claims/split-clauses.js';
import { clusterClaims } from '../src/align/claims/cluster-claims.js';
import { claimTokens, findNames } from '../src/align/claims/claim-tokens.js';
import { findActorReferences, resolveReferences } from '../src/align/claims/find-actor-references.js';
import { impliedSubject } from '../src/align/claims/implied-subject.js';
import { findEvents } from '../src/align/claims/event-classes.js';
import type { Claim } from '../src/model/comparison.js';
import type { Article, Quote } from '../src/model/types.js';

const cases = (dir: string) => readdirSync(dir).filter((name) => !name.startsWith('.')).sort().map((name) => [name, path.join(dir, name)] as const);

describe('splitClauses: one folder per case in fixtures/claims/split-clauses', () => {
  it.each(cases('fixtures/claims/split-clauses'))('%s', (_, dir) => {
    const text = readFileSync(path.join(dir, 'sentence.txt'), 'utf8').trimEnd();
    const expected = (JSON.parse(readFileSync(path.join(dir, 'clauses.json'), 'utf8')) as { clauses: string[] }).clauses;
    const clauses = splitClauses(text, text, 0, text.length);
    expect(clauses.map((c) => text.slice(c.start, c.end))).toEqual(expected);
  });

  it('never splits inside quote marks: cuts are read on the masked text', () => {
    const text = 'He said “we cut it off after they failed to act” on Monday.';
    const masked = text.replace(/“[^”]*”/u, (m) => ' '.repeat(m.length));
    expect(splitClauses(text, masked, 0, text.length)).toEqual([{ start: 0, end: text.length }]);
  });
});

/** A one-paragraph article of one sentence, for the attribution and subject rules. */
function article(text: string): Article {
  return {
    id: 'a', file: 'a.txt', index: 0, outlet: 'a', outletRule: 'file-name', title: null, author: null, date: null, url: null, isOpinion: false,
    text, paragraphs: [{ start: 0, end: text.length, kind: 'body' }], sentences: [{ start: 0, end: text.length, paragraph: 0 }] as Article['sentences'], meta: {}, removed: [], diagnostics: [],
  };
}

describe('ownSegments: the outlet’s words around a reported statement, without the attribution', () => {
  const rows: Array<[string, string, string, string, string[]]> = [
    // sentence, statement, speaker, cue, own segments
    ['Parler sued Amazon on Monday, claiming breach of contract.', 'breach of contract', 'Parler', 'claiming', ['Parler sued Amazon on Monday']],
    ['The civil suit follows the suspension of the app, Fox Business reported.', 'The civil suit follows the suspension of the app', 'Fox Business', 'reported', []],
    ['In a statement released on Monday evening, Amazon has stated that the lawsuit has no merit.', 'the lawsuit has no merit', 'Amazon', 'stated', []],
    ['The 18-page complaint filed in Seattle federal court claims the decision was political.', 'the decision was political', 'the 18-page complaint', 'claims', ['The 18-page complaint filed in Seattle federal court']],
  ];
  it.each(rows)('%s', (text, statement, speaker, cue, expected) => {
    const start = text.indexOf(statement);
    const q = { kind: 'indirect', start, end: start + statement.length, speaker, cue } as Quote;
    expect(ownSegments(text, 0, text.length, [q]).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});

describe('impliedSubject: a clause without its subject takes the sentence’s', () => {
  it('reads "has reportedly sued Amazon" as Parler’s, and leaves a clause with its own subject alone', () => {
    const text = 'Parler, the renowned platform, has reportedly sued Amazon on Monday after AWS cut it off.';
    const a = article(text);
    const claim = (words: string): Claim => {
      const start = text.indexOf(words);
      return { id: 'a#c1', article: 'a', file: 'a.txt', outlet: 'a', kind: 'statement', text: words, speaker: null, source: null, cue: null, paragraph: 0, sentence: 0, start, end: start + words.length, features: ['date'] };
    };
    const names = findNames([text]);
    expect(impliedSubject(claim('has reportedly sued Amazon on Monday'), a, names)).toBe('Parler');
    expect(impliedSubject(claim('after AWS cut it off.'), a, names)).toBeNull();
  });
});

describe('event classes and roles', () => {
  it('finds the longest phrase of a class, and not "followed suit"', () => {
    expect(findEvents('AWS pulled the plug on Parler').map((e) => e.key)).toEqual(['@cutoff']);
    expect(findEvents('Parler filed a lawsuit; Apple followed suit').map((e) => e.key)).toEqual(['@sue']);
  });

  it('reads who did what to whom', () => {
    const names = findNames(['Parler sued Amazon Web Services (AWS).', 'AWS cut off Parler’s access.', 'Parler was suspended by AWS.']);
    const roles = (text: string) => claimTokens(text, names).filter((t) => t.type === 'role').map((t) => t.key);
    expect(roles('Parler sued Amazon on Monday.')).toEqual(['@sue>aws', 'parler>@sue']);
    expect(roles('AWS cut off Parler’s access.')).toEqual(['@cutoff>parler', 'aws>@cutoff']);
    expect(roles('Parler was suspended by AWS.')).toEqual(['@cutoff>parler', 'aws>@cutoff']);
    expect(roles('Parler responded to this removal.')).toEqual([]);
    expect(roles('Parler was de-platformed.')).toEqual(['@cutoff>parler']);
  });

  it('marks an agent taken from the sentence as guessed', () => {
    const names = findNames(['Big Tech attacked Parler.', 'AWS forced Parler offline.']);
    const tokens = claimTokens('and ultimately forcing Parler offline', names, 'Big Tech');
    expect(tokens.filter((t) => t.type === 'guessed-role').map((t) => t.key)).toEqual(['tech>@force']);
    expect(tokens.filter((t) => t.type === 'role').map((t) => t.key)).toEqual(['@force>parler', 'parler>@offline']);
  });
});

describe('clusterClaims on paraphrases: one folder per case in fixtures/claims/align-paraphrase', () => {
  // Unrelated claims so that word rarity means something.
  const background = ['Brightline was founded in Oslo by two engineers.', 'Regulators opened an inquiry into the charger supplier.', 'The Volt sold for $1,200 and was launched in 2022.', 'Velora makes scooters for city fleets.'];
  it.each(cases('fixtures/claims/align-paraphrase'))('%s', (_, dir) => {
    // `leftClaim` / `rightClaim`: the clause of the sentence that is the claim (default the whole sentence).
    // `conflict`: the pair is joined as a contradiction and flagged with that kind.
    const pair = JSON.parse(readFileSync(path.join(dir, 'pair.json'), 'utf8')) as { left: string; right: string; leftClaim?: string; rightClaim?: string; together: boolean; conflict?: string };
    const texts: Array<[string, string, string]> = [['left', pair.left, pair.leftClaim ?? pair.left], ['right', pair.right, pair.rightClaim ?? pair.right], ...background.map((t, i): [string, string, string] => [`bg${i}`, t, t])];
    const articles = texts.map(([id, text]) => ({ ...article(text), id, file: `${id}.txt`, outlet: id }));
    const claims: Claim[] = texts.map(([id, text, claim]) => {
      const start = text.indexOf(claim);
      expect(start).toBeGreaterThanOrEqual(0);
      return { id: `${id}#c1`, article: id, file: `${id}.txt`, outlet: id, kind: 'statement', text: claim, speaker: null, source: null, cue: null, paragraph: 0, sentence: 0, start, end: start + claim.length, features: ['actor'] };
    });
    const clusters = clusterClaims(claims, articles, { references: findActorReferences(articles) });
    const both = clusters.find((c) => c.members.some((m) => m.id === 'left#c1') && c.members.some((m) => m.id === 'right#c1'));
    expect(both !== undefined).toBe(pair.together);
    expect(both?.flags.filter((f) => f.type === 'conflict').map((f) => f.conflict!.kind)).toEqual(pair.together ? (pair.conflict ? [pair.conflict] : []) : undefined);
  });
});

describe('findActorReferences: labels the framing code gives to an actor', () => {
  it('finds the label and reads the claim with the name in its place', () => {
    const text = 'Parler, the hottest new social media platform, sued Amazon on Monday after the tech titan forced the controversial social network to go dark. Neither Amazon nor Parler would comment.';
    const a = { ...article(text), id: 'x' };
    const refs = findActorReferences([a]).get('x') ?? [];
    expect(refs.map((r) => [text.slice(r.start, r.end), r.actor])).toEqual([['the tech titan', 'Amazon'], ['the controversial social network', 'Parler']]);
    const clause = 'after the tech titan forced the controversial social network to go dark';
    expect(resolveReferences(clause, text.indexOf(clause), refs)).toBe('after Amazon forced Parler to go dark');
    expect(resolveReferences('sued Amazon on Monday', text.indexOf('sued'), refs)).toBe('sued Amazon on Monday');
  });
});
