/**
 * Writing a workbook to a file with exceljs's streaming writer (Node only): rows go to disk as
 * they are written, paced to the compressor (streamed-sheet-pace.ts), so a consolidated workbook
 * of 100,000 rows needs little memory. Written to a temporary name in the same folder and renamed,
 * so a reader never sees half a file.
 */
import type ExcelJS from "exceljs";
import { addWorksheet, startWorksheet } from "../workbook/exceljs-writer";
import { fitToExcel, type CutText } from "../workbook/excel-limits";
import type { WorkbookOut } from "../workbook/output";
import { withShortLivedAllocations } from "./short-lived-allocations";
import { compressorCaughtUp, ROWS_PER_LOOK } from "./streamed-sheet-pace";
import { writeAtomically } from "./write-atomically";

type StreamingWriter = typeof ExcelJS.stream.xlsx.WorkbookWriter;

/**
 * exceljs's streaming writer alone, loaded on first use: the package's entry loads its reader,
 * CSV and in-memory model too, some 0.3 s at every start of a process that writes one file.
 */
function streamingWriter(): StreamingWriter {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a deep, lazy require: exceljs has no entry for the writer alone
  return require("exceljs/lib/stream/xlsx/workbook-writer") as StreamingWriter;
}

/** Writes `book` to `file`; returns the texts cut to Excel's limit (see excel-limits.ts), for a warning. */
export function writeXlsxFile(file: string, whole: WorkbookOut): Promise<CutText[]> {
  return withShortLivedAllocations(() => streamed(file, whole));
}

async function streamed(file: string, whole: WorkbookOut): Promise<CutText[]> {
  const { book, cut } = fitToExcel(whole);
  await writeAtomically(file, async (temporary) => {
    const WorkbookWriter = streamingWriter();
    const workbook = new WorkbookWriter({ filename: temporary, useStyles: true, useSharedStrings: true });
    workbook.creator = "Puls";
    if (book.calculateOnOpen === true) workbook.calcProperties = { fullCalcOnLoad: true };
    for (const sheet of book.sheets) {
      const worksheet = addWorksheet(workbook, sheet);
      const write = startWorksheet(worksheet, sheet, { streaming: true });
      for (const [index, row] of sheet.rows.entries()) {
        write(row, index);
        if (index % ROWS_PER_LOOK === ROWS_PER_LOOK - 1) await compressorCaughtUp(worksheet);
      }
      worksheet.commit();
    }
    await workbook.commit();
  });
  return cut;
}
