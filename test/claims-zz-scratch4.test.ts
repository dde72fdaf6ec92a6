import { it } from 'vitest';
import { clusterClaims } from '../src/align/claims/cluster-claims.js';
import type { Claim } from '../src/model/comparison.js';
import type { Article } from '../src/model/types.js';
it('perf', () => {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const vocab = Array.from({ length: 20000 }, (_, i) => 'w' + i.toString(36) + 'x');
  const names = Array.from({ length: 2000 }, (_, i) => 'Nm' + i.toString(36) + 'q');
  const zipf = (n: number) => Math.floor(Math.pow(n, rnd()) ) - 1;
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (let a = 0; a < 5000; a++) {
    const sentences: string[] = [];
    for (let s = 0; s < 20; s++) {
      const words = [names[zipf(names.length)]!];
      for (let k = 0; k < 14; k++) words.push(rnd() < 0.15 ? names[zipf(names.length)]! : vocab[zipf(vocab.length)]!);
      sentences.push(words.join(' ') + '.');
    }
    const text = sentences.join('\n\n');
    const id = `a${a}`;
    articles.push({ id, file: id, index: 0, outlet: `o${a % 800}`, outletRule: 'metadata', title: null, author: null, date: null, url: null, isOpinion: false, text, paragraphs: [], sentences: [], meta: {}, removed: [], diagnostics: [] });
    let at = 0;
    sentences.forEach((s, n) => { claims.push({ id: `${id}#c${n + 1}`, article: id, file: id, outlet: `o${a % 800}`, kind: 'statement', text: s, speaker: null, source: null, cue: null, paragraph: n, sentence: n, start: at, end: at + s.length, features: ['actor'] }); at += s.length + 2; });
  }
  const t = Date.now();
  const clusters = clusterClaims(claims, articles);
  console.log('PERF', claims.length, 'claims', clusters.length, 'clusters', Date.now() - t, 'ms', clusters.filter((c) => c.members.length > 1).length);
}, 600000);
