/**
 * Attainment (*måluppfyllelse*, docs/rules.md §2): the ratio that follow-up tools show as a percentage.
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
  return { direction, low: target, high: upperBound(direction, target, targetMax) };
}

/**
 * The upper bound of a target (U for a range, T otherwise), after checking that the parts fit.
 * @throws RuleError `inconsistent-parameters` as {@link numericTarget}.
 */
export function upperBound(direction: Direction, target: number, targetMax: number | null): number {
  if (direction !== "range") {
    if (targetMax !== null) {
      throw new RuleError("inconsistent-parameters", `An upper target is given, but the direction is ${direction}`, targetMax);
    }
    return target;
  }
  if (targetMax === null) {
    throw new RuleError("inconsistent-parameters", "A range target needs its upper bound", target);
  }
  if (targetMax < target) {
    throw new RuleError("inconsistent-parameters", `The range's lower bound ${target} is above its upper bound ${targetMax}`, target);
  }
  return targetMax;
}

/**
 * The attainment of `actual` against `target`, or `undefined` where the ratio is not defined
 * (higher: T ≤ 0; lower: T ≤ 0 or x ≤ 0; range: L ≤ 0). Not capped.
 * @example attainment(25, { direction: "higher", low: 27, high: 27 }) // 0.9259…
 * @example attainment(96, { direction: "range", low: 90, high: 95 })  // 0.9896…
 */
export function attainment(actual: number, target: NumericTarget): number | undefined {
  return attainmentWithin(actual, target.direction, target.low, target.high);
}

/** {@link attainment} on the target's parts, for hot loops that should not build a target object per row. */
export function attainmentWithin(actual: number, direction: Direction, low: number, high: number): number | undefined {
  const ratio = rawAttainment(actual, direction, low, high);
  // A ratio that overflows (a target of 1e-320) is as undefined as one over zero: never ±Infinity.
  return ratio !== undefined && Number.isFinite(ratio) ? ratio : undefined;
}

function rawAttainment(actual: number, direction: Direction, low: number, high: number): number | undefined {
  if (direction === "higher") return low > 0 ? actual / low : undefined;
  if (direction === "lower") return low > 0 && actual > 0 ? low / actual : undefined;
  if (low <= 0) return undefined;
  if (actual < low) return actual / low;
  if (actual > high) return high / actual;
  return 1;
}

/** How far `actual` lies from meeting the target (for a range: from its nearest bound); 0 when met. */
export function distanceToTarget(actual: number, target: NumericTarget): number {
  return distanceWithin(actual, target.direction, target.low, target.high);
}

/** {@link distanceToTarget} on the target's parts. */
export function distanceWithin(actual: number, direction: Direction, low: number, high: number): number {
  if (direction === "higher") return Math.max(0, low - actual);
  if (direction === "lower") return Math.max(0, actual - low);
  if (actual < low) return low - actual;
  if (actual > high) return actual - high;
  return 0;
}
