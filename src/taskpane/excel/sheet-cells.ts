/**
 * A sheet to write as the matrices Office.js takes: values, number formats and formulas, with
 * `null` where a cell keeps Excel's default. Pure, so it is tested without Excel.
 *
 * Text is written under the text format "@": Excel then stores it as typed, so workbook text that
 * looks like a formula, a number or a date stays text (never evaluated).
 */
import { isoToSerial } from "../../workbook/excel-dates";
import { isDateValue, isErrorCell, type CellValue } from "../../workbook/grid";
import { isFormattedCell, type CellOut, type CellStyle, type SheetOut } from "../../workbook/output";

export const TEXT_FORMAT = "@";
export const DATE_FORMAT = "yyyy-mm-dd";

export interface StyledCell {
  readonly row: number;
  readonly column: number;
  readonly style: CellStyle;
}

export interface FormulaCell {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

export interface SheetCells {
  /** Zero-based row of the first data row (after the header, when there is one). */
  readonly firstDataRow: number;
  readonly hasHeader: boolean;
  readonly values: (string | number | boolean)[][];
  readonly numberFormat: (string | null)[][];
  readonly formulas: readonly FormulaCell[];
  readonly styled: readonly StyledCell[];
  readonly unlocked: readonly { readonly row: number; readonly column: number }[];
}

function excelValue(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (isDateValue(value)) return isoToSerial(value.date);
  if (isErrorCell(value)) return "";
  return value;
}

function formatOf(value: CellValue, wanted: string | undefined): string | null {
  if (typeof value === "string") return TEXT_FORMAT;
  if (isDateValue(value)) return DATE_FORMAT;
  return typeof value === "number" ? (wanted ?? null) : null;
}

/** The matrices of a sheet; the header row (when the columns have headers) is row 0. */
export function sheetCells(sheet: SheetOut): SheetCells {
  const width = Math.max(sheet.columns.length, ...sheet.rows.map((row) => row.length), 1);
  const hasHeader = !sheet.columns.every((column) => column.header === "");
  const values: (string | number | boolean)[][] = [];
  const numberFormat: (string | null)[][] = [];
  if (hasHeader) {
    values.push(Array.from({ length: width }, (_, c) => sheet.columns[c]?.header ?? ""));
    numberFormat.push(Array.from({ length: width }, () => TEXT_FORMAT));
  }
  const firstDataRow = values.length;
  const formulas: FormulaCell[] = [];
  const styled: StyledCell[] = [];
  const unlocked: { row: number; column: number }[] = [];
  sheet.rows.forEach((row, r) => {
    const rowIndex = firstDataRow + r;
    values.push(
      Array.from({ length: width }, (_, c) => {
        const cell: CellOut = row[c] ?? null;
        if (!isFormattedCell(cell)) return excelValue(cell);
        if (cell.formula !== undefined) formulas.push({ row: rowIndex, column: c, formula: `=${cell.formula}` });
        if (cell.style !== undefined) styled.push({ row: rowIndex, column: c, style: cell.style });
        if (cell.unlocked === true) unlocked.push({ row: rowIndex, column: c });
        return excelValue(cell.value);
      }),
    );
    numberFormat.push(
      Array.from({ length: width }, (_, c) => {
        const cell: CellOut = row[c] ?? null;
        const value = isFormattedCell(cell) ? cell.value : cell;
        return formatOf(value, (isFormattedCell(cell) ? cell.numFmt : undefined) ?? sheet.columns[c]?.numFmt);
      }),
    );
  });
  return { firstDataRow, hasHeader, values, numberFormat, formulas, styled, unlocked };
}
