// The pipeline runs one way (issue 15, item 2): a file imports only its own layer and the
// layers before it, and no chain of imports comes back to where it started. Type-only and
// dynamic imports count too: a cycle through a type is still two files that cannot be
// read, moved or tested apart.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/fake-cli.js';

/**
 * The layers of src/ in pipeline order: each may import the ones before it, never one
 * after it. `ingest` comes after `clean` and `analyze` because it assembles an Article
 * from them (build-article.ts cleans the text and splits the sentences); `pipeline` runs
 * the stages in order for the library and the CLI; `index` (the public API) and `cli`
 * sit on top, side by side. `eval` is outside the pipeline: it may use any layer and no
 * layer may use it.
 */
const LAYERS: ReadonlyArray<readonly string[]> = [
  ['model'],
  ['text'],
  ['lexicon'],
  ['clean'],
  ['analyze'],
  ['ingest'],
  ['align'],
  ['compare'],
  ['pipeline'],
  ['render'],
  ['cli', 'index'],
];
const OUTSIDE = 'eval';

const SRC = path.join(ROOT, 'src');

/** Every .ts file under src/, relative to src/ with forward slashes. */
function sourceFiles(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => f.split(path.sep).join('/')).sort();
}

/**
 * The files of src/ a file imports: `import … from`, `import type … from`, `export … from`,
 * bare `import '…'` and `import('…')`, relative specifiers only (packages are not layers).
 * Comments are dropped first, so an example in a doc comment is not an import.
 */
function importsOf(file: string, text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  const patterns = [/\b(?:import|export)\s[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) {
      const spec = match[1]!;
      if (!spec.startsWith('.')) continue;
      found.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.js$/, '.ts'));
    }
  }
  return [...new Set(found)].sort();
}

/** `analyze` for `analyze/quotes/find-quotes.ts`, `index` for `index.ts`. */
function layerOf(file: string): string {
  const [head] = file.split('/');
  return file.includes('/') ? head! : head!.replace(/\.ts$/, '');
}

function rankOf(layer: string): number {
  return LAYERS.findIndex((names) => names.includes(layer));
}

/** The import cycles of a graph: its strongly connected components of more than one file (or a file importing itself). */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
}

const files = sourceFiles();
const graph = new Map(files.map((f) => [f, importsOf(f, readFileSync(path.join(SRC, f), 'utf8'))] as const));

describe('the import checker', () => {
  it('reads every kind of import and skips packages and comments', () => {
    const text = [
      "import type { Quote } from '../model/types.js';",
      "import {\n  a,\n  b,\n} from './a.js';",
      "export { c } from './c.js';",
      "import './side-effect.js';",
      "const m = await import('../render/tables.js');",
      "import chalk from 'chalk';",
      "// import { x } from '../cli/run.js';",
      "/** @example import { y } from '../cli/y.js' */",
    ].join('\n');
    expect(importsOf('compare/x.ts', text)).toEqual(['compare/a.ts', 'compare/c.ts', 'compare/side-effect.ts', 'model/types.ts', 'render/tables.ts']);
  });

  it('finds cycles, long and short, and nothing in a chain', () => {
    const g = new Map<string, string[]>([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['e']], ['e', ['d']], ['f', ['a']], ['g', ['g']]]);
    expect(findCycles(g)).toEqual([['a', 'b', 'c'], ['d', 'e'], ['g']]);
    expect(findCycles(new Map([['a', ['b']], ['b', ['c']], ['c', []]]))).toEqual([]);
  });

  it('sees the whole of src/', () => {
    expect(files.length).toBeGreaterThan(100);
    expect([...graph.values()].flat().length).toBeGreaterThan(300);
  });
});

describe('the layers of src/', () => {
  it('every folder of src/ is a layer (a new one must be placed in LAYERS)', () => {
    const unknown = [...new Set(files.map(layerOf))].filter((l) => l !== OUTSIDE && rankOf(l) < 0);
    expect(unknown).toEqual([]);
  });

  it('no import runs back up the layers, and nothing imports eval', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const from = layerOf(file);
      if (from === OUTSIDE) continue;
      for (const target of targets) {
        const to = layerOf(target);
        if (to === from) continue;
        if (to === OUTSIDE || rankOf(to) >= rankOf(from)) wrong.push(`${file} imports ${target} (${from} may use only ${LAYERS.slice(0, rankOf(from)).flat().join(', ')})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('no import cycle', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('every relative import names a file that exists', () => {
    const missing = [...graph].flatMap(([file, targets]) => targets.filter((t) => t.endsWith('.ts') && !graph.has(t)).map((t) => `${file} imports ${t}`));
    expect(missing).toEqual([]);
  });
});
