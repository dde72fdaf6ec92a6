import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { readHtml } from '../src/ingest/read-html.js';
it('dump', () => {
  for (const f of ['json-ld', 'article-element', 'div-soup', 'broken', 'opinion']) {
    const src = readFileSync(new URL(`../fixtures/ingest/html-${f}/input.html`, import.meta.url), 'utf8');
    console.log(JSON.stringify(readHtml(src, `html-${f}/input.html`), null, 1));
  }
});
