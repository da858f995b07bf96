/**
 * Writing a workbook to a file with exceljs's streaming writer (Node only): rows go to disk as
 * they are written, so a consolidated workbook of 100,000 rows needs little memory. Written to a
 * temporary name in the same folder and renamed, so a reader never sees half a file.
 */
import { randomBytes } from "node:crypto";
import { rename, unlink } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { addWorksheet, fillWorksheet } from "../workbook/exceljs-writer";
import type { WorkbookOut } from "../workbook/output";

export async function writeXlsxFile(file: string, book: WorkbookOut): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temporary, useStyles: true, useSharedStrings: true });
    workbook.creator = "Puls";
    if (book.calculateOnOpen === true) workbook.calcProperties = { fullCalcOnLoad: true };
    for (const sheet of book.sheets) {
      const worksheet = addWorksheet(workbook, sheet);
      fillWorksheet(worksheet, sheet, true);
      worksheet.commit();
    }
    await workbook.commit();
    await rename(temporary, file);
  } catch (caught) {
    await unlink(temporary).catch(() => undefined);
    throw caught;
  }
}
