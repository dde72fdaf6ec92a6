import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEvalCaptured } from './helpers/run-eval.js';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../src/ingest/read-articles.js';
import type { Cluster, ClusterFlag, ClusterMember } from '../src/model/comparison.js';
import type { Article, Diagnostic } from '../src/model/types.js';
import { locateMember } from '../src/eval/clusters/locate-members.js';
import { readClusterGold } from '../src/eval/clusters/load-cluster-gold.js';
import { matchMemberText } from '../src/eval/clusters/match-member-text.js';
import { scoreClusters } from '../src/eval/clusters/score-clusters.js';
import type { ClusterChecks, GoldCluster } from '../src/eval/clusters/types.js';
import { runEval, type Extractor } from '../src/eval/run-eval.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GOLD = path.join(ROOT, 'fixtures/gold-clusters/parler-v-aws.json');

// Five outlets, one file each, as in the corpus.
const OUTLETS: Record<string, string> = { 'a.txt': 'alpha', 'b.txt': 'beta', 'c.txt': 'gamma', 'd.txt': 'delta', 'e.txt': 'epsilon' };

let serial = 0;
function member(file: string, text: string, extra: Partial<ClusterMember> = {}): ClusterMember {
  serial++;
  return {
    id: `${file}#q${serial}`, article: file, file: `corpus/x/${file}`, outlet: OUTLETS[file] ?? file, kind: 'direct',
    text, speaker: null, source: null, cue: null, start: NaN, end: NaN, paragraph: 0, position: 0, diff: [], ...extra,
  };
}

function cluster(id: string, type: Cluster['type'], members: ClusterMember[], flags: ClusterFlag[] = []): Cluster {
  const outlets = [...new Set(members.map((m) => m.outlet))];
  return { id, type, text: members[0]?.text ?? '', outlets, missing: [], flags, members };
}

const flag = (type: ClusterFlag['type'], outlet: string, words: string[]): ClusterFlag => ({ type, outlet, member: '', words, message: '' });

const ANIMUS = 'AWS’s decision to effectively terminate Parler’s account is apparently motivated by political animus';
const NINETY_EIGHT_B = 'it has reported 98 examples to Parler of posts that clearly encourage and incite violence';
const NINETY_EIGHT_C = 'We had informed Parler in the past of 98 examples of posts that clearly encourage and incite violence';

const GOLD_SMALL: GoldCluster[] = [
  {
    id: 'animus', type: 'quote', members: [
      { file: 'a.txt', text: ANIMUS },
      { file: 'b.txt', text: ANIMUS },
      { file: 'c.txt', text: 'decision to effectively terminate Parler’s account is apparently motivated by political animus' },
    ],
  },
  {
    id: 'ninety-eight', type: 'claim', members: [
      { file: 'b.txt', text: NINETY_EIGHT_B },
      { file: 'c.txt', text: NINETY_EIGHT_C },
    ],
  },
];

describe('matchMemberText', () => {
  it.each([
    ['millions of daily tweets.', 'AWS support the delivery of “millions of daily tweets.”', true],
    ['“Hang Mike Pence”', 'the phrase “Hang Mike\u00a0Pence” became a trending topic', true],
    [`${ANIMUS}. It is also apparently designed to reduce competition`, ANIMUS, true],
    ['There is no merit to these claims.', 'the lawsuit filed by Parler has no merit', false],
    ['Twitter declined to comment.', ANIMUS, false],
  ])('%s ~ %s → %s', (predicted, gold, expected) => {
    expect(matchMemberText(predicted, gold)).toBe(expected);
  });
});

