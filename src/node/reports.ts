/**
 * Writing a period's reports to a folder: each file written atomically as soon as it is made, the
 * folder made if needed; large workbooks streamed. Returns the paths written.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { forEachReport, worthStreaming, type ReportFile, type ReportRequest } from "../reports/build-reports";
import { fitToExcel, type CutText } from "../workbook/excel-limits";
import { writeWorkbook } from "../workbook/exceljs-writer";
import { writeXlsxFile } from "./write-xlsx-file";
import { fileInside, type OutputGuard } from "./output-guard";
import { writeAtomically } from "./write-atomically";
import { renderPng } from "./render-png";

export interface WrittenReport extends Omit<ReportFile, "bytes"> {
  readonly path: string;
  /** Texts cut to Excel's limit in a workbook report (see workbook/excel-limits.ts). */
  readonly cut: readonly CutText[];
}

/** Writes the reports into `folder`; with a `guard`, a report that would replace an input is refused first. */
export async function writeReports(folder: string, request: Omit<ReportRequest, "renderChart">, onFile?: (file: WrittenReport) => void, guard?: OutputGuard): Promise<WrittenReport[]> {
  await mkdir(folder, { recursive: true });
  const written: WrittenReport[] = [];
  // Each file is written as soon as it is made; only its name is kept.
  await forEachReport({ ...request, renderChart: renderPng }, async (file) => {
    const target = fileInside(folder, file.fileName);
    await guard?.check(target);
    let cut: readonly CutText[] = [];
    if ("bytes" in file) await writeAtomically(target, (temporary) => writeFile(temporary, file.bytes));
    else if (worthStreaming(file.workbook)) cut = await writeXlsxFile(target, file.workbook);
    else {
      const fitted = fitToExcel(file.workbook);
      cut = fitted.cut;
      const bytes = await writeWorkbook(fitted.book);
      await writeAtomically(target, (temporary) => writeFile(temporary, bytes));
    }
    const done: WrittenReport = { kind: file.kind, format: file.format, fileName: file.fileName, path: target, cut };
    written.push(done);
    onFile?.(done);
  });
  return written;
}
