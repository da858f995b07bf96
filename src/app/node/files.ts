/**
 * The application layer on Node, its file side: the use cases bound to the file system, for the
 * CLI, the demo and the library. Files are read only as inputs (bounded, regular files only); every output goes through
 * a folder sink that writes atomically, inside the folder asked for, never over an input.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Plan } from "../../core";
import { ConsolidatedPeriodError, readConsolidated } from "../../workbook/collect/read-consolidated";
import { readWorkbookValues } from "../../workbook/xlsx-values-reader";
import { ConsolidatedReadError, readConsolidatedFor, type ConsolidatedData } from "../consolidated";
import { loadPlan, type PlanReading } from "../plan";
import { fileSource } from "../../node/collect";
import { readInput } from "../../node/files";
import { fileInside, type OutputGuard } from "./guard";
import { renderPng } from "../../node/render-png";
import { withShortLivedAllocations } from "../../node/short-lived-allocations";
import { writeAtomically } from "../../node/write-atomically";
import { writeXlsxFile } from "../../node/write-xlsx-file";
import { worthStreaming } from "../../reports/build-reports";
import { fitToExcel, type CutText } from "../../workbook/excel-limits";
import { writeWorkbook } from "../../workbook/exceljs-writer";
import { swedishClock } from "../clock";
import type { Clock, FileSink, MadeFile, UnitSource, WorkbookOut } from "../ports";
import { makeReports, type MadeReportFile, type ReportsRequest } from "../reports";

export { expandInputs, MAX_INPUT_BYTES } from "../../node/files";
export { OutputGuard, OutputRefusedError, type OutputRefusal } from "./guard";

/** The system's clock, in Swedish local time. */
export const systemClock: Clock = swedishClock();

/** Unit sources for files on disk, each shown by its base name and read only when its turn comes. */
export function fileSources(files: readonly string[]): UnitSource[] {
  return files.map(fileSource);
}

/** A text cut to Excel's limit in a file written (see workbook/excel-limits.ts). */
export interface CutInFile extends CutText {
  readonly file: string;
}

/** Writes one made file to `target`: workbooks fitted to Excel's limits, large ones streamed. */
async function writeMadeFile(target: string, file: MadeFile): Promise<readonly CutText[]> {
  if ("bytes" in file) {
    await writeAtomically(target, (temporary) => writeFile(temporary, file.bytes));
    return [];
  }
  const { workbook } = file;
  if (worthStreaming(workbook)) return writeXlsxFile(target, workbook);
  return withShortLivedAllocations(async () => {
    const fitted = fitToExcel(workbook);
    const bytes = await writeWorkbook(fitted.book);
    await writeAtomically(target, (temporary) => writeFile(temporary, bytes));
    return fitted.cut;
  });
}

/** A sink that writes into `folder` (made if needed), refusing with `guard` any file that is an input. */
export function folderSink(folder: string, guard?: OutputGuard, onCut?: (cut: CutInFile) => void): FileSink {
  return {
    write: async (name, file) => {
      const target = fileInside(folder, name);
      await guard?.check(target);
      for (const cut of await writeMadeFile(target, file)) onCut?.({ ...cut, file: name });
    },
  };
}

/** Writes one workbook to `file` (atomically; texts over Excel's limit cut and returned). */
export function writeWorkbookFile(file: string, workbook: WorkbookOut): Promise<CutText[]> {
  return writeXlsxFile(file, workbook);
}

/** Writes finished bytes to `file` atomically. */
export function writeBytesFile(file: string, bytes: Uint8Array | string): Promise<void> {
  return writeAtomically(file, (temporary) => writeFile(temporary, bytes));
}

/** A file's bytes, or undefined when it cannot be opened (the caller says so in its words). */
export async function readBytes(file: string): Promise<Uint8Array | undefined> {
  return readFile(file).catch(() => undefined);
}

/**
 * A workbook's bytes read as an input is (an .xlsx, a regular file, bounded in size), or undefined
 * when there is none or it cannot be: for a log carried over from a file that may not be there.
 */
export async function readWorkbookBytes(file: string): Promise<Uint8Array | undefined> {
  return readInput(file).then((content) => content.bytes, () => undefined);
}

/** A text file's content, or undefined when it cannot be opened. */
export async function readText(file: string): Promise<string | undefined> {
  return readFile(file, "utf8").catch(() => undefined);
}

/** Makes the reports on Node: charts drawn with resvg, V8's pretenuring off while they are made and written (src/node/short-lived-allocations.ts). */
export function makeReportsOnNode(request: Omit<ReportsRequest, "renderChart">, sink: FileSink): Promise<MadeReportFile[]> {
  return withShortLivedAllocations(() => makeReports({ ...request, renderChart: renderPng }, sink));
}

/** Word documents as tagged PDF on Node, through LibreOffice (PdfExportError when it is missing or fails). */
export { docxToPdf as nodePdf, xlsxToPdf as nodeWorkbookPdf, PdfExportError, type PdfFailure } from "../../node/pdf-export";

/** A report written to a folder: which, in which format, its path, and any text cut to Excel's limit. */
export interface WrittenReport extends MadeReportFile {
  readonly path: string;
  readonly cut: readonly CutText[];
}

/** Makes the reports and writes them into `folder` (charts drawn on Node); with `guard`, never over an input. */
export async function writeReports(folder: string, request: Omit<ReportsRequest, "renderChart">, onFile?: (file: WrittenReport) => void, guard?: OutputGuard): Promise<WrittenReport[]> {
  const cuts = new Map<string, CutText[]>();
  const sink = folderSink(folder, guard, (cut) => cuts.set(cut.file, [...(cuts.get(cut.file) ?? []), cut]));
  const written: WrittenReport[] = [];
  await makeReportsOnNode(
    {
      ...request,
      onFile: (made) => {
        const file = { ...made, path: path.join(folder, made.fileName), cut: cuts.get(made.fileName) ?? [] };
        written.push(file);
        onFile?.(file);
      },
    },
    sink,
  );
  return written;
}

/**
 * Reads and checks the plan workbook `file`; its problems name the file by its base name.
 * @throws PlanLoadError for a file that is no workbook, or a template or consolidated workbook.
 */
export async function loadPlanFile(file: string): Promise<PlanReading> {
  return loadPlan(await readFile(file), path.basename(file));
}

/**
 * Reads `period` from a consolidated workbook (the output of `puls collect`), for `plan` when given.
 * @throws ConsolidatedReadError when the workbook is of another period or plan, or cannot be read.
 */
export async function loadConsolidatedFile(file: string, period: string, plan?: Plan): Promise<ConsolidatedData> {
  const bytes = await readFile(file);
  if (plan !== undefined) return readConsolidatedFor(bytes, plan, period).data;
  try {
    return readConsolidated(readWorkbookValues(bytes), period);
  } catch (caught) {
    if (caught instanceof ConsolidatedPeriodError) throw new ConsolidatedReadError({ code: "other-period", found: caught.found, expected: caught.expected });
    throw caught;
  }
}
