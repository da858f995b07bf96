/**
 * Writing a workbook to a file with exceljs's streaming writer (Node only): rows go to disk as
 * they are written, so a consolidated workbook of 100,000 rows needs little memory. Written to a
 * temporary name in the same folder and renamed, so a reader never sees half a file.
 */
import ExcelJS from "exceljs";
import { addWorksheet, fillWorksheet } from "../workbook/exceljs-writer";
import { fitToExcel, type CutText } from "../workbook/excel-limits";
import type { WorkbookOut } from "../workbook/output";
import { writeAtomically } from "./write-atomically";

/** Writes `book` to `file`; returns the texts cut to Excel's limit (see excel-limits.ts), for a warning. */
export async function writeXlsxFile(file: string, whole: WorkbookOut): Promise<CutText[]> {
  const { book, cut } = fitToExcel(whole);
  await writeAtomically(file, async (temporary) => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temporary, useStyles: true, useSharedStrings: true });
    workbook.creator = "Puls";
    if (book.calculateOnOpen === true) workbook.calcProperties = { fullCalcOnLoad: true };
    for (const sheet of book.sheets) {
      const worksheet = addWorksheet(workbook, sheet);
      fillWorksheet(worksheet, sheet, { streaming: true });
      worksheet.commit();
    }
    await workbook.commit();
  });
  return cut;
}
