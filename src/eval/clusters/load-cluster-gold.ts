import { readFileSync } from 'node:fs';
import { makeDiagnostic } from '../../model/diagnostics.js';
import type { Diagnostic } from '../../model/types.js';
import type { ClusterChecks, ClusterGold, GoldCluster, GoldClusterMember } from './types.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function readMember(value: unknown): GoldClusterMember | string {
  if (!isObject(value)) return 'is not an object';
  if (typeof value['file'] !== 'string' || value['file'] === '') return 'has no "file"';
  if (typeof value['text'] !== 'string' || value['text'].trim() === '') return 'has no "text"';
  const member: GoldClusterMember = { file: value['file'], text: value['text'] };
  if (value['unquoted'] === true) member.unquoted = true;
  if (value['uncertain'] === true) member.uncertain = true;
  return member;
}

function readCluster(value: unknown, index: number, file: string, diagnostics: Diagnostic[]): GoldCluster | null {
  const bad = (why: string) => {
    diagnostics.push(makeDiagnostic('gold-invalid-cluster', 'warning', file, `cluster ${index + 1} ${why}; it is left out of the scores until fixed`));
    return null;
  };
  if (!isObject(value)) return bad('is not an object');
  if (typeof value['id'] !== 'string' || value['id'] === '') return bad('has no "id"');
  if (value['type'] !== 'quote' && value['type'] !== 'claim') return bad(`(${value['id']}) has type ${JSON.stringify(value['type'])}; use "quote" or "claim"`);
  if (!Array.isArray(value['members'])) return bad(`(${value['id']}) has no "members" list`);
  if (value['related'] !== undefined && !isStrings(value['related'])) return bad(`(${value['id']}) has "related" that is not a list of cluster ids`);
  const members: GoldClusterMember[] = [];
  for (const [i, m] of value['members'].entries()) {
    const member = readMember(m);
    if (typeof member === 'string') return bad(`(${value['id']}) member ${i + 1} ${member}`);
    members.push(member);
  }
  const cluster: GoldCluster = { id: value['id'], type: value['type'], members };
  if (typeof value['note'] === 'string') cluster.note = value['note'];
  if (value['uncertain'] === true) cluster.uncertain = true;
  if (value['related'] !== undefined) cluster.related = value['related'] as string[];
  return cluster;
}

function readChecks(value: unknown): ClusterChecks {
  const checks: ClusterChecks = {};
  if (!isObject(value)) return checks;
  const altered = value['alteredQuote'];
  if (isObject(altered) && typeof altered['file'] === 'string' && isStrings(altered['words'])) {
    checks.alteredQuote = { file: altered['file'], words: altered['words'] };
    if (typeof altered['cluster'] === 'string') checks.alteredQuote.cluster = altered['cluster'];
  }
  const para = value['unquotedParaphrase'];
  if (isObject(para) && typeof para['file'] === 'string' && isStrings(para['clusters'])) {
    checks.unquotedParaphrase = { file: para['file'], clusters: para['clusters'] };
  }
  return checks;
}

/**
 * Reads a gold cluster file (fixtures/gold-clusters/README.md). A file that cannot be
 * read or parsed becomes a diagnostic and null; a bad cluster becomes a diagnostic and
 * is left out; a "related" id that names no cluster is reported.
 *
 * @example readClusterGold('fixtures/gold-clusters/parler-v-aws.json', diagnostics)?.clusters.length
 */
export function readClusterGold(file: string, diagnostics: Diagnostic[]): ClusterGold | null {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const why = error instanceof SyntaxError ? `is not valid JSON (${error.message}); fix the syntax` : `cannot be read (${(error as Error).message}); give the gold with --cluster-gold`;
    diagnostics.push(makeDiagnostic('gold-unreadable', 'error', file, why));
    return null;
  }
  if (!isObject(data) || !Array.isArray(data['clusters'])) {
    diagnostics.push(makeDiagnostic('gold-unreadable', 'error', file, 'has no "clusters" list; see fixtures/gold-clusters/README.md for the format'));
    return null;
  }
  const clusters = data['clusters'].map((c, i) => readCluster(c, i, file, diagnostics)).filter((c): c is GoldCluster => c !== null);
  const ids = new Set<string>();
  for (const c of clusters) {
    if (ids.has(c.id)) diagnostics.push(makeDiagnostic('gold-duplicate-cluster', 'warning', file, `has two clusters with id "${c.id}"; give each its own id`));
    ids.add(c.id);
  }
  for (const c of clusters) {
    for (const r of c.related ?? []) {
      if (!ids.has(r)) diagnostics.push(makeDiagnostic('gold-unknown-related', 'warning', file, `cluster "${c.id}" names related cluster "${r}", which does not exist; fix the id`));
    }
  }
  return { path: file, clusters, checks: readChecks(data['checks']) };
}
