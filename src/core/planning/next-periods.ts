/**
 * Next year's periods in the pattern of this year's: the same tertials, interim and full year (or
 * months), with their names and dates moved to the new year.
 */
import type { Period } from "../plan/model";
import { isPeriodOfYear } from "../plan/period-id";

/** An ISO date moved by `years` (29 February becomes 28 February in a year that has none). */
export function shiftDate(iso: string, years: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (match === null) return iso;
  const year = Number(match[1]) + years;
  const month = match[2] ?? "01";
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = month === "02" && match[3] === "29" && !leap ? "28" : (match[3] ?? "01");
  return `${year}-${month}-${day}`;
}

/** The periods of `year` made from the periods of `from` (ids, names and dates moved), in the same order. */
export function periodsMovedToYear(periods: readonly Period[], from: number, year: number): Period[] {
  const years = year - from;
  return periods
    .filter((period) => isPeriodOfYear(period.id, from))
    .map((period) => ({
      ...period,
      id: `${year}${period.id.slice(String(from).length)}`,
      name: period.name.split(String(from)).join(String(year)),
      from: shiftDate(period.from, years),
      to: shiftDate(period.to, years),
      at: { sheet: "Perioder" },
    }));
}

/** The period that ends first (the first one units report in a new year); ties go to the shorter one. */
export function firstToEnd(periods: readonly Period[]): Period | undefined {
  return [...periods].sort((a, b) => a.to.localeCompare(b.to) || b.from.localeCompare(a.from))[0];
}