describe('scoreClusters', () => {
  it('a perfect prediction scores 1 for quotes and claims', () => {
    const predicted = [
      cluster('q1', 'quote', [member('a.txt', ANIMUS), member('b.txt', `${ANIMUS},`), member('c.txt', 'decision to effectively terminate Parler’s account is apparently motivated by political animus.')]),
      cluster('c1', 'claim', [member('b.txt', NINETY_EIGHT_B), member('c.txt', NINETY_EIGHT_C)]),
    ];
    const s = scoreClusters(predicted, GOLD_SMALL, { outlets: OUTLETS });
    expect([s.quote.gold, s.quote.found, s.quote.correct, s.quote.wrong]).toEqual([3, 3, 3, 0]);
    expect([s.quote.precision, s.quote.recall, s.quote.f1]).toEqual([1, 1, 1]);
    expect([s.claim.gold, s.claim.found, s.claim.f1]).toEqual([1, 1, 1]);
    expect(s.missedLinks).toEqual([]);
    expect(s.unmatchedMembers).toEqual([]);
  });

  it('a version left in a cluster of its own is two missed links, not a false one', () => {
    const predicted = [
      cluster('q1', 'quote', [member('a.txt', ANIMUS), member('b.txt', ANIMUS)]),
      cluster('q2', 'quote', [member('c.txt', 'decision to effectively terminate Parler’s account is apparently motivated by political animus')]),
      cluster('c1', 'claim', [member('b.txt', NINETY_EIGHT_B), member('c.txt', NINETY_EIGHT_C)]),
    ];
    const s = scoreClusters(predicted, GOLD_SMALL, { outlets: OUTLETS });
    expect([s.quote.found, s.quote.gold, s.quote.precision]).toEqual([1, 3, 1]);
    expect(s.quote.recall).toBeCloseTo(1 / 3);
    expect(s.missedLinks.map((l) => [l.cluster, l.a.outlet, l.b.outlet])).toEqual([['animus', 'alpha', 'gamma'], ['animus', 'beta', 'gamma']]);
  });

  it('a link between members of two different gold clusters is a false positive; between related clusters it is not counted', () => {
    const predicted = [
      cluster('q1', 'quote', [member('a.txt', ANIMUS), member('b.txt', ANIMUS), member('c.txt', NINETY_EIGHT_C)]),
      cluster('c1', 'claim', [member('b.txt', NINETY_EIGHT_B)]),
    ];
    const s = scoreClusters(predicted, GOLD_SMALL, { outlets: OUTLETS });
    // a–b correct; a–c98 and b–c98 join the quote to the claim: both wrong.
    expect([s.quote.correct, s.quote.wrong + s.claim.wrong]).toEqual([1, 2]);
    expect(s.wrongLinks.map((l) => [l.a.gold, l.b.gold])).toEqual([[['animus'], ['ninety-eight']], [['animus'], ['ninety-eight']]]);
    expect(s.claim.found).toBe(0);

    const related = GOLD_SMALL.map((g) => ({ ...g, related: [g.id === 'animus' ? 'ninety-eight' : 'animus'] }));
    const r = scoreClusters(predicted, related, { outlets: OUTLETS });
    expect([r.quote.correct, r.quote.wrong + r.claim.wrong, r.quote.uncounted + r.claim.uncounted]).toEqual([1, 0, 2]);
  });

  it('predicted members no gold member stands for cost nothing', () => {
    const predicted = [
      cluster('q1', 'quote', [member('a.txt', ANIMUS), member('b.txt', ANIMUS), member('c.txt', ANIMUS.replace('AWS’s ', '')), member('d.txt', 'Twitter declined to comment.')]),
      cluster('c1', 'claim', [member('b.txt', NINETY_EIGHT_B), member('c.txt', NINETY_EIGHT_C), member('e.txt', 'The suit came hours after AWS cut off access')]),
    ];
    const s = scoreClusters(predicted, GOLD_SMALL, { outlets: OUTLETS });
    expect([s.quote.f1, s.claim.f1, s.quote.predicted, s.claim.predicted]).toEqual([1, 1, 3, 1]);
  });

  it('lists a gold member no predicted member stands for, and misses its links', () => {
    const predicted = [
      cluster('q1', 'quote', [member('a.txt', ANIMUS), member('b.txt', ANIMUS)]),
      cluster('c1', 'claim', [member('b.txt', NINETY_EIGHT_B), member('c.txt', NINETY_EIGHT_C)]),
    ];
    const s = scoreClusters(predicted, GOLD_SMALL, { outlets: OUTLETS });
    expect(s.unmatchedMembers).toEqual([{ cluster: 'animus', file: 'c.txt', text: GOLD_SMALL[0].members[2].text }]);
    expect([s.quote.found, s.quote.gold]).toEqual([1, 3]);
  });

  it('with gold places known, a predicted member must overlap its gold member', () => {
    const text = `${NINETY_EIGHT_C}. Later: ${NINETY_EIGHT_C}`;
    const places = [[null, null, null], [null, locateMember(NINETY_EIGHT_C, text).slice(0, 1)]];
    const second = text.lastIndexOf('We had');
    const far = member('c.txt', NINETY_EIGHT_C, { start: second, end: text.length });
    const near = member('c.txt', NINETY_EIGHT_C, { start: 0, end: NINETY_EIGHT_C.length });
    const b = member('b.txt', NINETY_EIGHT_B);
    expect(scoreClusters([cluster('c1', 'claim', [b, far])], GOLD_SMALL, { outlets: OUTLETS, places }).claim.found).toBe(0);
    expect(scoreClusters([cluster('c1', 'claim', [b, near])], GOLD_SMALL, { outlets: OUTLETS, places }).claim.found).toBe(1);
  });

  it('uncertain members and clusters are neither required nor false', () => {
    const gold: GoldCluster[] = [
      { ...GOLD_SMALL[0], members: [...GOLD_SMALL[0].members, { file: 'd.txt', text: 'the decision was apparently motivated by political animus', uncertain: true }] },
      { ...GOLD_SMALL[1], uncertain: true },
    ];
    const predicted = [
      cluster('q1', 'quote', [member('a.txt', ANIMUS), member('b.txt', ANIMUS), member('c.txt', ANIMUS.replace('AWS’s ', '')), member('d.txt', 'the decision was apparently motivated by political animus')]),
    ];
    const s = scoreClusters(predicted, gold, { outlets: OUTLETS });
    expect([s.quote.gold, s.quote.correct, s.quote.uncounted, s.quote.f1]).toEqual([3, 3, 3, 1]);
    expect([s.claim.gold, s.claim.recall, s.claim.f1]).toEqual([0, null, null]);
  });
});

