import path from 'node:path';
import type { Article, Diagnostic } from '../model/types.js';
import { makeDiagnostic } from '../model/diagnostics.js';
import { decodeBytes } from './decode.js';
import { findInputs, type Format } from './find-inputs.js';
import { findManifestRow, type Manifest } from './manifest.js';
import type { JsonReadOptions } from './read-json.js';
import { buildArticles, MAX_FILE_BYTES, parse, readFileInput, type FileTask, type InputRead } from './read-file.js';

export { parse, readFileInput, type FileTask, type InputRead };

export interface ReadOptions extends JsonReadOptions {
  /** Format of standard input; sniffed from its first bytes when not given. */
  stdinFormat?: Format;
  /** Where `-` reads from. */
  stdin?: NodeJS.ReadableStream;
  /** Called after each input is read, with how many of how many are done (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

export interface ReadResult {
  articles: Article[];
  /** Problems with the inputs themselves (missing paths, unreadable files); each article has its own too. */
  diagnostics: Diagnostic[];
  skipped: { hidden: number; unknown: number };
}

/**
 * Reads every article under the given paths (files, folders, globs, `-`), in path
 * order. A file that cannot be read becomes a diagnostic and the rest are still read.
 *
 * @example const { articles } = await readArticles(['corpus/parler-v-aws'])
 */
export async function readArticles(paths: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
  const plan = planReading(paths, options);
  const reads: InputRead[] = [];
  for (const [done, step] of plan.steps.entries()) {
    options.onProgress?.(done, plan.steps.length);
    reads.push(step.kind === 'stdin' ? await readStdinInput(options) : readFileInput(step.task));
  }
  options.onProgress?.(plan.steps.length, plan.steps.length);
  return assembleReading(plan, reads).result;
}

/** The inputs of a run in order, each a file task or standard input, with the problems found on the way. */
export interface ReadingPlan {
  steps: Array<{ kind: 'stdin' } | { kind: 'file'; task: FileTask; manifestDiagnostics: Diagnostic[] }>;
  diagnostics: Diagnostic[];
  skipped: ReadResult['skipped'];
}

/**
 * Finds the inputs under the paths and the manifest row of each file, in path order; the
 * reading itself (`readFileInput`) can then happen anywhere, in any order.
 */
export function planReading(paths: readonly string[], options: JsonReadOptions = {}): ReadingPlan {
  const found = findInputs(paths);
  const manifests = new Map<string, Manifest | null>();
  const json: JsonReadOptions = { textField: options.textField, outletField: options.outletField };
  const steps = found.inputs.map((input): ReadingPlan['steps'][number] => {
    if (input.kind === 'stdin') return { kind: 'stdin' };
    const file = input.path;
    const relative = path.relative(input.root, file).split(path.sep).join('/');
    const stem = relative.replace(/\.[^./]+$/, '');
    const folder = path.dirname(relative) === '.' ? undefined : path.dirname(relative).split('/').pop();
    const manifestDiagnostics: Diagnostic[] = [];
    const manifest = findManifestRow(file, input.root, manifests, manifestDiagnostics);
    return { kind: 'file', task: { file, format: input.format, id: stem, stem: path.basename(stem), folder, manifest, options: json }, manifestDiagnostics };
  });
  return { steps, diagnostics: [...found.diagnostics], skipped: found.skipped };
}

/**
 * Puts the reads of a plan's inputs (one per step, in step order) together as one run:
 * diagnostics in input order, and ids made unique across the run (`a` and `a.md`).
 * `renamed` lists the articles whose id changed, by their index in `result.articles`.
 */
export function assembleReading(plan: ReadingPlan, reads: readonly InputRead[]): { result: ReadResult; renamed: number[] } {
  const result: ReadResult = { articles: [], diagnostics: [...plan.diagnostics], skipped: plan.skipped };
  const ids = new Set<string>();
  const renamed: number[] = [];
  plan.steps.forEach((step, k) => {
    const read = reads[k]!;
    if (step.kind === 'file') result.diagnostics.push(...step.manifestDiagnostics);
    result.diagnostics.push(...read.diagnostics);
    for (const article of read.articles) {
      const id = uniqueId(article.id, read.format, ids);
      if (id !== article.id) renamed.push(result.articles.length);
      result.articles.push(id === article.id ? article : { ...article, id });
    }
  });
  return { result, renamed };
}

/** Reads standard input (`-`) in the format given or sniffed. */
export async function readStdinInput(options: ReadOptions): Promise<InputRead> {
  const bytes = await readStream(options.stdin ?? process.stdin);
  if (bytes === null) {
    const fix = 'for JSON Lines give --format ndjson or csv, which read standard input one line at a time; otherwise split the input into files';
    return { articles: [], diagnostics: [makeDiagnostic('file-too-large', 'error', '<stdin>', `is more than the ${MAX_FILE_BYTES / 2 ** 20} MB read as one text; ${fix}`)], format: options.stdinFormat ?? 'txt' };
  }
  const decoded = decodeBytes(bytes, '<stdin>');
  const text = decoded.text ?? '';
  const format = options.stdinFormat ?? sniffFormat(text);
  const { raws, diagnostics } = parse(text, '<stdin>', format, options);
  return { articles: buildArticles(raws, format, { id: 'stdin', stem: 'stdin' }, undefined, true), diagnostics: [...decoded.diagnostics, ...diagnostics], format };
}

/** Guesses the format of text with no file name: JSON Lines, JSON, HTML, Markdown, else plain text. */
export function sniffFormat(text: string): Format {
  const head = text.trimStart().slice(0, 2000);
  if (head.startsWith('{')) {
    const lines = text.trim().split('\n', 3).map((l) => l.trim());
    return lines.length > 1 && lines.every((l) => l.startsWith('{') && l.endsWith('}')) ? 'jsonl' : 'json';
  }
  if (head.startsWith('[')) return 'json';
  if (/^<(?:!doctype|!--|\?xml|[a-z][a-z0-9]*[\s>/])/i.test(head)) return 'html';
  if (/^---[ \t]*\r?\n/.test(head) || /^#{1,6}\s+\S/.test(head)) return 'md';
  return 'txt';
}

function uniqueId(base: string, format: Format, ids: Set<string>): string {
  let id = base;
  if (ids.has(id)) id = `${base}.${format}`;
  for (let n = 2; ids.has(id); n++) id = `${base}~${n}`;
  ids.add(id);
  return id;
}

// The whole stream, or null once it passes MAX_FILE_BYTES (the rest is read and dropped,
// so that the writer is not left blocked on a full pipe).
async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    size += bytes.length;
    if (size <= MAX_FILE_BYTES) chunks.push(bytes);
    else chunks.length = 0;
  }
  return size > MAX_FILE_BYTES ? null : Buffer.concat(chunks);
}
