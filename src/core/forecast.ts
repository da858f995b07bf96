/**
 * Full-year forecast (*prognos helår*) and budget deviation (*avvikelse*, docs/rules.md §9).
 */
import type { Direction } from "./direction";
import { RuleError } from "./errors";
import { unitKind } from "./unit-kind";
import { normaliseWord } from "./words";

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
 * The deviation from budget with one sign everywhere: **+ is better than budget**, − worse. For
 * an income or a result (higher is better) that is forecast − budget; for a cost (lower is better)
 * budget − forecast: a cost forecast below its budget is a positive deviation. Relative to |budget|.
 * @example deviation(810, 800) // { deviation: 10, relative: 0.0125 }
 * @example deviation(810, 800, "lower") // { deviation: -10, relative: -0.0125 }
 */
export function deviation(forecastValue: number, budget: number, direction: Direction = "higher"): Deviation {
  const difference = direction === "lower" ? budget - forecastValue : forecastValue - budget;
  return { deviation: difference, relative: budget === 0 ? undefined : difference / Math.abs(budget) };
}

/**
 * How an amount accumulated from January is spread over the year (column *Säsongsprofil* of
 * Nyckeltal, docs/rules.md §9): even, the investment profile, or twelve monthly shares of its own.
 */
export type SeasonalProfile = { readonly kind: "even" } | { readonly kind: "investments" } | { readonly kind: "monthly"; readonly months: readonly number[] };

/**
 * The investment profile (*Investeringar*), in per cent of the year per month, January first:
 * investments fall late in the year (projects start in spring, are invoiced in autumn and at the
 * year's end). Cumulative: 3, 7, 13, 20, 28, 37, 42, 49, 59, 70, 83, 100 — by August 49 %.
 */
export const INVESTMENT_PROFILE: readonly number[] = [3, 4, 6, 7, 8, 9, 5, 7, 10, 11, 13, 17];

/** The profile's twelve monthly values, or undefined for an even year. */
export function profileMonths(profile: SeasonalProfile | undefined): readonly number[] | undefined {
  if (profile === undefined || profile.kind === "even") return undefined;
  return profile.kind === "investments" ? INVESTMENT_PROFILE : profile.months;
}

/** The words of the column *Säsongsprofil*, Swedish first. */
export const SEASONAL_PROFILE_WORDS: Readonly<Record<"even" | "investments", readonly string[]>> = {
  even: ["Jämn", "Even"],
  investments: ["Investeringar", "Investments"],
};

/**
 * A *Säsongsprofil* as written: blank or *Jämn* (even), *Investeringar*, or twelve monthly values
 * (shares or amounts, separated by semicolons or spaces: "5;5;8;…").
 * @throws RuleError `invalid-parameter` for any other text, or numbers that are not twelve non-negative values with a positive total.
 */
export function parseSeasonalProfile(text: string): SeasonalProfile {
  const word = normaliseWord(text);
  if (word === "" || SEASONAL_PROFILE_WORDS.even.some((w) => normaliseWord(w) === word)) return { kind: "even" };
  if (SEASONAL_PROFILE_WORDS.investments.some((w) => normaliseWord(w) === word)) return { kind: "investments" };
  const parts = text.split(/[;\s]+/).filter((part) => part !== "");
  const months = parts.map((part) => Number(part.replace(",", ".").replace(/%$/, "")));
  if (months.length !== 12 || months.some((month) => !Number.isFinite(month) || month < 0) || months.reduce((a, b) => a + b, 0) <= 0) {
    throw new RuleError("invalid-parameter", `A seasonal profile is Jämn, Investeringar or twelve monthly values, not "${text}"`, text);
  }
  return { kind: "monthly", months };
}

/** A *Säsongsprofil* as the plan writes it: the word, or the twelve values separated by semicolons. */
export function seasonalProfileText(profile: SeasonalProfile | undefined): string | null {
  if (profile === undefined || profile.kind === "even") return null;
  return profile.kind === "investments" ? (SEASONAL_PROFILE_WORDS.investments[0] as string) : profile.months.join(";");
}

/** The full-year forecast of an amount from its outcome so far, by its seasonal profile (linear when even). */
export function profileForecast(ytd: number, monthsElapsed: number, profile: SeasonalProfile | undefined): number {
  return forecast(ytd, monthsElapsed, profileMonths(profile));
}

/**
 * Whether an indicator is an amount that gets a full-year forecast: its unit is an amount of money
 * (tkr, kr, mnkr) or it has a budget in the plan.
 */
export function isAmountIndicator(indicator: { readonly id: string; readonly unit: string }, targets: readonly { readonly indicator: string; readonly budget: number | null }[]): boolean {
  return unitKind(indicator.unit) === "amount" || targets.some((target) => target.indicator === indicator.id && target.budget !== null);
}
