/**
 * Status against a relative target (*Öka*, *Minska*, *Förbättra*, *Bibehålla*, docs/rules.md §3b),
 * judged against the previous outcome with the trend band.
 */
import type { Direction } from "./direction";
import { RuleError } from "./errors";
import type { Status } from "./traffic-light";
import type { RelativeTarget } from "./target";
import { checkBand, isWithinBand, trend } from "./trend";
import type { Measured } from "./values";

/**
 * The status of `actual` against a relative target, given the previous outcome `previous`.
 * @throws RuleError `inconsistent-parameters` for Förbättra/Bibehålla on a range indicator
 *   (a range has no "better" without its bounds).
 * @example relativeStatus("improve", 37.0, 37.6, "higher", 0.01) // "red"
 */
export function relativeStatus(
  word: RelativeTarget,
  actual: Measured,
  previous: Measured,
  direction: Direction,
  band: number,
): Status {
  checkBand(band);
  if ((word === "improve" || word === "maintain") && direction === "range") {
    throw new RuleError("inconsistent-parameters", "A relative target cannot be judged for a range indicator", word);
  }
  if (actual === null || previous === null) return "missing";
  if (word === "increase" || word === "decrease") {
    if (isWithinBand(actual, previous, band)) return "yellow";
    const rose = actual > previous;
    return rose === (word === "increase") ? "green" : "red";
  }
  const moved = trend(actual, previous, direction, band);
  if (moved === "worsening") return "red";
  if (word === "maintain") return "green";
  return moved === "improving" ? "green" : "yellow";
}
