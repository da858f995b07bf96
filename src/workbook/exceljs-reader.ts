/**
 * The exceljs adapter, reading side: an .xlsx file's bytes into the neutral {@link WorkbookGrid}.
 *
 * exceljs gives dates as UTC Date objects (it has no time zones): they become ISO dates from their
 * UTC parts, which is the date the user typed. Formula cells give their cached result, rich text
 * its plain text, hyperlinks their text.
 */
import type ExcelJS from "exceljs";
import { exceljs } from "./exceljs-module";
import type { CellValue, SheetGrid, WorkbookGrid } from "./grid";

function isoFromUtc(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 16);
}

/** One exceljs cell value as a neutral cell value. */
export function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { date: isoFromUtc(value) };
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    if (typeof result === "object" && result !== null && "error" in result) return { error: String(result.error) };
    return result === undefined ? null : toCellValue(result as ExcelJS.CellValue);
  }
  if ("text" in value) return String((value as { text: unknown }).text);
  return null;
}

function sheetGrid(worksheet: ExcelJS.Worksheet): SheetGrid {
  const rows: CellValue[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      // exceljs gives every cell of a merge its first cell's value; the file holds it once, in the first.
      cells[columnNumber - 1] = cell.isMerged && cell.master !== cell ? null : toCellValue(cell.value);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    // Canonical rows: no trailing empty cells (a formula cell without a result reads as empty).
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    if (cells.length > 0) rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  return { name: worksheet.name, state: worksheet.state ?? "visible", rows };
}

/**
 * Reads an .xlsx file's bytes.
 * @throws Error when the bytes are not a readable .xlsx file (not a zip, corrupt, encrypted).
 */
export async function readWorkbook(bytes: ArrayBuffer | Uint8Array): Promise<WorkbookGrid> {
  const workbook = new (exceljs().Workbook)();
  await workbook.xlsx.load(bytes instanceof Uint8Array ? (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer) : bytes);
  return { sheets: workbook.worksheets.map(sheetGrid) };
}
