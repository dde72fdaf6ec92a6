import { describe, expect, it } from 'vitest';
import { clusterClaims } from '../src/align/claims/cluster-claims.js';
import type { Claim, Cluster } from '../src/model/comparison.js';
import type { Article, Quote } from '../src/model/types.js';

/** A run of invented one-article outlets, one claim per sentence. */
function run(outlets: Array<[outlet: string, sentences: string[]]>): { articles: Article[]; claims: Claim[] } {
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (const [outlet, sentences] of outlets) {
    const text = sentences.join(' ');
    articles.push({
      id: outlet, file: `${outlet}.txt`, index: 0, outlet, outletRule: 'file-name', title: null, author: null, date: null, url: null,
      isOpinion: false, text, paragraphs: [{ start: 0, end: text.length, kind: 'body' }], sentences: [], meta: {}, removed: [], diagnostics: [],
    });
    let at = 0;
    sentences.forEach((s, n) => {
      claims.push({
        id: `${outlet}#c${n + 1}`, article: outlet, file: `${outlet}.txt`, outlet, kind: 'statement', text: s, speaker: null, source: null,
        cue: null, paragraph: 0, sentence: n, start: at, end: at + s.length, features: ['actor'],
      });
      at += s.length + 1;
    });
  }
  return { articles, claims };
}

// Unrelated claims about the same invented event, so that word rarity means something.
const BACKGROUND: Array<[string, string[]]> = [
  ['bg-one', ['Brightline was founded in Oslo by two engineers.', 'The company sells its bikes through 300 shops.']],
  ['bg-two', ['Regulators opened an inquiry into the charger supplier.', 'Velora makes scooters for city fleets.']],
  ['bg-three', ['The Volt sold for $1,200 and was launched in 2022.', 'Brightline shares fell 8% in early trading.']],
];

function together(a: string, b: string): boolean {
  const { articles, claims } = run([['left', [a]], ['right', [b]], ...BACKGROUND]);
  const clusters = clusterClaims(claims, articles);
  return clusters.some((c) => c.members.some((m) => m.id === 'left#c1') && c.members.some((m) => m.id === 'right#c1'));
}

describe('clusterClaims: which claims state the same fact', () => {
  const same: Array<[string, string]> = [
    ['Brightline recalled 14,000 Volt e-bikes on Tuesday after battery fires.', 'Brightline pulled fourteen thousand Volt e-bikes from shops on Tuesday, citing battery fires.'],
    ['Retailers were given a thirty-day notice to return unsold stock.', 'Stores have a notice period of 30 days to send back unsold stock.'],
    ['The regulator found 98 examples of posts that encourage violence.', 'Amazon had flagged 98 examples of posts that clearly encourage violence.'],
    ['Twitter declined to comment.', 'Twitter declined to comment on the lawsuit.'],
    ['Amazon Web Services suspended Parler on Sunday evening.', 'AWS suspended Parler on Sunday evening.'],
  ];
  it.each(same)('links %s / %s', (a, b) => {
    expect(together(a, b)).toBe(true);
  });

  const different: Array<[string, string]> = [
    // Different actors in the same frame.
    ['Velora declined to comment.', 'Brightline declined to comment.'],
    // Different figures in the same frame.
    ['The company reported 12 fires in March.', 'The company reported 40 injuries in March.'],
    ['Brightline gave shops two days to respond.', 'Brightline gave shops two weeks to respond.'],
    // The same actors doing different things.
    ['Brightline hired a new chief executive from Velora.', 'Brightline sued Velora over a battery patent.'],
    // One shared rare word is a topic, not a fact.
    ['Regulators opened an inquiry into the charger supplier.', 'The charger was made in Taiwan.'],
    // Nothing in common.
    ['Parler went dark early Monday.', 'The Volt sold for $1,200.'],
  ];
  it.each(different)('keeps apart %s / %s', (a, b) => {
    expect(together(a, b)).toBe(false);
  });
});

