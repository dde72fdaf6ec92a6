import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Cluster } from '../../model/comparison.js';
import type { Article } from '../../model/types.js';

/** The part of `compareCoverage` the cluster eval uses. */
export type CompareCoverage = (articles: Article[]) => { clusters: Cluster[] };

/** `compareCoverage`, or why it cannot be run yet. */
export type LoadedCompare = { compare: CompareCoverage } | { unavailable: string };

/**
 * Imports `compareCoverage` from src/pipeline/compare-coverage.ts when it exists. The
 * path is a variable so tsc compiles this file before that module is written; from
 * dist the `.js` is imported, from the sources (vitest) the `.ts`.
 *
 * @example const loaded = await loadCompareCoverage(); if ('compare' in loaded) loaded.compare(articles)
 */
export async function loadCompareCoverage(): Promise<LoadedCompare> {
  const candidates = ['.js', '.ts'].map((ext) => new URL(`../../pipeline/compare-coverage${ext}`, import.meta.url));
  const target = candidates.find((url) => existsSync(fileURLToPath(url)));
  if (!target) return { unavailable: 'src/pipeline/compare-coverage.ts missing' };
  let module: { compareCoverage?: unknown };
  try {
    const href: string = target.href;
    module = (await import(href)) as { compareCoverage?: unknown };
  } catch (error) {
    return { unavailable: `src/pipeline/compare-coverage.ts does not load: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof module.compareCoverage !== 'function') return { unavailable: 'src/pipeline/compare-coverage.ts exports no compareCoverage function' };
  return { compare: module.compareCoverage as CompareCoverage };
}
