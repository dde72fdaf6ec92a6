import type { Cluster, ClusterMember } from '../../model/comparison.js';
import { matchMemberText } from './match-member-text.js';
import type { GoldCluster, GoldRef, TextPlace } from './types.js';

/** For each predicted cluster and member, the gold members it corresponds to. */
export type MemberMap = GoldRef[][][];

/** Whether a member's file is the gold's file: `corpus/parler-v-aws/003_….txt` is `003_….txt`. */
export function sameFile(memberFile: string, goldFile: string): boolean {
  const m = memberFile.replace(/\\/g, '/');
  const g = goldFile.replace(/\\/g, '/').replace(/^\.\//, '');
  return m === g || m.endsWith(`/${g}`);
}

function overlaps(member: ClusterMember, places: readonly TextPlace[] | null | undefined): boolean {
  // Unknown on either side: the text alone decides.
  if (!places || places.length === 0) return true;
  if (!Number.isFinite(member.start) || !Number.isFinite(member.end) || member.end <= member.start) return true;
  return places.some((p) => Math.min(p.end, member.end) > Math.max(p.start, member.start));
}

/**
 * Maps every predicted member to the gold members of the same article whose text it
 * matches (see matchMemberText) and, when both places are known, whose span it
 * overlaps, so a short gold excerpt does not match a far-off sentence on shared
 * small words. A long predicted member may stand for several gold members.
 *
 * @example mapMembers(comparison.clusters, gold.clusters, places)[0][2] // [{ cluster: 4, member: 1 }]
 */
export function mapMembers(
  predicted: readonly Cluster[],
  gold: readonly GoldCluster[],
  places: ReadonlyArray<ReadonlyArray<readonly TextPlace[] | null>> = [],
): MemberMap {
  return predicted.map((cluster) =>
    cluster.members.map((member) => {
      const refs: GoldRef[] = [];
      gold.forEach((g, ci) => {
        g.members.forEach((gm, mi) => {
          if (!sameFile(member.file, gm.file)) return;
          if (!overlaps(member, places[ci]?.[mi])) return;
          if (matchMemberText(member.text, gm.text)) refs.push({ cluster: ci, member: mi });
        });
      });
      return refs;
    }),
  );
}
