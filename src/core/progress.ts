/**
 * Progress from the baseline (*framsteg*, docs/rules.md §4).
 */
import { RuleError } from "./errors";

/**
 * How far `actual` has come from `baseline` towards `target`: (x − B) / (T − B).
 * Negative means moving away from the target; above 1 means past it.
 * @throws RuleError `undefined-ratio` when T = B.
 * @example progress(75, 70, 80) // 0.5
 */
export function progress(actual: number, baseline: number, target: number): number {
  if (target === baseline) {
    throw new RuleError("undefined-ratio", "Progress is undefined when the target equals the baseline", target);
  }
  return (actual - baseline) / (target - baseline);
}
