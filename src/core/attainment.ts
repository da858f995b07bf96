/**
 * Attainment (*måluppfyllelse*, rules.md §2): the ratio that follow-up tools show as a percentage.
 */
import type { Direction } from "./direction";
import { RuleError } from "./errors";

/** A numeric target for a direction: T for higher/lower, [L, U] for range. */
export interface NumericTarget {
  readonly direction: Direction;
  /** T, or L for a range. */
  readonly low: number;
  /** T, or U for a range. */
  readonly high: number;
}

/**
 * Builds the numeric target of an indicator, checking that its parts fit together.
 * @param targetMax U, required for `range` and not allowed otherwise (a stray upper bound on a
 *   higher/lower indicator is far more often a mistake in the plan than an intent).
 * @throws RuleError `inconsistent-parameters` for a range without U, L > U, or U without range.
 */
export function numericTarget(direction: Direction, target: number, targetMax: number | null = null): NumericTarget {
  if (direction !== "range") {
    if (targetMax !== null) {
      throw new RuleError("inconsistent-parameters", `An upper target is given, but the direction is ${direction}`, targetMax);
    }
    return { direction, low: target, high: target };
  }
  if (targetMax === null) {
    throw new RuleError("inconsistent-parameters", "A range target needs its upper bound", target);
  }
  if (targetMax < target) {
    throw new RuleError("inconsistent-parameters", `The range's lower bound ${target} is above its upper bound ${targetMax}`, target);
  }
  return { direction, low: target, high: targetMax };
}

/**
 * The attainment of `actual` against `target`, or `undefined` where the ratio is not defined
 * (higher: T ≤ 0; lower: T ≤ 0 or x ≤ 0; range: L ≤ 0). Not capped.
 * @example attainment(25, { direction: "higher", low: 27, high: 27 }) // 0.9259…
 * @example attainment(96, { direction: "range", low: 90, high: 95 })  // 0.9896…
 */
export function attainment(actual: number, target: NumericTarget): number | undefined {
  const { direction, low, high } = target;
  if (direction === "higher") return low > 0 ? actual / low : undefined;
  if (direction === "lower") return low > 0 && actual > 0 ? low / actual : undefined;
  if (low <= 0) return undefined;
  if (actual < low) return actual / low;
  if (actual > high) return high / actual;
  return 1;
}

/** How far `actual` lies from meeting the target (for a range: from its nearest bound); 0 when met. */
export function distanceToTarget(actual: number, target: NumericTarget): number {
  if (target.direction === "higher") return Math.max(0, target.low - actual);
  if (target.direction === "lower") return Math.max(0, actual - target.low);
  if (actual < target.low) return target.low - actual;
  if (actual > target.high) return actual - target.high;
  return 0;
}
