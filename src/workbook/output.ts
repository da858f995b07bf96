/**
 * The workbook port, writing side: a workbook to write, as plain values and formats. The exceljs
 * adapter turns it into an .xlsx file. Text is always written as text (never as a formula), and a
 * number that is not finite is written as an empty cell (exceljs would write invalid XML).
 */
import type { CellValue, SheetState } from "./grid";

export interface ColumnOut {
  readonly header: string;
  readonly width?: number;
  /** Excel number format for the column's data cells, e.g. "0.0%" or "# ##0". */
  readonly numFmt?: string;
}

/** A cell with its own format, overriding the column's. */
export interface FormattedCell {
  readonly value: CellValue;
  readonly numFmt?: string;
}

export type CellOut = CellValue | FormattedCell;

export interface SheetOut {
  readonly name: string;
  readonly state?: SheetState;
  readonly columns: readonly ColumnOut[];
  readonly rows: readonly (readonly CellOut[])[];
  /** Freeze the header row and add filter buttons to it (default true). */
  readonly headerTools?: boolean;
}

export interface WorkbookOut {
  readonly sheets: readonly SheetOut[];
}

export function isFormattedCell(cell: CellOut): cell is FormattedCell {
  return typeof cell === "object" && cell !== null && "value" in cell;
}
