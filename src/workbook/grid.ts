/**
 * The workbook port: a workbook as plain values, independent of the library that read it.
 * The exceljs adapter fills it; the readers of the formats (plan, unit template, …) only see this.
 */

/** A date cell, as an ISO date ("2026-08-31") or date-time when it has a time of day. */
export interface DateValue {
  readonly date: string;
}

/** An Excel error value in a cell (`#N/A`, `#DIV/0!`, …). */
export interface ErrorCell {
  readonly error: string;
}

/** What a cell holds, as read. A formula cell holds its last calculated result. */
export type CellValue = number | string | boolean | null | DateValue | ErrorCell;

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetGrid {
  readonly name: string;
  readonly state: SheetState;
  /** rows[r][c], 0-based; rows and cells past the end are empty. Rows have no trailing empty cells. */
  readonly rows: readonly (readonly CellValue[])[];
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
}

/** The letters of a 0-based column: 0 → A, 26 → AA. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return letters;
}

/** The 0-based column of its letters: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** The A1 reference of a 0-based row and column. */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

export function isDateValue(value: CellValue): value is DateValue {
  return typeof value === "object" && value !== null && "date" in value;
}

export function isErrorCell(value: CellValue): value is ErrorCell {
  return typeof value === "object" && value !== null && "error" in value;
}

/** A cell as text for messages and for text columns: trimmed; numbers as written; empty for blank. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return isDateValue(value) ? value.date : value.error;
}
