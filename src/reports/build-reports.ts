/**
 * Making the reports of one period: the models from the core, then each report's workbook and
 * (for the political analysis and the annual/interim report) its Word document, with the charts
 * rendered once and shared by both. No file system here: the caller writes the bytes.
 */
import { safeFileName } from "../workbook/file-name";
import type { Document } from "docx";
import type * as WordModule from "./docx/word-documents";
import { FollowUp, annualReport, operationalReport, politicalAnalysis, type AnnualReport, type Language, type ReportInput } from "../core";
import { writeWorkbook } from "../workbook/exceljs-writer";
import type { WorkbookOut } from "../workbook/output";
import { renderChart, type RenderedChart } from "./charts/rendered";
import { keyIndicatorCharts, overviewChart } from "./charts/report-charts";
import type { ChartRenderer } from "./charts/svg";
import { REPORT_TEXTS, type Draft, type FirstPageLines, type ReportKind } from "./texts";
import { draftWorkbook, withFirstPageLines } from "./xlsx/sheets";
import { annualWorkbook, type AnnualCharts } from "./xlsx/annual-workbook";
import { operationalWorkbook } from "./xlsx/operational-workbook";
import { politicalWorkbook } from "./xlsx/political-workbook";

export type ReportFormat = "xlsx" | "docx" | "pdf";

/** The Word documents and docx, loaded with the first document (see word-documents.ts); in the pane's bundle, not a chunk of its own. */
const wordDocuments = (): Promise<WordDocuments> => import(/* webpackMode: "eager" */ "./docx/word-documents");
type WordDocuments = typeof WordModule;

/** Turns a Word document into tagged PDF (in Node: LibreOffice, src/node/pdf-export.ts). */
export type PdfConverter = (docx: Uint8Array, fileName: string) => Promise<Uint8Array>;

export { REPORT_KINDS } from "./texts";

/** Which formats each report comes in (docs/reports.md): the operational report is a workbook only. */
export const FORMATS_OF: Readonly<Record<ReportKind, readonly ReportFormat[]>> = {
  operational: ["xlsx"],
  political: ["xlsx", "docx", "pdf"],
  annual: ["xlsx", "docx", "pdf"],
  interim: ["xlsx", "docx", "pdf"],
};

export interface ReportFile {
  readonly kind: ReportKind;
  readonly format: ReportFormat;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** A report as made: a Word document's bytes, or a workbook still to be written (so a large one can be streamed). */
export type MadeReport = Omit<ReportFile, "bytes"> & ({ readonly bytes: Uint8Array } | { readonly workbook: WorkbookOut });

/**
 * Workbooks with more rows than this are worth streaming (exceljs's streaming writer, in Node):
 * it then writes filtered ranges instead of Excel tables, and no pictures, which it cannot write.
 */
export const STREAMING_ROWS = 10_000;

/** Whether a workbook should be streamed: large, and without pictures. */
export function worthStreaming(book: WorkbookOut): boolean {
  const rows = book.sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0);
  return rows > STREAMING_ROWS && book.sheets.every((sheet) => (sheet.images ?? []).length === 0);
}

export interface ReportRequest {
  readonly input: ReportInput;
  /** The follow-up of `input`, when the caller has made it already (to decide which reports the period allows). */
  readonly followUp?: FollowUp;
  /** The reports to write as drafts, by kind; the others are written as final. */
  readonly drafts?: Readonly<Partial<Record<ReportKind, Draft>>>;
  /** What each report says on its first page of where it came from and its sign-off (src/app/report-log.ts). */
  readonly firstPage?: FirstPageLines;
  readonly kinds: readonly ReportKind[];
  readonly formats: readonly ReportFormat[];
  readonly language: Language;
  readonly renderChart: ChartRenderer;
  /** For the format `pdf`: how a Word document becomes PDF. Without it, `pdf` cannot be asked for. */
  readonly toPdf?: PdfConverter;
}

/** A report's file name: "Delårsrapport 2026-D.docx". */
export function reportFileName(kind: ReportKind, period: string, format: ReportFormat, language: Language): string {
  return safeFileName(`${REPORT_TEXTS[language].fileNames[kind]} ${period}`, format);
}

