/**
 * Period ids (product.md: `2026-T1`, `2026-D`, `2026`), also for periods the plan no longer lists:
 * the Utfall sheet carries earlier years' outcomes, whose periods belong to earlier plans.
 */

const PERIOD_ID = /^(\d{4})(?:-(T[1-3]|D|M(?:0[1-9]|1[0-2])))?$/;

/** True for a well-formed period id: a year, a tertial (T1–T3), the interim (D) or a month (M01–M12). */
export function isPeriodId(text: string): boolean {
  return PERIOD_ID.test(text.trim());
}

/** Whether a period id belongs to `year` ("2026", "2026-D", "2026-T1" to 2026). */
export function isPeriodOfYear(period: string, year: number): boolean {
  return period === String(year) || period.startsWith(`${year}-`);
}