describe('clusterClaims: clusters', () => {
  const fixture = () => run([
    ['ledger', ['Brightline recalled 14,000 Volt e-bikes on Tuesday after battery fires.', 'Velora declined to comment.', 'Retailers were given a thirty-day notice to return unsold stock.']],
    ['times', ['The company reported 40 injuries in March.', 'Brightline pulled fourteen thousand Volt e-bikes from shops on Tuesday, citing battery fires.']],
    ['wire', ['Stores have a notice period of 30 days to send back unsold stock.', 'Brightline recalled 14,000 Volt e-bikes on Tuesday.']],
  ]);

  it('puts every claim in exactly one cluster; a claim no one else makes is a cluster of one', () => {
    const { articles, claims } = fixture();
    const clusters = clusterClaims(claims, articles);
    const ids = clusters.flatMap((c) => c.members.map((m) => m.id)).sort();
    expect(ids).toEqual(claims.map((c) => c.id).sort());
    const exclusive = clusters.find((c) => c.text === 'Velora declined to comment.')!;
    expect(exclusive.outlets).toEqual(['ledger']);
    expect(exclusive.missing).toEqual(['times', 'wire']);
  });

  it('numbers clusters by outlets carried, then by first position, and fills the fields', () => {
    const { articles, claims } = fixture();
    const clusters = clusterClaims(claims, articles);
    expect(clusters.map((c) => c.id)).toEqual(clusters.map((_, i) => `c${i + 1}`));
    expect(clusters.map((c) => c.outlets.length)).toEqual([...clusters.map((c) => c.outlets.length)].sort((a, b) => b - a));
    const recall = clusters[0]!;
    expect(recall.type).toBe('claim');
    expect(recall.outlets).toEqual(['ledger', 'times', 'wire']);
    expect(recall.missing).toEqual([]);
    expect(recall.flags).toEqual([]);
    expect(recall.members.map((m) => m.outlet)).toEqual(['ledger', 'times', 'wire']);
    const notice = clusters[1]!;
    expect(notice.outlets).toEqual(['ledger', 'wire']);
    expect(notice.missing).toEqual(['times']);
    for (const c of clusters) {
      for (const m of c.members) {
        const article = articles.find((a) => a.id === m.article)!;
        expect(m.text).toBe(article.text.slice(m.start, m.end));
        expect(m.position).toBeCloseTo(m.start / article.text.length, 3);
        expect(m.kind).toBe('statement');
      }
    }
  });

  it('chooses as text the member most like the others, and diffs every member against it', () => {
    const { articles, claims } = fixture();
    const recall = clusterClaims(claims, articles)[0]!;
    // The ledger's sentence shares most with both others.
    expect(recall.text).toBe('Brightline recalled 14,000 Volt e-bikes on Tuesday after battery fires.');
    for (const m of recall.members) {
      expect(m.diff.filter((p) => p.op !== 'removed').map((p) => p.text).join('')).toBe(m.text);
      expect(m.diff.filter((p) => p.op !== 'added').map((p) => p.text).join('')).toBe(recall.text);
    }
    expect(recall.members[0]!.diff).toEqual([{ op: 'equal', text: recall.text }]);
    const wire = recall.members.find((m) => m.outlet === 'wire')!;
    expect(wire.diff.filter((p) => p.op === 'removed').map((p) => p.text.trim())).toEqual(['after battery fires']);
  });

  it('does not chain two claims of one article into a cluster through a third outlet', () => {
    const { articles, claims } = run([
      ['ledger', ['Brightline recalled 14,000 Volt e-bikes on Tuesday.', 'The recall covers Volt e-bikes sold since 2022.']],
      ['times', ['Brightline recalled 14,000 Volt e-bikes sold since 2022 on Tuesday.']],
      ...BACKGROUND,
    ]);
    const clusters = clusterClaims(claims, articles);
    const times = clusters.find((c) => c.members.some((m) => m.id === 'times#c1'))!;
    expect(times.members.map((m) => m.id)).toEqual(['ledger#c1', 'times#c1']);
    expect(clusters.find((c) => c.members.some((m) => m.id === 'ledger#c2'))!.members).toHaveLength(1);
    // Both of the ledger's claims do link to the times' one: only the rules keep them apart
    // (one claim per article joins its best mutual match; a second needs a strong link).
    expect(clusterClaims(claims, articles, { strongThreshold: 0 }).find((c) => c.members.some((m) => m.id === 'times#c1'))!.members.map((m) => m.id)).toEqual(['ledger#c1', 'times#c1']);
    const loose = clusterClaims(claims, articles, { strongThreshold: 0, mutualBest: false });
    expect(loose.find((c) => c.members.some((m) => m.id === 'times#c1'))!.members.map((m) => m.id)).toEqual(['ledger#c1', 'ledger#c2', 'times#c1']);
  });

  it('joins one claim per article by default, and a strong restatement too without the one-to-one rule', () => {
    const { articles, claims } = run([
      ['ledger', ['Brightline recalled 14,000 Volt e-bikes on Tuesday.', 'On Tuesday, Brightline recalled 14,000 Volt e-bikes.']],
      ['times', ['Brightline recalled 14,000 Volt e-bikes on Tuesday, the company said.']],
      ...BACKGROUND,
    ]);
    const clusters = clusterClaims(claims, articles);
    expect(clusters[0]!.members.map((m) => m.id)).toEqual(['ledger#c1', 'times#c1']);
    // The restatement is not "only in" the ledger: it is related to the cluster it did not join.
    const repeat = clusters.find((c) => c.members.some((m) => m.id === 'ledger#c2'))!;
    expect(repeat.related).toMatchObject({ cluster: clusters[0]!.id, outlets: ['ledger', 'times'] });
    expect(clusterClaims(claims, articles, { mutualBest: false })[0]!.members.map((m) => m.id)).toEqual(['ledger#c1', 'ledger#c2', 'times#c1']);
  });

  it('is deterministic: shuffled input gives identical output', () => {
    const { articles, claims } = run([
      ...fixture().articles.map((a): [string, string[]] => [a.id, fixture().claims.filter((c) => c.article === a.id).map((c) => c.text)]),
      ...BACKGROUND,
    ]);
    const expected = JSON.stringify(clusterClaims(claims, articles));
    let seed = 42;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let round = 0; round < 5; round++) {
      const shuffled = [...claims].sort(() => random() - 0.5);
      expect(JSON.stringify(clusterClaims(shuffled, articles))).toBe(expected);
    }
  });

  it('does not change its input', () => {
    const { articles, claims } = fixture();
    const before = JSON.stringify(claims);
    clusterClaims(claims, articles);
    expect(JSON.stringify(claims)).toBe(before);
  });

  it('gives no clusters for no claims, and throws for a claim of an article not in the run (a bug in the caller)', () => {
    const { articles, claims } = fixture();
    expect(clusterClaims([], articles)).toEqual([]);
    expect(() => clusterClaims(claims, articles.slice(1))).toThrow(/not in the run/);
  });
});

