/**
 * Trend (*trend*, docs/rules.md §5): has the outcome moved in the good direction since last time?
 */
import type { NumericTarget } from "./attainment";
import { distanceToTarget } from "./attainment";
import type { Direction } from "./direction";
import { RuleError } from "./errors";
import { isAtMost } from "./tolerance";
import type { Measured } from "./values";

/** How an outcome moved against the previous one. */
export type Trend = "improving" | "stable" | "worsening" | "missing";

/** The default band f: a change within 1 % of the previous value is "stable". */
export const DEFAULT_TREND_BAND = 0.01;

/** Whether `current` is within the band around `previous`: |c − p| ≤ f·|p| (absolute 0 when p = 0). */
export function isWithinBand(current: number, previous: number, band: number): boolean {
  return isAtMost(Math.abs(current - previous), band * Math.abs(previous));
}

/** Checks the band parameter f. */
export function checkBand(band: number): void {
  if (!(band >= 0)) throw new RuleError("invalid-parameter", `The trend band cannot be negative: ${band}`, band);
}

/**
 * The trend from `previous` to `current` in the indicator's direction.
 * For a range, "better" means the distance to the range shrank, so `range` needs its bounds.
 * @throws RuleError `inconsistent-parameters` for a range without bounds; `invalid-parameter` for a negative band.
 * @example trend(80, 75, "higher") // "improving"
 * @example trend(75.5, 75, "higher") // "stable"
 */
export function trend(
  current: Measured,
  previous: Measured,
  direction: Direction,
  band: number = DEFAULT_TREND_BAND,
  range?: NumericTarget,
): Trend {
  checkBand(band);
  if (direction === "range" && range === undefined) {
    throw new RuleError("inconsistent-parameters", "A trend for a range indicator needs the range's bounds", direction);
  }
  if (current === null || previous === null) return "missing";
  if (isWithinBand(current, previous, band)) return "stable";
  if (direction === "higher") return current > previous ? "improving" : "worsening";
  if (direction === "lower") return current < previous ? "improving" : "worsening";
  const before = distanceToTarget(previous, range as NumericTarget);
  const after = distanceToTarget(current, range as NumericTarget);
  if (after === before) return "stable";
  return after < before ? "improving" : "worsening";
}
