/**
 * Making the reports of one period: the models from the core, then each report's workbook and
 * (for the political analysis and the annual/interim report) its Word document, with the charts
 * rendered once and shared by both. No file system here: the caller writes the bytes.
 */
import { Packer } from "docx";
import { FollowUp, annualReport, operationalReport, politicalAnalysis, type AnnualReport, type Language, type ReportInput } from "../core";
import { writeWorkbook } from "../workbook/exceljs-writer";
import { renderChart } from "./charts/rendered";
import { keyIndicatorChart, overviewChart } from "./charts/report-charts";
import type { ChartRenderer } from "./charts/svg";
import { annualDocument } from "./docx/annual-document";
import { politicalDocument } from "./docx/political-document";
import { REPORT_TEXTS, type ReportKind } from "./texts";
import { annualWorkbook, type AnnualCharts } from "./xlsx/annual-workbook";
import { operationalWorkbook } from "./xlsx/operational-workbook";
import { politicalWorkbook } from "./xlsx/political-workbook";

export type ReportFormat = "xlsx" | "docx";

export const REPORT_KINDS: readonly ReportKind[] = ["operational", "political", "annual", "interim"];

/** Which formats each report comes in (reports.md): the operational report is a workbook only. */
export const FORMATS_OF: Readonly<Record<ReportKind, readonly ReportFormat[]>> = {
  operational: ["xlsx"],
  political: ["xlsx", "docx"],
  annual: ["xlsx", "docx"],
  interim: ["xlsx", "docx"],
};

export interface ReportFile {
  readonly kind: ReportKind;
  readonly format: ReportFormat;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface ReportRequest {
  readonly input: ReportInput;
  readonly kinds: readonly ReportKind[];
  readonly formats: readonly ReportFormat[];
  readonly language: Language;
  readonly renderChart: ChartRenderer;
  /** Called as each file is made (for progress). */
  readonly onFile?: (file: ReportFile) => void;
}

/** A report's file name: "Delårsrapport 2026-D.docx". */
export function reportFileName(kind: ReportKind, period: string, format: ReportFormat, language: Language): string {
  return `${REPORT_TEXTS[language].fileNames[kind]} ${period}.${format}`;
}

function annualCharts(report: AnnualReport, render: ChartRenderer, language: Language): AnnualCharts {
  const keyIndicators = new Map(report.areas.flatMap(({ goals }) => goals.flatMap((goal) => goal.keyIndicators.map((line) => [line.indicator.id, renderChart(keyIndicatorChart(line, language), render)] as const))));
  return { overview: renderChart(overviewChart(report, language), render), keyIndicators };
}

/** Makes the requested reports, one file at a time. */
export async function buildReports(request: ReportRequest): Promise<ReportFile[]> {
  const { input, language } = request;
  const followUp = new FollowUp(input);
  const files: ReportFile[] = [];
  const add = (kind: ReportKind, format: ReportFormat, bytes: Uint8Array) => {
    const file = { kind, format, fileName: reportFileName(kind, input.period, format, language), bytes };
    files.push(file);
    request.onFile?.(file);
  };
  for (const kind of request.kinds) {
    const formats = FORMATS_OF[kind].filter((format) => request.formats.includes(format));
    if (formats.length === 0) continue;
    if (kind === "operational") {
      add(kind, "xlsx", await writeWorkbook(operationalWorkbook(operationalReport(followUp), language)));
    } else if (kind === "political") {
      const report = politicalAnalysis(followUp);
      if (formats.includes("xlsx")) add(kind, "xlsx", await writeWorkbook(politicalWorkbook(report, language)));
      if (formats.includes("docx")) add(kind, "docx", new Uint8Array(await Packer.toArrayBuffer(politicalDocument(report, language))));
    } else {
      const report = annualReport(followUp, kind);
      const charts = annualCharts(report, request.renderChart, language);
      if (formats.includes("xlsx")) add(kind, "xlsx", await writeWorkbook(annualWorkbook(report, charts, language)));
      if (formats.includes("docx")) add(kind, "docx", new Uint8Array(await Packer.toArrayBuffer(annualDocument(report, charts, language))));
    }
  }
  return files;
}
