/**
 * The exceljs adapter, writing side: a {@link WorkbookOut} into .xlsx bytes.
 *
 * Dates are written as UTC midnight of their ISO date, which exceljs stores as that date
 * (a local-midnight Date would land on the previous day in Sweden).
 */
import ExcelJS from "exceljs";
import { isDateValue, isErrorCell, type CellValue } from "./grid";
import { isFormattedCell, type SheetOut, type WorkbookOut } from "./output";

/** A neutral cell value as what exceljs writes; text stays text, whatever its first character. */
export function toExcelValue(value: CellValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (isErrorCell(value)) return { error: value.error as ExcelJS.CellErrorValue["error"] };
  if (isDateValue(value)) {
    const [year, month, day] = value.date.slice(0, 10).split("-").map(Number);
    return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  }
  return null;
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCE6F2" } };

function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetOut): void {
  const worksheet = workbook.addWorksheet(sheet.name, { state: sheet.state ?? "visible" });
  worksheet.columns = sheet.columns.map((column) => ({ header: column.header, width: column.width ?? Math.max(10, column.header.length + 2) }));
  const header = worksheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  sheet.rows.forEach((row, r) => {
    const excelRow = worksheet.getRow(r + 2);
    row.forEach((cell, c) => {
      const target = excelRow.getCell(c + 1);
      const value = isFormattedCell(cell) ? cell.value : cell;
      target.value = toExcelValue(value);
      const numFmt = (isFormattedCell(cell) ? cell.numFmt : undefined) ?? sheet.columns[c]?.numFmt;
      if (numFmt !== undefined && typeof value === "number") target.numFmt = numFmt;
      if (isDateValue(value)) target.numFmt = "yyyy-mm-dd";
    });
  });
  if (sheet.headerTools !== false && sheet.columns.length > 0) {
    worksheet.views = [{ state: "frozen", ySplit: 1 }];
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rows.length + 1), column: sheet.columns.length } };
  }
}

/** Builds the exceljs workbook (for adapters that add what the neutral model lacks). */
export function toExcelWorkbook(book: WorkbookOut): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Puls";
  for (const sheet of book.sheets) writeSheet(workbook, sheet);
  return workbook;
}

/** The .xlsx bytes of a workbook. */
export async function writeWorkbook(book: WorkbookOut): Promise<Uint8Array> {
  return new Uint8Array(await toExcelWorkbook(book).xlsx.writeBuffer());
}
