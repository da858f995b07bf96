/**
 * Counting statuses and assessments, as every report's summaries do.
 */
import type { Assessment } from "../rollup";
import type { Status } from "../status";

export type StatusCounts = Readonly<Record<Status, number>>;
export type AssessmentCounts = Readonly<Record<Assessment, number>>;

export function countStatuses(statuses: Iterable<Status>): StatusCounts {
  const counts: Record<Status, number> = { green: 0, yellow: 0, red: 0, missing: 0 };
  for (const status of statuses) counts[status] += 1;
  return counts;
}

export function countAssessments(assessments: Iterable<Assessment>): AssessmentCounts {
  const counts: Record<Assessment, number> = { met: 0, partlyMet: 0, notMet: 0, cannotAssess: 0 };
  for (const assessment of assessments) counts[assessment] += 1;
  return counts;
}

export function total(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** Counts added key by key (a municipality's from its divisions'), starting from `empty`'s keys. */
export function sumCounts<K extends string>(all: readonly Readonly<Record<K, number>>[], empty: Readonly<Record<K, number>>): Record<K, number> {
  const sum: Record<K, number> = { ...empty };
  for (const counts of all) for (const key of Object.keys(sum) as K[]) sum[key] += counts[key];
  return sum;
}

export const NO_STATUSES: StatusCounts = countStatuses([]);
export const NO_ASSESSMENTS: AssessmentCounts = countAssessments([]);
