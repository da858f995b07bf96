/**
 * Use case: make the reports of a period, from whatever holds its outcomes (the plan's own Utfall
 * sheet, a collection just made, a consolidated workbook read back), each file to a sink as soon
 * as it is made. One way to build the report input for every entry point.
 */
import { planOnlyInput, reportInputOf, type CollectedPeriod, type Language, type Plan, type ReportInput } from "../core";
import { buildReports, forEachReport, type ReportFile, type ReportFormat, type ReportRequest } from "../reports/build-reports";
import type { WorkbookOut } from "./ports";
import type { ReportKind } from "../reports/texts";
import { reportInputOfConsolidated, type ConsolidatedData } from "../workbook/collect/read-consolidated";
import type { ChartRenderer, FileSink } from "./ports";

export { REPORT_KINDS, FORMATS_OF, reportFileName, type ReportFormat } from "../reports/build-reports";
export type { ReportKind } from "../reports/texts";
export type { ReportFile } from "../reports/build-reports";
export { formatPercent } from "../reports/format";

/** Where a period's outcomes come from. */
export type OutcomeSource = { readonly kind: "plan" } | { readonly kind: "collected"; readonly collected: CollectedPeriod } | { readonly kind: "consolidated"; readonly data: ConsolidatedData };

/** What the reports of `period` are made from. */
export function reportInput(plan: Plan, period: string, source: OutcomeSource): ReportInput {
  switch (source.kind) {
    case "plan":
      return planOnlyInput(plan, period);
    case "collected":
      return reportInputOf(plan, source.collected);
    case "consolidated":
      return reportInputOfConsolidated(plan, period, source.data);
  }
}

/** Which reports to make, from what, and in which language (the reports' own request), told of each file made. */
export interface ReportsRequest extends ReportRequest {
  readonly onFile?: (made: MadeReportFile) => void;
}

/** A report file made and written: which report, in which format, under which name. */
export interface MadeReportFile {
  readonly kind: ReportKind;
  readonly format: ReportFormat;
  readonly fileName: string;
}

/** Makes the reports, writing each to `sink` as soon as it is made (only its name is kept). */
export async function makeReports(request: ReportsRequest, sink: FileSink): Promise<MadeReportFile[]> {
  const made: MadeReportFile[] = [];
  await forEachReport(request, async (file) => {
    await sink.write(file.fileName, "bytes" in file ? { bytes: file.bytes } : { workbook: file.workbook });
    const done = { kind: file.kind, format: file.format, fileName: file.fileName };
    made.push(done);
    request.onFile?.(done);
  });
  return made;
}

/** One report's files in memory (the workbook, and the Word document where the report has one). */
export function reportFiles(input: ReportInput, kind: ReportKind, formats: readonly ReportFormat[], language: Language, renderChart: ChartRenderer): Promise<ReportFile[]> {
  return buildReports({ input, kinds: [kind], formats, language, renderChart });
}

/** One report's workbook as sheets, for a host that writes them itself (Excel's own objects). */
export async function reportWorkbookOf(input: ReportInput, kind: ReportKind, language: Language, renderChart: ChartRenderer): Promise<WorkbookOut> {
  let book: WorkbookOut | null = null;
  await forEachReport({ input, kinds: [kind], formats: ["xlsx"], language, renderChart }, (made) => {
    if ("workbook" in made) book = made.workbook;
    return Promise.resolve();
  });
  if (book === null) throw new Error(`No workbook for ${kind}`);
  return book;
}
