import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { makeDiagnostic } from '../model/diagnostics.js';
import type { Diagnostic } from '../model/types.js';
import { QUOTE_KINDS, type GoldQuote } from './types.js';

/** One gold file: the article it describes and its records. */
export interface GoldFile {
  /** Path of the gold file itself. */
  path: string;
  /** The `file` field: the article's path relative to the corpus folder. */
  file: string | null;
  /** The `case` and `description` fields of a case fixture. */
  case: string | null;
  description: string | null;
  quotes: GoldQuote[];
}

/** A case fixture folder: `input.*` and `gold.json`. */
export interface GoldCase {
  name: string;
  dir: string;
  /** The article file, or null when the folder has none yet. */
  input: string | null;
  gold: GoldFile | null;
}

const isStringOrNull = (v: unknown) => v === null || v === undefined || typeof v === 'string';

function readRecord(value: unknown, where: string, index: number, diagnostics: Diagnostic[]): GoldQuote | null {
  const bad = (why: string) => {
    diagnostics.push(makeDiagnostic('gold-invalid-record', 'warning', where, `record ${index + 1} ${why}; it is left out of the scores until fixed`));
    return null;
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad('is not an object');
  const r = value as Record<string, unknown>;
  if (!QUOTE_KINDS.includes(r['kind'] as GoldQuote['kind'])) return bad(`has kind ${JSON.stringify(r['kind'])}; use one of ${QUOTE_KINDS.join(', ')}`);
  if (typeof r['text'] !== 'string' || r['text'].trim() === '') return bad('has no text');
  if (!isStringOrNull(r['speaker'])) return bad('has a speaker that is not a string or null');
  if (!isStringOrNull(r['cue'])) return bad('has a cue that is not a string or null');
  const aliases = r['speakerAliases'];
  if (aliases !== undefined && !(Array.isArray(aliases) && aliases.every((a) => typeof a === 'string'))) return bad('has speakerAliases that are not a list of strings');
  const record: GoldQuote = {
    kind: r['kind'] as GoldQuote['kind'],
    text: r['text'],
    speaker: (r['speaker'] as string | null | undefined) ?? null,
    cue: (r['cue'] as string | null | undefined) ?? null,
  };
  if (aliases !== undefined) record.speakerAliases = aliases as string[];
  if (r['uncertain'] === true) record.uncertain = true;
  return record;
}

/**
 * Reads one gold file. A file that cannot be read or parsed becomes a diagnostic and
 * null; a bad record becomes a diagnostic and is left out.
 *
 * @example readGoldFile('fixtures/gold/parler-v-aws/000_07d689f528515764.json', diagnostics)?.quotes.length
 */
export function readGoldFile(file: string, diagnostics: Diagnostic[]): GoldFile | null {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const why = error instanceof SyntaxError ? `is not valid JSON (${error.message}); fix the syntax` : `cannot be read (${(error as Error).message})`;
    diagnostics.push(makeDiagnostic('gold-unreadable', 'error', file, why));
    return null;
  }
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { quotes?: unknown }).quotes)) {
    diagnostics.push(makeDiagnostic('gold-unreadable', 'error', file, 'has no "quotes" list; see fixtures/gold/README.md for the format'));
    return null;
  }
  const d = data as Record<string, unknown> & { quotes: unknown[] };
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const quotes = d.quotes.map((q, i) => readRecord(q, file, i, diagnostics)).filter((q): q is GoldQuote => q !== null);
  return { path: file, file: str(d['file']), case: str(d['case']), description: str(d['description']), quotes };
}

/**
 * Reads every `*.json` gold file in a folder, in name order. Each names its article
 * in its `file` field, relative to the corpus folder.
 *
 * @example loadCorpusGold('fixtures/gold/parler-v-aws', diagnostics)
 */
export function loadCorpusGold(dir: string, diagnostics: Diagnostic[]): GoldFile[] {
  if (!existsSync(dir)) {
    diagnostics.push(makeDiagnostic('gold-not-found', 'error', dir, 'the gold folder does not exist; give it with --gold'));
    return [];
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.startsWith('.')).sort();
  const golds: GoldFile[] = [];
  for (const f of files) {
    const gold = readGoldFile(path.join(dir, f), diagnostics);
    if (!gold) continue;
    if (gold.file === null) {
      diagnostics.push(makeDiagnostic('gold-no-file', 'warning', gold.path, 'has no "file" field naming its article; add it (e.g. "000_07d689f528515764.txt")'));
      continue;
    }
    golds.push(gold);
  }
  return golds;
}

/**
 * Lists the case fixtures: every folder under `dir` holding an `input.*` file and a
 * `gold.json`, in name order. A folder missing either is reported and skipped.
 *
 * @example loadCaseGold('fixtures/cases', diagnostics).map((c) => c.name)
 */
export function loadCaseGold(dir: string, diagnostics: Diagnostic[]): GoldCase[] {
  if (!existsSync(dir)) return [];
  const cases: GoldCase[] = [];
  const names = readdirSync(dir).filter((n) => !n.startsWith('.') && statSync(path.join(dir, n)).isDirectory()).sort();
  for (const name of names) {
    const caseDir = path.join(dir, name);
    const entries = readdirSync(caseDir).sort();
    const inputName = entries.find((e) => /^input\.[^.]+$/.test(e)) ?? null;
    const input = inputName === null ? null : path.join(caseDir, inputName);
    const goldPath = path.join(caseDir, 'gold.json');
    const gold = existsSync(goldPath) ? readGoldFile(goldPath, diagnostics) : null;
    if (input === null) diagnostics.push(makeDiagnostic('case-no-input', 'warning', caseDir, 'has no input.txt (or input.html, input.md); the case is skipped'));
    else if (!existsSync(goldPath)) diagnostics.push(makeDiagnostic('case-no-gold', 'warning', caseDir, 'has no gold.json; the case is skipped'));
    cases.push({ name, dir: caseDir, input, gold });
  }
  return cases;
}
