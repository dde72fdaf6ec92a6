import path from 'node:path';
import { makeDiagnostic } from '../../model/diagnostics.js';
import type { Article, Diagnostic } from '../../model/types.js';
import { checkClusterTargets, type ClusterTargetResult } from './cluster-targets.js';
import type { LoadedCompare } from './load-compare.js';
import { locateMember } from './locate-members.js';
import { readClusterGold } from './load-cluster-gold.js';
import { scoreClusters } from './score-clusters.js';
import type { ClusterScore, TextPlace } from './types.js';

/** The clusters section of the eval report. */
export type ClusterReport =
  | { status: 'unavailable'; corpus: string; gold: string; reason: string }
  | { status: 'scored'; corpus: string; gold: string; score: ClusterScore; targets: ClusterTargetResult[] };

export interface ClusterEvalInput {
  articles: readonly Article[];
  /** The folder the articles were read from: gold `file` fields are relative to it. */
  corpusDir: string;
  corpusLabel: string;
  /** The gold file to read, and how to name it in the report. */
  goldFile: string;
  goldLabel: string;
  load: () => Promise<LoadedCompare>;
}

/**
 * Runs `compareCoverage` on the corpus and scores its clusters against the gold
 * clusters. Until `compareCoverage` exists the section says so and has no targets; when
 * it throws, that is a diagnostic and `crashed`.
 *
 * @example await evalClusters({ articles, corpusDir, corpusLabel, goldFile, goldLabel, load: loadCompareCoverage }, diagnostics)
 */
export async function evalClusters(input: ClusterEvalInput, diagnostics: Diagnostic[]): Promise<{ report: ClusterReport; crashed: boolean }> {
  const gold = input.goldLabel;
  const corpus = input.corpusLabel;
  const loaded = await input.load();
  if ('unavailable' in loaded) return { report: { status: 'unavailable', corpus, gold, reason: loaded.unavailable }, crashed: false };
  const goldFile = readClusterGold(input.goldFile, diagnostics);
  if (!goldFile) return { report: { status: 'unavailable', corpus, gold, reason: `${gold} cannot be read` }, crashed: false };

  let clusters;
  try {
    clusters = loaded.compare([...input.articles]).clusters;
  } catch (error) {
    diagnostics.push(makeDiagnostic('compare-error', 'error', input.corpusDir, `compareCoverage threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
    return { report: { status: 'unavailable', corpus, gold, reason: 'compareCoverage threw' }, crashed: true };
  }

  const byFile = new Map<string, Article>();
  for (const a of input.articles) byFile.set(path.relative(input.corpusDir, a.file).split(path.sep).join('/'), a);
  const outlets: Record<string, string> = Object.fromEntries([...byFile].map(([file, a]) => [file, a.outlet]));
  const missing = new Set<string>();
  const places: Array<Array<TextPlace[] | null>> = goldFile.clusters.map((c) => c.members.map((m) => {
    const article = byFile.get(m.file);
    if (!article) {
      if (!missing.has(m.file)) diagnostics.push(makeDiagnostic('gold-no-article', 'warning', input.goldFile, `names "${m.file}", which is not in ${input.corpusDir}; check the "file" field`));
      missing.add(m.file);
      return null;
    }
    return locateMember(m.text, article.text);
  }));
  const score = scoreClusters(clusters, goldFile.clusters, { outlets, places, checks: goldFile.checks });
  return { report: { status: 'scored', corpus, gold, score, targets: checkClusterTargets(score) }, crashed: false };
}
