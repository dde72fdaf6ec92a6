import path from 'node:path';
import type { Diagnostic, QuoteKind } from '../../model/types.js';
import { plainContext } from '../../render/context.js';
import { QUOTE_FORMATTERS } from '../../render/render-quotes.js';
import { predictQuotes, readInputs, type Extractor } from '../predict-quotes.js';

/** The kinds score_polnear.py is documented to read: `coverage quotes --kind direct,partial,indirect`. */
const KINDS: ReadonlySet<QuoteKind> = new Set(['direct', 'partial', 'indirect']);

/** The records of a folder of articles, as `coverage quotes` prints them in JSON. */
export interface PolnearRecords {
  /** The JSON array, byte for byte what the command prints. */
  json: string;
  articles: number;
  records: number;
  /** The extractor threw on some article (an error diagnostic says where). */
  crashed: boolean;
}

/**
 * `coverage quotes LABEL --format json --kind direct,partial,indirect`, in process: the
 * same reading, extraction, source naming and formatter. `textDir` is read; `file` is
 * named under `textLabel`, as the command names it when given that path.
 *
 * @example polnearRecords('/work/shared/data/polnear/dev/text', '../shared/data/polnear/dev/text', extractor, diagnostics)
 */
export async function polnearRecords(textDir: string, textLabel: string, extractor: Extractor, diagnostics: Diagnostic[]): Promise<PolnearRecords> {
  const articles = await readInputs([textDir], diagnostics);
  const { quotes, crashed } = predictQuotes(articles, extractor, diagnostics);
  const records = quotes
    .filter((q) => KINDS.has(q.kind))
    .map((q) => ({ ...q, file: path.join(textLabel, path.relative(textDir, q.file)) }));
  return { json: QUOTE_FORMATTERS.json(records, articles, plainContext()), articles: articles.length, records: records.length, crashed };
}
