#!/usr/bin/env node
// Derives src/lexicon/news-df.json, how many articles of a background news corpus use each word,
// from PolNeAR's train split (840 US political news articles of 2016):
//   node scripts/build-news-df.js ../shared/data/polnear/train/text
// Only counts leave this script; the articles' text never enters the repository. Words are
// lowercased runs of letters, digits, apostrophes and inner hyphens (the same shape as
// src/lexicon/news-df.ts's `newsWords`); words in fewer than 2 articles are left out and read
// as 1 by `newsIdf`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2] ?? '../shared/data/polnear/train/text';
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
const df = new Map();
for (const file of files) {
  const seen = new Set();
  for (const match of readFileSync(join(folder, file), 'utf8').matchAll(WORD)) {
    seen.add(match[0].toLowerCase().replace(/’/g, "'"));
  }
  for (const word of seen) df.set(word, (df.get(word) ?? 0) + 1);
}
const kept = [...df].filter(([, n]) => n >= 2).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const table = {
  source: 'PolNeAR v1.0.0 train split (840 US political news articles, 2016): document frequencies only',
  documents: files.length,
  minCount: 2,
  df: Object.fromEntries(kept),
};
writeFileSync('src/lexicon/news-df.json', JSON.stringify(table) + '\n');
process.stderr.write(`news-df.json: ${kept.length} words from ${files.length} articles\n`);
