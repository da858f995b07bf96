/**
 * Status (*status*, the traffic light, docs/rules.md §3), for numeric and relative targets.
 */
import { attainmentWithin, distanceWithin, upperBound } from "./attainment";
import type { Direction } from "./direction";
import { RuleError } from "./errors";
import { relativeStatus } from "./relative-status";
import type { TargetValue } from "./target";
import { isAtMost, reaches } from "./tolerance";
import { DEFAULT_TREND_BAND } from "./trend";
import type { Measured } from "./values";

import type { Status } from "./traffic-light";

export type { Status } from "./traffic-light";

/** The default "yellow from" threshold (*gul från*). */
export const DEFAULT_YELLOW_FROM = 0.9;

/** What a status is judged from. Optional parts take the defaults of docs/rules.md. */
export interface StatusInput {
  readonly actual: Measured;
  readonly target: TargetValue;
  readonly direction: Direction;
  /** U of a range target. */
  readonly targetMax?: Measured;
  /** y: yellow when attainment ≥ y (default 0.9). */
  readonly yellowFrom?: number;
  /** a: yellow when the distance to the target is ≤ a. */
  readonly tolerance?: Measured;
  /** p: the previous outcome, for relative targets. */
  readonly previous?: Measured;
  /** f: the trend band, for relative targets (default 0.01). */
  readonly band?: number;
}

function checkYellowFrom(yellowFrom: number): void {
  if (!(yellowFrom >= 0 && yellowFrom <= 1)) {
    throw new RuleError("invalid-parameter", `"Yellow from" must be between 0 and 1 (0.9 = 90 %), not ${yellowFrom}`, yellowFrom);
  }
}

function checkTolerance(tolerance: Measured): void {
  if (tolerance !== null && !(tolerance >= 0)) {
    throw new RuleError("invalid-parameter", `A tolerance cannot be negative: ${tolerance}`, tolerance);
  }
}

/**
 * The traffic-light status of an outcome against its target.
 *
 * Missing actual or target → missing; target met → green; attainment ≥ y, or within the absolute
 * tolerance → yellow; otherwise red. Relative targets (Öka, Minska, …) are judged against
 * `previous` (§3b).
 * @throws RuleError for inconsistent targets or parameters out of range.
 * @example status({ actual: 25, target: 27, direction: "higher" }) // "yellow"
 */
export function status(input: StatusInput): Status {
  return judgeStatus(
    input.actual,
    input.target,
    input.direction,
    input.targetMax ?? null,
    input.yellowFrom ?? DEFAULT_YELLOW_FROM,
    input.tolerance ?? null,
    input.previous ?? null,
    input.band ?? DEFAULT_TREND_BAND,
  );
}

/**
 * {@link status} with positional parameters, for element-wise evaluation over whole columns,
 * where building an input object per row would cost more than the rule itself.
 */
export function judgeStatus(
  actual: Measured,
  target: TargetValue,
  direction: Direction,
  targetMax: Measured,
  yellowFrom: number,
  tolerance: Measured,
  previous: Measured,
  band: number,
): Status {
  checkYellowFrom(yellowFrom);
  checkTolerance(tolerance);
  if (typeof target === "string") return relativeStatus(target, actual, previous, direction, band);
  if (target === null) return "missing";
  const high = upperBound(direction, target, targetMax);
  if (actual === null) return "missing";
  if (isTargetMet(actual, direction, target, high)) return "green";
  const ratio = attainmentWithin(actual, direction, target, high);
  if (ratio !== undefined && reaches(ratio, yellowFrom)) return "yellow";
  if (tolerance !== null && isAtMost(distanceWithin(actual, direction, target, high), tolerance)) return "yellow";
  return "red";
}

function isTargetMet(actual: number, direction: Direction, low: number, high: number): boolean {
  if (direction === "higher") return reaches(actual, low);
  if (direction === "lower") return isAtMost(actual, low);
  return reaches(actual, low) && isAtMost(actual, high);
}

/** The numeric form of a status for Excel's icon sets: green 1, yellow 0, red −1, missing `null`. */
export function statusCode(value: Status): 1 | 0 | -1 | null {
  switch (value) {
    case "green":
      return 1;
    case "yellow":
      return 0;
    case "red":
      return -1;
    case "missing":
      return null;
  }
}
