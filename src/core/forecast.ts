/**
 * Full-year forecast (*prognos helår*) and budget deviation (*avvikelse*, docs/rules.md §9).
 */
import { RuleError } from "./errors";

function checkMonths(monthsElapsed: number): void {
  if (!Number.isInteger(monthsElapsed) || monthsElapsed < 1 || monthsElapsed > 12) {
    throw new RuleError("invalid-parameter", `Months elapsed must be a whole number from 1 to 12, not ${monthsElapsed}`, monthsElapsed);
  }
}

/**
 * The full-year forecast from the year-to-date outcome after `monthsElapsed` months.
 * Linear (ytd × 12 / m) without a profile; with a 12-month profile (e.g. last year's outcome per
 * month), ytd divided by the share of the year's profile that had passed by month m.
 * @throws RuleError `invalid-parameter` for months outside 1–12 or a profile that is not 12
 *   numbers; `undefined-ratio` when the profile's share up to month m, or its total, is 0.
 * @example forecast(540, 8) // 810
 */
export function forecast(ytd: number, monthsElapsed: number, profile?: readonly number[]): number {
  checkMonths(monthsElapsed);
  if (profile === undefined) return (ytd * 12) / monthsElapsed;
  if (profile.length !== 12) {
    throw new RuleError("invalid-parameter", `A profile has 12 monthly values, not ${profile.length}`, profile.length);
  }
  let elapsed = 0;
  let total = 0;
  profile.forEach((month, index) => {
    total += month;
    if (index < monthsElapsed) elapsed += month;
  });
  if (elapsed === 0 || total === 0) {
    throw new RuleError("undefined-ratio", "The profile has no share of the year by that month", profile);
  }
  return ytd / (elapsed / total);
}

/** The deviation of a forecast from its budget, absolute and relative (undefined when the budget is 0). */
export interface Deviation {
  readonly deviation: number;
  readonly relative: number | undefined;
}

/**
 * Forecast − budget, and that relative to |budget|.
 * @example deviation(810, 800) // { deviation: 10, relative: 0.0125 }
 */
export function deviation(forecastValue: number, budget: number): Deviation {
  const difference = forecastValue - budget;
  return { deviation: difference, relative: budget === 0 ? undefined : difference / Math.abs(budget) };
}