describe('scoreClusters: the named checks', () => {
  const ALTERED = 'It is also apparently designed to reduce competition in the micro-blogging services market to the benefit of Twitter, which violated federal antitrust laws.';
  const PLAIN = 'It is also apparently designed to reduce competition in the microblogging services market to the benefit of Twitter.';
  const CONCERNS = 'We made our concerns known to Parler over a number of weeks and during that time we saw a significant increase in this type of dangerous content';
  const PARAPHRASE = 'Amazon has raised its concerns to Parler over a course of several weeks and during that time it observed a significant rise in this type of dangerous content';
  const gold: GoldCluster[] = [
    { id: 'reduce-competition', type: 'quote', members: [{ file: 'a.txt', text: PLAIN }, { file: 'c.txt', text: ALTERED }] },
    { id: 'concerns', type: 'quote', members: [{ file: 'a.txt', text: CONCERNS }, { file: 'b.txt', text: PARAPHRASE, unquoted: true }, { file: 'c.txt', text: CONCERNS }] },
  ];
  const checks: ClusterChecks = { alteredQuote: { file: 'c.txt', words: ['violated', 'antitrust'] }, unquotedParaphrase: { file: 'b.txt', clusters: ['concerns'] } };
  const competition = (flags: ClusterFlag[]) => cluster('q1', 'quote', [member('a.txt', PLAIN), member('c.txt', ALTERED)], flags);

  it('the altered quote is flagged by a words-only-here flag for its outlet naming an added word', () => {
    const yes = scoreClusters([competition([flag('words-only-here', 'gamma', ['which', 'violated', 'federal', 'antitrust', 'laws'])])], gold, { outlets: OUTLETS, checks });
    expect(yes.alteredQuote).toEqual({ flagged: true, cluster: 'q1', words: ['which', 'violated', 'federal', 'antitrust', 'laws'] });
    const otherOutlet = scoreClusters([competition([flag('words-only-here', 'alpha', ['violated'])])], gold, { outlets: OUTLETS, checks });
    const otherWords = scoreClusters([competition([flag('words-only-here', 'gamma', ['micro-blogging'])])], gold, { outlets: OUTLETS, checks });
    const otherType = scoreClusters([competition([flag('truncated', 'gamma', ['violated'])])], gold, { outlets: OUTLETS, checks });
    expect([otherOutlet, otherWords, otherType].map((s) => s.alteredQuote?.flagged)).toEqual([false, false, false]);
  });

  it('the paraphrase is matched as a member of the quoted version\'s cluster, or by an unquoted flag there', () => {
    const together = scoreClusters([cluster('q2', 'quote', [member('a.txt', CONCERNS), member('b.txt', PARAPHRASE, { kind: 'unquoted' }), member('c.txt', CONCERNS)])], gold, { outlets: OUTLETS, checks });
    expect(together.paraphrase).toEqual({ matched: true, clusters: [{ gold: 'concerns', matched: true, predicted: 'q2', via: 'member' }] });

    const flagged = scoreClusters([cluster('q2', 'quote', [member('a.txt', CONCERNS), member('c.txt', CONCERNS)], [flag('unquoted', 'beta', ['concerns'])])], gold, { outlets: OUTLETS, checks });
    expect(flagged.paraphrase?.clusters[0]).toMatchObject({ matched: true, via: 'flag' });

    const apart = scoreClusters([
      cluster('q2', 'quote', [member('a.txt', CONCERNS), member('c.txt', CONCERNS)]),
      cluster('c1', 'claim', [member('b.txt', PARAPHRASE)]),
    ], gold, { outlets: OUTLETS, checks });
    expect(apart.paraphrase?.matched).toBe(false);
  });

  it('without checks in the gold the results are null', () => {
    const s = scoreClusters([], gold, { outlets: OUTLETS });
    expect([s.alteredQuote, s.paraphrase, s.quote.recall]).toEqual([null, null, 0]);
  });
});

