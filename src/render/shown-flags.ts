import type { Cluster, ClusterFlag } from '../model/comparison.js';

/**
 * The flags a view prints for a cluster: those of the outlets shown, each once. Two
 * members of one outlet (the same quote in two of its articles) raise the same flag with
 * the same message; reading it twice says nothing more. JSON keeps every flag with its member.
 */
export function shownFlags(cluster: Cluster, outlets: readonly string[]): ClusterFlag[] {
  const seen = new Set<string>();
  return cluster.flags.filter((f) => {
    const key = `${f.type}\n${f.message}`;
    if (!outlets.includes(f.outlet) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
