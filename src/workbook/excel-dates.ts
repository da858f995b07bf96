/**
 * Excel's dates: a serial number of days shown through a date number format. Shared by the .xlsx
 * values reader and the Office.js adapter, which both see serials and formats.
 */

/** Whether a number format shows a date or time: d, m, y, h or s outside quoted text and [colours]. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "");
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/**
 * An Excel date serial as an ISO date, or date-time when it has a time of day (as the exceljs
 * adapter gives it). `date1904`: the workbook counts days from 1904 (old Mac Excel), not 1900.
 */
export function serialToIso(serial: number, { date1904 }: { readonly date1904: boolean }): string {
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const iso = new Date(Math.round(base + serial * 86_400_000)).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 16);
}


/** The Excel date serial (1900 system) of an ISO date or date-time, read as the wall-clock date it names. */
export function isoToSerial(iso: string): number {
  const [date = "", time = "00:00"] = iso.split("T");
  const [year = 1900, month = 1, day = 1] = date.split("-").map(Number);
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return (Date.UTC(year, month - 1, day, hours, minutes) - Date.UTC(1899, 11, 30)) / 86_400_000;
}
