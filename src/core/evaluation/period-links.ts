/**
 * Which earlier period an outcome is compared with. Puls compares with the same period last year
 * (2026-D with 2025-D, 2026 with 2025, 2026-T1 with 2025-T1): delår and tertial outcomes are
 * cumulative from January, so only the same stretch of last year is comparable. Relative targets
 * (docs/rules.md §3b: "the same period last year") use the same link, and reports look further back
 * the same way.
 */
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
