/**
 * What writes the wizard's files (templates and their zip, the consolidated workbook, the plan,
 * next year's plan, the reports), in its own chunk: it pulls in exceljs (its browser build) and
 * docx, which the first screen does not need. Loaded on first use by {@link loadFileWriters}.
 */
import { zipSync } from "fflate";
import { planOnlyInput, type Language, type NextYearPlan, type Plan } from "../../core";
import { buildReports, forEachReport, type ReportFile, type ReportFormat } from "../../reports/build-reports";
import type { ChartRenderer } from "../../reports/charts/svg";
import { nextPlanWorkbook } from "../../reports/planning/next-plan-workbook";
import type { ReportKind } from "../../reports/texts";
import { reportInputOf, type CollectedPeriod } from "../../core";
import { consolidatedWorkbook, planWithConsolidation } from "../../workbook/collect/write-consolidated";
import { writeWorkbook } from "../../workbook/exceljs-writer";
import type { WorkbookOut } from "../../workbook/output";
import { planWorkbook } from "../../workbook/plan/write-plan";
import { buildSharedTemplate, buildTemplate } from "../../workbook/template/build-template";
import { templateFileNames } from "../../workbook/template/file-name";

/** One file per unit, in a zip (one download instead of dozens). */
export async function templatesZip(plan: Plan, period: string, units: readonly string[], createdAt: string, onFile?: (done: number, total: number) => void): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const names = templateFileNames(period, units.map((id) => ({ id, name: plan.organisation.find((o) => o.id === id)?.name ?? id })));
  for (const [index, unit] of units.entries()) {
    files[names[index] ?? `${unit}.xlsx`] = await writeWorkbook(buildTemplate({ plan, unit, period, createdAt }));
    onFile?.(index + 1, units.length);
  }
  // Already deflated inside: storing them again compressed would only cost time.
  return zipSync(files, { level: 0 });
}

export function sharedTemplateBytes(plan: Plan, period: string, units: readonly string[], createdAt: string): Promise<Uint8Array> {
  return writeWorkbook(buildSharedTemplate(plan, period, units, createdAt));
}

export function consolidatedBytes(plan: Plan, consolidation: CollectedPeriod): Promise<Uint8Array> {
  return writeWorkbook(consolidatedWorkbook(plan, consolidation));
}

/** The plan as a workbook, with the collected outcomes in Utfall when there are any, and its Bedömningar. */
export function planBytes(plan: Plan, consolidation: CollectedPeriod | null): Promise<Uint8Array> {
  return writeWorkbook(consolidation === null ? planWorkbook(plan) : planWithConsolidation(plan, consolidation));
}

/** Next year's plan as a workbook (Inför planeringen first, Målvärden with Förslag). */
export function nextPlanBytes(result: NextYearPlan): Promise<Uint8Array> {
  return writeWorkbook(nextPlanWorkbook(result));
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
}

const inputOf = (order: ReportOrder) => (order.consolidation === null ? planOnlyInput(order.plan, order.period) : reportInputOf(order.plan, order.consolidation));

/** A report's files (workbook, and Word document where the report has one). */
export function reportFiles(order: ReportOrder): Promise<ReportFile[]> {
  return buildReports({ input: inputOf(order), kinds: [order.kind], formats: order.formats ?? ["xlsx", "docx"], language: order.language, renderChart: order.renderChart });
}

/** A report's workbook as sheets, for writing into the open workbook with Excel's own objects. */
export async function reportWorkbook(order: ReportOrder): Promise<WorkbookOut> {
  let book: WorkbookOut | null = null;
  await forEachReport({ input: inputOf(order), kinds: [order.kind], formats: ["xlsx"], language: order.language, renderChart: order.renderChart }, async (made) => {
    if ("workbook" in made) book = made.workbook;
    return Promise.resolve();
  });
  if (book === null) throw new Error(`No workbook for ${order.kind}`);
  return book;
}