async function annualCharts(report: AnnualReport, render: ChartRenderer, language: Language): Promise<AnnualCharts> {
  const keyIndicators = new Map<string, readonly RenderedChart[]>();
  for (const { goals } of report.areas) {
    for (const goal of goals) {
      const rendered: RenderedChart[] = [];
      for (const chart of keyIndicatorCharts(goal.keyIndicators, language)) rendered.push(await renderChart(chart, render));
      keyIndicators.set(goal.goal.id, rendered);
    }
  }
  return { overview: await renderChart(overviewChart(report, language), render), keyIndicators };
}

/**
 * Makes the requested reports one file at a time, handing each to `consume` (which may write it)
 * before the next is made, so only one report's bytes are held at a time.
 */
export async function forEachReport(request: ReportRequest, consume: (file: MadeReport) => Promise<void>): Promise<void> {
  const { input, language } = request;
  const followUp = request.followUp ?? new FollowUp(input);
  // The annual and the interim report share most of their charts: each picture is rendered once.
  const rendered = new Map<string, Uint8Array>();
  const render: ChartRenderer = async (chart) => {
    let png = rendered.get(chart.svg);
    if (png === undefined) {
      png = await request.renderChart(chart);
      rendered.set(chart.svg, png);
    }
    return png;
  };
  const name = (kind: ReportKind, format: ReportFormat) => ({ kind, format, fileName: reportFileName(kind, input.period, format, language) });
  const add = (kind: ReportKind, format: ReportFormat, bytes: Uint8Array) => consume({ ...name(kind, format), bytes });
  const addWorkbook = (kind: ReportKind, workbook: WorkbookOut) => {
    const draft = request.drafts?.[kind];
    const noted = withFirstPageLines(workbook, request.firstPage?.[kind] ?? []);
    return consume({ ...name(kind, "xlsx"), workbook: draft === undefined ? noted : draftWorkbook(noted, draft.reasons, language) });
  };
  // The Word document, and its tagged PDF where asked for: one document made for both.
  const addDocument = async (kind: ReportKind, formats: readonly ReportFormat[], make: (word: WordDocuments) => Document) => {
    if (!formats.includes("docx") && !formats.includes("pdf")) return;
    const word = await wordDocuments();
    const docx = await word.packed(make(word));
    if (formats.includes("docx")) await add(kind, "docx", docx);
    if (formats.includes("pdf")) {
      if (request.toPdf === undefined) throw new Error("forEachReport: the pdf format needs a PDF converter (toPdf)");
      await add(kind, "pdf", await request.toPdf(docx, name(kind, "docx").fileName));
    }
  };
  for (const kind of request.kinds) {
    const draft = request.drafts?.[kind] ?? null;
    const lines = request.firstPage?.[kind] ?? [];
    const formats = FORMATS_OF[kind].filter((format) => request.formats.includes(format));
    if (formats.length === 0) continue;
    if (kind === "operational") {
      await addWorkbook(kind, operationalWorkbook(operationalReport(followUp), language));
    } else if (kind === "political") {
      const report = politicalAnalysis(followUp);
      if (formats.includes("xlsx")) await addWorkbook(kind, politicalWorkbook(report, language));
      await addDocument(kind, formats, (word) => word.politicalDocument(report, language, draft, lines));
    } else {
      const report = annualReport(followUp, kind);
      const charts = await annualCharts(report, render, language);
      if (formats.includes("xlsx")) await addWorkbook(kind, annualWorkbook(report, charts, language));
      await addDocument(kind, formats, (word) => word.annualDocument(report, charts, language, draft, lines));
    }
  }
}

/** Makes the requested reports and returns them all (for callers that keep them, such as the task pane and tests). */
export async function buildReports(request: ReportRequest): Promise<ReportFile[]> {
  const files: ReportFile[] = [];
  await forEachReport(request, async (made) => {
    files.push({ kind: made.kind, format: made.format, fileName: made.fileName, bytes: "bytes" in made ? made.bytes : await writeWorkbook(made.workbook) });
  });
  return files;
}
