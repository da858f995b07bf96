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

export interface FilledCell {
  readonly row: number;
  readonly column: number;
  /** ARGB, as the workbook port gives it. */
  readonly fill: string;
}

export interface SheetCells {
  /** Zero-based row of the first data row (after the header, when there is one). */
  readonly firstDataRow: number;
  readonly hasHeader: boolean;
  /** Zero-based row of the header (after the title block, when there is one). */
  readonly headerRow: number;
  readonly filled: readonly FilledCell[];
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

function formatOf(value: CellValue, wanted: string | undefined, ownFormat: boolean): string | null {
  if (typeof value === "string") return TEXT_FORMAT;
  if (isDateValue(value)) return DATE_FORMAT;
  // An empty cell given its own format keeps it, for what is typed there later (85 in a % cell).
  return typeof value === "number" || (value === null && ownFormat) ? (wanted ?? null) : null;
}

/** The matrices of a sheet: the title block from row 0, then the header row (when the columns have headers), then the rows. */
export function sheetCells(sheet: SheetOut): SheetCells {
  // A loop, not Math.max(...rows): spreading 100,000 rows into one call's arguments overflows the stack.
  const width = sheet.rows.reduce((widest, row) => Math.max(widest, row.length), Math.max(sheet.columns.length, 1));
  const hasHeader = !sheet.columns.every((column) => column.header === "");
  const values: (string | number | boolean)[][] = [];
  const numberFormat: (string | null)[][] = [];
  const formulas: FormulaCell[] = [];
  const styled: StyledCell[] = [];
  const unlocked: { row: number; column: number }[] = [];
  const filled: FilledCell[] = [];
  const push = (row: readonly CellOut[]) => {
    const rowIndex = values.length;
    values.push(
      Array.from({ length: width }, (_, c) => {
        const cell: CellOut = row[c] ?? null;
        if (!isFormattedCell(cell)) return excelValue(cell);
        if (cell.formula !== undefined) formulas.push({ row: rowIndex, column: c, formula: `=${cell.formula}` });
        if (cell.style !== undefined) styled.push({ row: rowIndex, column: c, style: cell.style });
        if (cell.unlocked === true) unlocked.push({ row: rowIndex, column: c });
        if (cell.fill !== undefined) filled.push({ row: rowIndex, column: c, fill: cell.fill });
        return excelValue(cell.value);
      }),
    );
    numberFormat.push(
      Array.from({ length: width }, (_, c) => {
        const cell: CellOut = row[c] ?? null;
        const value = isFormattedCell(cell) ? cell.value : cell;
        const own = isFormattedCell(cell) ? cell.numFmt : undefined;
        return formatOf(value, own ?? sheet.columns[c]?.numFmt, own !== undefined);
      }),
    );
  };
  for (const row of sheet.intro ?? []) push(row);
  const headerRow = values.length;
  if (hasHeader) {
    values.push(Array.from({ length: width }, (_, c) => sheet.columns[c]?.header ?? ""));
    numberFormat.push(Array.from({ length: width }, () => TEXT_FORMAT));
  }
  const firstDataRow = values.length;
  for (const row of sheet.rows) push(row);
  return { firstDataRow, hasHeader, headerRow, filled, values, numberFormat, formulas, styled, unlocked };
}
