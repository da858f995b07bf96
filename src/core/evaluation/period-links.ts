/**
 * Which earlier period an outcome is compared with. Puls compares with the same period last year
 * (2026-D with 2025-D, 2026 with 2025, 2026-T1 with 2025-T1): delår and tertial outcomes are
 * cumulative from January, so only the same stretch of last year is comparable. Relative targets
 * (docs/rules.md §3b: "the same period last year") use the same link, and reports look further back
 * the same way ({@link comparablePeriods}): a part of a year is never compared with a whole year.
 */
import { parsePeriodId } from "../plan/period-id";

const PERIOD_ID = /^(\d{4})(.*)$/;

/** The same period `years` years earlier, or undefined for an id that does not start with a year. */
export function samePeriodYearsEarlier(period: string, years: number): string | undefined {
  const match = PERIOD_ID.exec(period.trim());
  if (match === null) return undefined;
  return `${Number(match[1]) - years}${match[2] ?? ""}`;
}

/** The same period one year earlier, or undefined for an id that does not start with a year. */
export function samePeriodLastYear(period: string): string | undefined {
  return samePeriodYearsEarlier(period, 1);
}

/**
 * The comparable earlier periods of `period`: the same period in each of the `years` years before
 * it, oldest first, kept to those `recorded` accepts (in a follow-up: those with outcomes). An
 * interim period gives earlier interim periods (2026-D → 2023-D, 2024-D, 2025-D), a tertial the
 * same tertial, a month the same month, and only a full year gives full years. Empty for an id
 * that does not start with a year, or when no earlier period is recorded.
 * @example comparablePeriods("2026-D", 3) // ["2023-D", "2024-D", "2025-D"]
 */
export function comparablePeriods(period: string, years: number, recorded: (earlier: string) => boolean = () => true): string[] {
  const periods: string[] = [];
  for (let back = years; back >= 1; back--) {
    const earlier = samePeriodYearsEarlier(period, back);
    if (earlier !== undefined && recorded(earlier)) periods.push(earlier);
  }
  return periods;
}

/**
 * The full year that a part of a year may be shown beside, as a reference and labelled so (never
 * as a point of its history): the last full year before it ("2026-D" → "2025"). Undefined for a
 * full year, which has its own history, and for an id that is not a period.
 */
export function fullYearReference(period: string): string | undefined {
  const parts = parsePeriodId(period);
  return parts === undefined || parts.kind === "fullYear" ? undefined : String(parts.year - 1);
}
