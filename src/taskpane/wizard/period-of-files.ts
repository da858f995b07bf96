/**
 * The period the picked files are for, read from their own `_puls` (every template says its
 * period): when most of them are for another period than the one chosen, the controller chose
 * the wrong period or the wrong files, and that is said once, not as one error per unit.
 */
import type { CollectedPeriod, Plan } from "../../core";

export interface PeriodMismatch {
  /** The period most of the files are for. */
  readonly found: string;
  /** How many files are for it, of all read. */
  readonly files: number;
  readonly total: number;
  /** Whether the plan has that period (then the pane offers to switch to it). */
  readonly inPlan: boolean;
}

/**
 * The other period most of `total` files are for, when at least half of them are; null when the
 * files are for the chosen period (a few units with an old template are their own errors).
 */
export function periodMismatch(plan: Plan, collected: CollectedPeriod, total: number): PeriodMismatch | null {
  const filesOf = new Map<string, Set<string>>();
  for (const problem of collected.problems) {
    if (problem.code !== "other-period") continue;
    const found = String(problem.values.found ?? "");
    const files = filesOf.get(found) ?? new Set<string>();
    files.add(problem.at.file ?? "");
    filesOf.set(found, files);
  }
  let best: PeriodMismatch | null = null;
  for (const [found, files] of filesOf) {
    if (best === null || files.size > best.files) best = { found, files: files.size, total, inPlan: plan.periods.some((p) => p.id === found) };
  }
  return best !== null && total > 0 && best.files * 2 >= total ? best : null;
}
