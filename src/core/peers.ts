/**
 * Peer comparison (*jämförelse*, docs/rules.md §8): where a value stands among other municipalities.
 *
 * The result is relative ("bland de 25 % bästa"), not an absolute judgement: callers label it so.
 */
import type { Direction } from "./direction";
import { RuleError } from "./errors";
import type { Status } from "./status";
import { isAtMost, reaches } from "./tolerance";
import type { Measured } from "./values";

/** Fewer peers than this give a missing peer status: quartiles of three values say little. */
export const MIN_PEERS = 4;

/**
 * Excel's PERCENTILE.INC over values sorted ascending: rank p·(n − 1), linear interpolation.
 * @throws RuleError `invalid-parameter` for an empty list or p outside [0, 1].
 * @example percentileInc([1, 2, 3, 4], 0.25) // 1.75
 */
export function percentileInc(sortedAscending: readonly number[], p: number): number {
  if (sortedAscending.length === 0 || !(p >= 0 && p <= 1)) {
    throw new RuleError("invalid-parameter", "PERCENTILE.INC needs values and 0 ≤ p ≤ 1", p);
  }
  const rank = p * (sortedAscending.length - 1);
  const below = Math.floor(rank);
  const lower = sortedAscending[below] as number;
  const upper = sortedAscending[Math.min(below + 1, sortedAscending.length - 1)] as number;
  return lower + (rank - below) * (upper - lower);
}

/** The first and third quartiles of the peers (missing values left out), or undefined with fewer than {@link MIN_PEERS}. */
export function peerQuartiles(peers: readonly Measured[]): PeerQuartiles | undefined {
  const present = peers.filter((value): value is number => value !== null).sort((a, b) => a - b);
  if (present.length < MIN_PEERS) return undefined;
  return { q1: percentileInc(present, 0.25), q3: percentileInc(present, 0.75), count: present.length };
}

/** The first and third quartiles of a peer group. */
export interface PeerQuartiles {
  readonly q1: number;
  readonly q3: number;
  readonly count: number;
}

/**
 * The peer status of `value` given the peers' quartiles (compute them once with
 * {@link peerQuartiles} when judging many values against the same peers).
 */
export function statusAmongPeers(value: Measured, quartiles: PeerQuartiles | undefined, direction: Direction): Status {
  if (value === null || direction === "range" || quartiles === undefined) return "missing";
  const { q1, q3 } = quartiles;
  if (direction === "higher") {
    if (reaches(value, q3)) return "green";
    return isAtMost(value, q1) ? "red" : "yellow";
  }
  if (isAtMost(value, q1)) return "green";
  return reaches(value, q3) ? "red" : "yellow";
}

/**
 * The peer status of `value`: for `higher`, green in the top quartile (x ≥ Q3), red in the
 * bottom one (x ≤ Q1), else yellow; `lower` mirrors it; `range` is not ranked (missing).
 * @example peerStatus(9, [1, 2, 3, 4, 5, 6, 7, 8, 9], "higher") // "green"
 */
export function peerStatus(value: Measured, peers: readonly Measured[], direction: Direction): Status {
  return statusAmongPeers(value, peerQuartiles(peers), direction);
}
