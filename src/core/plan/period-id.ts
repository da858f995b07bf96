/**
 * Period ids (docs/workbooks.md §1, the `Perioder` sheet: `2026`, `2026-D`, `2026-T1`, `2026-M03`),
 * also for periods the plan no longer lists: the Utfall sheet carries earlier years' outcomes,
 * whose periods belong to earlier plans. A period id names files and sheets, so only these forms
 * are periods at all.
 */

const PERIOD_ID = /^(\d{4})(?:-(T[1-3]|D|M(?:0[1-9]|1[0-2])))?$/;

/** What kind of stretch of the year a period is. */
export type PeriodKind = "fullYear" | "interim" | "tertial" | "month";

/** A period id read: its year, its kind and (for a tertial or a month) its number. */
export interface PeriodIdParts {
  readonly id: string;
  readonly year: number;
  readonly kind: PeriodKind;
  /** The tertial (1–3) or month (1–12); null for the full year and the interim period. */
  readonly part: number | null;
}

/** A period id read, or undefined when it has none of the forms. */
export function parsePeriodId(text: string): PeriodIdParts | undefined {
  const id = text.trim();
  const match = PERIOD_ID.exec(id);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const suffix = match[2];
  if (suffix === undefined) return { id, year, kind: "fullYear", part: null };
  if (suffix === "D") return { id, year, kind: "interim", part: null };
  return { id, year, kind: suffix.startsWith("T") ? "tertial" : "month", part: Number(suffix.slice(1)) };
}

/** True for a well-formed period id: a year, a tertial (T1–T3), the interim (D) or a month (M01–M12). */
export function isPeriodId(text: string): boolean {
  return parsePeriodId(text) !== undefined;
}

/** Whether a period id belongs to `year` ("2026", "2026-D", "2026-T1" to 2026). */
export function isPeriodOfYear(period: string, year: number): boolean {
  return period === String(year) || period.startsWith(`${year}-`);
}
