/**
 * The wizard's file writers, in their own chunk: they pull in exceljs (its browser build) and
 * docx, which the first screen does not need. Loaded on first use by {@link loadFileWriters}.
 * Each is one use case of the application layer, its result as bytes to save.
 */
import { withLog } from "../../app/audit";
import { collectedWorkbook } from "../../app/collect";
import { workbookBytes, zipSink } from "../../app/in-memory";
import { newPlan, newPlanWorkbook } from "../../app/plan";
import { reportFiles as filesOfReport, reportInput, reportWorkbookOf, type Draft, type ReportFile, type ReportFormat, type ReportKind } from "../../app/reports";
import { makeTemplates, sharedTemplate } from "../../app/templates";
import type { ChartRenderer, WorkbookOut } from "../../app/ports";
import { nextYearPlan, type ActualRow, type CollectedPeriod, type Language, type LocalDateTime, type LogEntry, type NextYearPlan, type Plan } from "../../core";
import { nextYearWorkbook } from "../../app/planning";

/** One file per unit, in a zip (one download instead of dozens). */
export async function templatesZip(plan: Plan, period: string, units: readonly string[], createdAt: LocalDateTime, onFile?: (done: number, total: number) => void): Promise<Uint8Array> {
  const sink = zipSink();
  await makeTemplates({ plan, period, units, createdAt, onFile }, sink);
  return sink.zip();
}

export function sharedTemplateBytes(plan: Plan, period: string, units: readonly string[], createdAt: LocalDateTime): Promise<Uint8Array> {
  return workbookBytes(sharedTemplate({ plan, period, units, createdAt }));
}

/** A new plan, as `puls init` writes it: empty, or the example municipality's. */
export function newPlanBytes(example: boolean): Promise<Uint8Array> {
  return workbookBytes(newPlan(example));
}

/** The consolidated workbook, with `log` as its Logg. */
export function consolidatedBytes(plan: Plan, consolidation: CollectedPeriod, log: readonly LogEntry[]): Promise<Uint8Array> {
  return workbookBytes(withLog(collectedWorkbook(plan, consolidation), log));
}

/** The plan as a workbook, with the collected outcomes in Utfall when there are any, its Bedömningar, and `log` as its Logg. */
export function planBytes(plan: Plan, consolidation: CollectedPeriod | null, log: readonly LogEntry[]): Promise<Uint8Array> {
  return workbookBytes(withLog(consolidation === null ? newPlanWorkbook(plan) : collectedWorkbook(plan, consolidation, true), log));
}

/** Next year's plan as a workbook (Inför planeringen first, Målvärden with Förslag). */
export function nextPlanBytes(result: NextYearPlan): Promise<Uint8Array> {
  return workbookBytes(nextYearWorkbook(result));
}

/**
 * Next year's plan made and written: the plan with its proposals and findings, and its workbook.
 * @throws PlanningError when no plan for the year can be made.
 */
export async function nextYear(plan: Plan, year: number, collected: readonly ActualRow[]): Promise<{ readonly result: NextYearPlan; readonly bytes: Uint8Array }> {
  const result = nextYearPlan(plan, year, collected);
  return { result, bytes: await nextPlanBytes(result) };
}

export interface ReportOrder {
  readonly plan: Plan;
  readonly period: string;
  readonly consolidation: CollectedPeriod | null;
  readonly kind: ReportKind;
  readonly language: Language;
  readonly renderChart: ChartRenderer;
  /** Default: every format the report has. */
  readonly formats?: readonly ReportFormat[];
  /** Made as a draft (a report the period does not allow), or null. */
  readonly draft: Draft | null;
}

const inputOf = (order: ReportOrder) => reportInput(order.plan, order.period, order.consolidation === null ? { kind: "plan" } : { kind: "collected", collected: order.consolidation });

/** A report's files (workbook, and Word document where the report has one). */
export function reportFiles(order: ReportOrder): Promise<ReportFile[]> {
  return filesOfReport(inputOf(order), order.kind, order.formats ?? ["xlsx", "docx"], order.language, order.renderChart, order.draft);
}

/** A report's workbook as sheets, for writing into the open workbook with Excel's own objects. */
export function reportWorkbook(order: ReportOrder): Promise<WorkbookOut> {
  return reportWorkbookOf(inputOf(order), order.kind, order.language, order.renderChart, order.draft);
}
