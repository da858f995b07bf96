/**
 * Threshold comparisons with a relative tolerance (docs/rules.md §0).
 *
 * 0.72 / 0.8 is 0.8999999999999999 in floating point; a controller who set "yellow from 90 %"
 * expects 72 % of 80 % to be yellow. Every comparison against a threshold goes through here so
 * that a value exactly at a threshold reaches it, whatever rounding happened on the way.
 */

/** The relative tolerance used for every threshold comparison. */
export const RELATIVE_TOLERANCE = 1e-9;

function slack(a: number, b: number): number {
  const size = Math.max(Math.abs(a), Math.abs(b));
  // Between infinities there is no rounding to forgive: an infinite slack would make −∞ reach anything.
  return Number.isFinite(size) ? RELATIVE_TOLERANCE * size : 0;
}

/**
 * `a ≥ b`, counting `a` as reaching `b` when it falls short only by rounding.
 * @example reaches(0.72 / 0.8, 0.9) // true
 */
export function reaches(a: number, b: number): boolean {
  return a >= b - slack(a, b);
}

/**
 * `a ≤ b`, counting `a` as within `b` when it exceeds it only by rounding.
 * @example isAtMost(0.1 + 0.2, 0.3) // true
 */
export function isAtMost(a: number, b: number): boolean {
  return a <= b + slack(a, b);
}
