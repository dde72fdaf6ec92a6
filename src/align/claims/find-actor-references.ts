import { firstIndex } from '../../model/first-index.js';
import type { Article, Quote } from '../../model/types.js';
import { findActorPass } from '../../analyze/actors/actor-pass.js';
import { framingOptions } from '../../analyze/actors/options.js';

/** A stretch of an article's text that stands for a named actor: "the tech titan" → Amazon. */
export interface ActorReference {
  start: number;
  end: number;
  /** The actor's name as the framing code shows it: "Amazon". */
  actor: string;
}

/**
 * Where each article refers to a main actor by a description instead of a name, per
 * article id, in text order: the definite labels the framing code gives to an actor
 * ("Parler sued Amazon’s cloud-computing business Monday after the tech titan forced the
 * controversial social network to go dark" → "the tech titan" is Amazon, "the
 * controversial social network" is Parler). Labels inside quote marks are left out. The
 * framing code leaves a label out rather than guess (see `find-labels.ts`), so a
 * reference here is one it is sure of. Pure and deterministic; linear in the run.
 *
 * @example findActorReferences(articles, quotes).get(id) // [{ start: 61, end: 75, actor: 'Amazon' }, …]
 */
export function findActorReferences(articles: readonly Article[], quotes: readonly Quote[] = [], pass = findActorPass(articles, quotes, framingOptions())): Map<string, ActorReference[]> {
  const out = new Map<string, ActorReference[]>();
  for (const d of pass.descriptors) {
    if (d.pattern !== 'definite-label' || d.inQuote) continue;
    const list = out.get(d.article) ?? [];
    list.push({ start: d.start, end: d.end, actor: d.actor });
    out.set(d.article, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/**
 * A claim's text with each reference inside it replaced by its actor's name, for
 * matching only: "after the tech titan forced the controversial social network to go
 * dark" reads "after Amazon forced Parler to go dark".
 *
 * @example resolveReferences(claim.text, claim.start, references) // 'after Amazon forced Parler to go dark'
 */
export function resolveReferences(text: string, start: number, references: readonly ActorReference[] = []): string {
  let out = '';
  let at = 0;
  // References are in text order: start at the first that may lie inside, stop past the end.
  for (let k = firstIndex(references, (r) => r.start >= start); k < references.length && references[k]!.start < start + text.length; k++) {
    const r = references[k]!;
    const from = r.start - start;
    const to = r.end - start;
    if (from < at || to > text.length) continue;
    out += text.slice(at, from) + r.actor;
    at = to;
  }
  return at === 0 ? text : out + text.slice(at);
}
