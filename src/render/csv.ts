import { stringify } from 'csv-stringify/sync';

/**
 * Rows as RFC 4180 CSV: a header row, CRLF between records, fields quoted only when
 * they hold a comma, a quote or a line break (embedded newlines stay inside the quotes),
 * null and undefined as empty cells, no byte-order mark. An empty list gives the header alone.
 *
 * @example toCsv([{ id: 'a#q1', text: 'a "double" standard' }], ['id', 'text'])
 *   // 'id,text\r\na#q1,"a ""double"" standard"\r\n'
 */
export function toCsv(rows: readonly object[], columns: readonly string[]): string {
  return stringify(rows as Record<string, unknown>[], {
    header: true,
    columns: [...columns],
    record_delimiter: 'windows',
    bom: false,
    // csv-stringify writes true as "1" and false as ""; spell them out so they read back unambiguously.
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
}