describe('clusterClaims: options', () => {
  it('links more with a lower threshold', () => {
    const { articles, claims } = run([['left', ['Parler went dark early Monday after the suspension.']], ['right', ['Parler sued Amazon on Monday after it went dark.']], ...BACKGROUND]);
    const count = (cs: Cluster[]) => cs.filter((c) => c.members.length > 1).length;
    expect(count(clusterClaims(claims, articles, { threshold: 0.99 }))).toBe(0);
    expect(count(clusterClaims(claims, articles, { threshold: 0.05 }))).toBe(1);
  });
});

describe('clusterClaims with quotes: an outlet that quotes what another states in its own words', () => {
  const quote = (outlet: string, text: string, start: number) => ({
    id: `${outlet}#q1`, article: outlet, file: `${outlet}.txt`, outlet, kind: 'direct', text, speaker: 'Lena Marsh', source: 'Lena Marsh', sourceOrg: null,
    cue: 'said', paragraph: 0, sentence: 0, start, end: start + text.length, confidence: 1, rule: 'cue-after', speakerStart: null, speakerEnd: null, cueStart: null, cueEnd: null,
  }) as unknown as Quote;
  const stated = 'Brightline recalled 14,000 Volt e-bikes after 30 battery fires.';
  const quoted = 'We recalled 14,000 Volt e-bikes after 30 battery fires';

  it('joins the quote to the claim, keeps the claim as the cluster text, and drops a quote that joins nothing', () => {
    const { articles, claims } = run([['ledger', [stated]], ['times', ['Brightline said on Tuesday.']], ...BACKGROUND]);
    const lone = quote('wire', 'Nobody expected the fires in the Oslo depot to spread', 0);
    const clusters = clusterClaims(claims, [...articles, { ...articles[0]!, id: 'wire', file: 'wire.txt', outlet: 'wire' }], { quotes: [quote('times', quoted, 0), lone] });
    const joined = clusters.find((c) => c.members.some((m) => m.id === 'times#q1'))!;
    expect(joined.members.map((m) => [m.id, m.kind])).toEqual([['ledger#c1', 'statement'], ['times#q1', 'direct']]);
    expect(joined.text).toBe(stated);
    expect(clusters.some((c) => c.members.some((m) => m.id === 'wire#q1'))).toBe(false);
  });

  it('never puts two outlets’ quotes in one claim cluster', () => {
    const { articles, claims } = run([['ledger', [stated]], ['times', ['Brightline said on Tuesday.']], ['wire', ['Brightline spoke on Tuesday.']], ...BACKGROUND]);
    const clusters = clusterClaims(claims, articles, { quotes: [quote('times', quoted, 0), quote('wire', quoted, 0)] });
    for (const c of clusters) expect(c.members.filter((m) => m.kind === 'direct').length).toBeLessThanOrEqual(1);
  });
});
