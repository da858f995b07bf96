/**
 * Use case: make the reports of a period, from whatever holds its outcomes (the plan's own Utfall
 * sheet, a collection just made, a consolidated workbook read back), each file to a sink as soon
 * as it is made. One way to build the report input for every entry point.
 */
import { FollowUp, planOnlyInput, reportInputOf, type CollectedPeriod, type Language, type Plan, type ReportBasis, type ReportInput } from "../core";
import { reportAllowances, type ReportAllowance } from "./report-allowances";
import { buildReports, forEachReport, type ReportFile, type ReportFormat, type ReportRequest } from "../reports/build-reports";
import type { WorkbookOut } from "./ports";
import type { Draft, ReportKind, ReportObstacle } from "../reports/texts";
import { reportInputOfConsolidated, type ConsolidatedData } from "../workbook/collect/read-consolidated";
import type { ChartRenderer, FileSink } from "./ports";

export { REPORT_KINDS, FORMATS_OF, reportFileName, type ReportFormat } from "../reports/build-reports";
export type { Draft, ReportKind, ReportObstacle } from "../reports/texts";
export * from "./report-allowances";
export type { ReportFile } from "../reports/build-reports";
export { formatMeasured, formatPercent, formatTarget } from "../reports/format";

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

/** A period's follow-up, made once, and which reports it allows: for the caller to decide before it writes. */
export interface PreparedReports {
  readonly followUp: FollowUp;
  readonly basis: ReportBasis;
  readonly allowances: readonly ReportAllowance[];
}

export function prepareReports(input: ReportInput): PreparedReports {
  const followUp = new FollowUp(input);
  const basis = followUp.basis();
  return { followUp, basis, allowances: reportAllowances(input.plan, input.period, basis.data) };
}

/** A report asked for that the period does not allow, and not as a draft. */
export class ReportNotAllowedError extends Error {
  readonly kind: ReportKind;
  readonly obstacles: readonly ReportObstacle[];

  constructor(kind: ReportKind, obstacles: readonly ReportObstacle[]) {
    super(`${kind} is not allowed for this period: ${obstacles.map((obstacle) => obstacle.kind).join(", ")}`);
    this.name = "ReportNotAllowedError";
    this.kind = kind;
    this.obstacles = obstacles;
  }
}

/** Which reports to make, from what, and in which language (the reports' own request), told of each file made. */
export interface ReportsRequest extends Omit<ReportRequest, "drafts" | "followUp"> {
  readonly onFile?: (made: MadeReportFile) => void;
  /**
   * Write every report asked for as a draft (*Utkast* on every page), also those the period
   * does not allow. Without it, a report the period does not allow is refused
   * ({@link ReportNotAllowedError}) before anything is written.
   */
  readonly draft?: boolean;
  /** The follow-up and allowances already made (by {@link prepareReports}). */
  readonly prepared?: PreparedReports;
  /** Reports that are drafts whatever the period allows, and why: signed off for other data (src/app/report-log.ts). */
  readonly draftsBecause?: Readonly<Partial<Record<ReportKind, readonly ReportObstacle[]>>>;
}

/** A report file made and written: which report, in which format, under which name. */
export interface MadeReportFile {
  readonly kind: ReportKind;
  readonly format: ReportFormat;
  readonly fileName: string;
}

/** Makes the reports, writing each to `sink` as soon as it is made (only its name is kept). */
export async function makeReports(request: ReportsRequest, sink: FileSink): Promise<MadeReportFile[]> {
  const prepared = request.prepared ?? prepareReports(request.input);
  const drafts: Partial<Record<ReportKind, Draft>> = {};
  for (const kind of request.kinds) {
    const obstacles = prepared.allowances.find((allowance) => allowance.kind === kind)?.obstacles ?? [];
    const because = request.draftsBecause?.[kind] ?? [];
    if (request.draft === true) drafts[kind] = { reasons: [...obstacles, ...because] };
    else if (obstacles.length > 0) throw new ReportNotAllowedError(kind, obstacles);
    else if (because.length > 0) drafts[kind] = { reasons: because };
  }
  const made: MadeReportFile[] = [];
  await forEachReport({ ...request, followUp: prepared.followUp, drafts }, async (file) => {
    await sink.write(file.fileName, "bytes" in file ? { bytes: file.bytes } : { workbook: file.workbook });
    const done = { kind: file.kind, format: file.format, fileName: file.fileName };
    made.push(done);
    request.onFile?.(done);
  });
  return made;
}

/** One report's files in memory (the workbook, and the Word document where the report has one); a draft is marked so on every page. */
export function reportFiles(input: ReportInput, kind: ReportKind, formats: readonly ReportFormat[], language: Language, renderChart: ChartRenderer, draft: Draft | null = null): Promise<ReportFile[]> {
  return buildReports({ input, kinds: [kind], formats, language, renderChart, drafts: draft === null ? {} : { [kind]: draft } });
}

/** One report's workbook as sheets, for a host that writes them itself (Excel's own objects). */
export async function reportWorkbookOf(input: ReportInput, kind: ReportKind, language: Language, renderChart: ChartRenderer, draft: Draft | null = null): Promise<WorkbookOut> {
  let book: WorkbookOut | null = null;
  await forEachReport({ input, kinds: [kind], formats: ["xlsx"], language, renderChart, drafts: draft === null ? {} : { [kind]: draft } }, (made) => {
    if ("workbook" in made) book = made.workbook;
    return Promise.resolve();
  });
  if (book === null) throw new Error(`No workbook for ${kind}`);
  return book;
}