describe('the parler-v-aws gold clusters', () => {
  it('read without problems, and every member is in its article and its cluster spans two outlets', async () => {
    const diagnostics: Diagnostic[] = [];
    const gold = readClusterGold(GOLD, diagnostics)!;
    expect(diagnostics).toEqual([]);
    expect(gold.clusters.length).toBeGreaterThan(20);
    const { articles } = await readArticles([path.join(ROOT, 'corpus/parler-v-aws')]);
    const byFile = new Map(articles.map((a) => [path.basename(a.file), a]));
    const missing = gold.clusters.flatMap((c) => c.members.filter((m) => locateMember(m.text, byFile.get(m.file)?.text ?? '').length === 0).map((m) => `${c.id}: ${m.text}`));
    expect(missing).toEqual([]);
    for (const c of gold.clusters) expect([c.id, new Set(c.members.map((m) => m.file)).size >= 2]).toEqual([c.id, true]);
    const raw = JSON.parse(readFileSync(GOLD, 'utf8')) as { checks: ClusterChecks };
    expect(gold.checks).toMatchObject({ alteredQuote: { words: raw.checks.alteredQuote!.words }, unquotedParaphrase: { clusters: raw.checks.unquotedParaphrase!.clusters } });
  });
});

describe('runEval: the clusters section', () => {
  const nothing: Extractor = { extractQuotes: () => [], assignSources: (q) => q };

  // compareCoverage stand-in that returns the gold itself, located in the articles, with the altered quote flagged.
  function oracle(articles: Article[]): { clusters: Cluster[] } {
    const gold = readClusterGold(GOLD, [])!;
    const clusters = gold.clusters.map((g, i): Cluster => {
      const members = g.members.flatMap((m) => {
        const article = articles.find((a) => path.basename(a.file) === m.file);
        const place = article ? locateMember(m.text, article.text)[0] : undefined;
        if (!article || !place) return [];
        return [member(m.file, article.text.slice(place.start, place.end), { file: article.file, outlet: article.outlet, start: place.start, end: place.end })];
      });
      const flags = g.id === gold.checks.alteredQuote?.cluster ? [flag('words-only-here', 'capitol-riot', ['which', 'violated', 'federal', 'antitrust', 'laws'])] : [];
      return cluster(`${g.type[0]}${i + 1}`, g.type, members, flags);
    });
    return { clusters };
  }

  async function run(args: string[], compare: NonNullable<Parameters<typeof runEval>[1]['compare']>) {
    return runEvalCaptured(args, { extractor: nothing, compare });
  }

  it('says the clusters are not available yet while compareCoverage is missing, and does not fail on it', async () => {
    const { out } = await run([], async () => ({ unavailable: 'src/pipeline/compare-coverage.ts missing' }));
    expect(out).toContain('clusters: not available yet (src/pipeline/compare-coverage.ts missing)');
    const json = JSON.parse((await run(['--json'], async () => ({ unavailable: 'src/pipeline/compare-coverage.ts missing' }))).out);
    expect(json.clusters).toMatchObject({ status: 'unavailable', reason: 'src/pipeline/compare-coverage.ts missing' });
  });

  it('the gold itself meets every cluster target', async () => {
    const { out } = await run(['--json', '--verbose'], async () => ({ compare: oracle }));
    const c = JSON.parse(out).clusters;
    expect([c.status, c.quote.f1, c.claim.f1, c.quote.wrong + c.claim.wrong]).toEqual(['scored', 1, 1, 0]);
    expect(c.alteredQuote.flagged).toBe(true);
    expect(c.paraphrase.matched).toBe(true);
    expect(c.unlocated).toEqual([]);
    expect(c.targets.every((t: { met: boolean }) => t.met)).toBe(true);
    const text = await run([], async () => ({ compare: oracle }));
    expect(text.out).toMatch(/quote links +1\.000 +1\.000 +1\.000 +\d+ +F1 ≥ 0\.95 +met/);
  });

  it('no clusters at all miss the targets under --check; compareCoverage throwing exits 2', async () => {
    const empty = await run(['--check', '--json'], async () => ({ compare: () => ({ clusters: [] }) }));
    expect(JSON.parse(empty.out).clusters.targets.filter((t: { met: boolean }) => !t.met).map((t: { measure: string }) => t.measure))
      .toEqual(['quote.f1', 'claim.f1', 'alteredQuote.flagged', 'paraphrase.matched']);
    expect(empty.code).toBe(1);
    const broken = await run([], async () => ({ compare: () => { throw new Error('boom'); } }));
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('compareCoverage threw: Error: boom');
  });
});
