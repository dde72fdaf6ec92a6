import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { stringify } from 'csv-stringify/sync';
import type { Quote, QuoteKind } from '../model/types.js';
import { assignSources } from '../analyze/quotes/assign-sources.js';
import { extractQuotes } from '../analyze/quotes/extract-quotes.js';
import { buildArticle } from '../ingest/build-article.js';
import { readJsonLine, type JsonReadOptions } from '../ingest/read-json.js';
import { QUOTE_COLUMNS, toQuoteRecord } from '../render/render-quotes.js';
import { printDiagnostics, type CliContext, type CommonOptions } from './context.js';

export interface StreamQuotesOptions extends JsonReadOptions, CommonOptions {
  format: 'ndjson' | 'csv';
  kinds: Set<QuoteKind>;
  speaker?: string;
}

/**
 * `coverage quotes - --format ndjson` over JSON Lines on standard input: one article per
 * line, read, analysed and written before the next line is read, so memory stays flat
 * however long the stream (`zcat dump.jsonl.gz | coverage quotes - --format ndjson | jq …`).
 * `source` is made canonical within each article, since later lines are not known yet.
 * Returns true when some line could not be read.
 */
export async function streamQuotes(ctx: CliContext, options: StreamQuotesOptions): Promise<boolean> {
  const lines = createInterface({ input: ctx.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let index = 0;
  let failed = false;
  let wroteHeader = false;
  const write = async (text: string) => {
    if (!ctx.stdout.write(text)) await once(ctx.stdout, 'drain');
  };
  for await (const line of lines) {
    lineNumber++;
    const result = readJsonLine(line, '<stdin>', lineNumber, index, options);
    if (result === null) continue;
    if ('diagnostic' in result) {
      failed ||= result.diagnostic.severity === 'error';
      printDiagnostics(ctx, [result.diagnostic], options);
      continue;
    }
    index++;
    const article = buildArticle(result.article, { id: `stdin:${index}`, stem: 'stdin', stdin: true });
    printDiagnostics(ctx, article.diagnostics, options);
    const quotes = assignSources(extractQuotes(article), [article]).filter((q) => keep(q, options));
    if (options.format === 'ndjson') {
      if (quotes.length) await write(quotes.map((q) => `${JSON.stringify(toQuoteRecord(q))}\n`).join(''));
    } else {
      const csv = stringify(quotes.map(toQuoteRecord) as unknown as Record<string, unknown>[], {
        header: !wroteHeader, columns: [...QUOTE_COLUMNS], record_delimiter: 'windows', bom: false,
        cast: { boolean: (value) => (value ? 'true' : 'false') },
      });
      wroteHeader = true;
      if (csv) await write(csv);
    }
  }
  if (options.format === 'csv' && !wroteHeader) await write(stringify([], { header: true, columns: [...QUOTE_COLUMNS], record_delimiter: 'windows' }));
  return failed;
}

function keep(q: Quote, options: StreamQuotesOptions): boolean {
  if (!options.kinds.has(q.kind)) return false;
  if (options.speaker === undefined) return true;
  return Boolean(q.speaker?.toLowerCase().includes(options.speaker) || q.source?.toLowerCase().includes(options.speaker));
}
