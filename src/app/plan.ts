/**
 * Use cases: load a plan, choose the period to work on, start a new plan. One way for the CLI,
 * the task pane and the library: the plan read through the bounded values reader, a file that is
 * something else said as what it is, the period decided by one rule.
 */
import { DEFAULT_SETTINGS, isPeriodId, type Plan } from "../core";
import { examplePlan } from "../example/generate-plan";
import type { WorkbookGrid } from "../workbook/grid";
import { readPlan, type PlanReading } from "../workbook/plan/read-plan";
import { GOALS_SHEET, INDICATORS_SHEET, ORGANISATION_SHEET } from "../workbook/plan/plan-sheets";
import { assessmentsSheet, planWorkbook } from "../workbook/plan/write-plan";
import type { SheetOut } from "../workbook/output";
import { WorkbookReadError, readWorkbookValues } from "../workbook/xlsx-values-reader";
import type { WorkbookOut } from "./ports";
import { workbookKindOf, type WorkbookKind } from "./workbook-kind";

export { workbookKindOf, type WorkbookKind } from "./workbook-kind";

export type { PlanReading } from "../workbook/plan/read-plan";

/** Why bytes could not be loaded as a plan: not a workbook at all, or a workbook of another kind. */
export type PlanLoadFailure = "unreadable" | "template" | "consolidated" | "not-a-plan";

export class PlanLoadError extends Error {
  /**
   * @param failure why, in the words every entry point has a sentence for
   * @param workbook what the workbook is, where Puls made it (a template names its unit, a report its title)
   */
  constructor(
    readonly failure: PlanLoadFailure,
    readonly workbook: WorkbookKind = { kind: "other" },
  ) {
    super(`Not a plan: ${failure}`);
    this.name = "PlanLoadError";
  }
}

/** The sheets only a plan has (by their Swedish and English names). */
const PLAN_SHEETS = [...INDICATORS_SHEET.names, ...ORGANISATION_SHEET.names, ...GOALS_SHEET.names];

/**
 * Why a workbook is not a plan, by the sheets Puls writes into its other workbooks. A report has
 * sheets named as a plan's (Nyckeltal) but is no plan: its front sheet tells it.
 */
function failureOf(grid: WorkbookGrid, kind: WorkbookKind): PlanLoadFailure | undefined {
  switch (kind.kind) {
    case "consolidated":
      return "consolidated";
    case "unit-template":
    case "shared-template":
      return "template";
    case "report":
      return "not-a-plan";
    case "other": {
      const names = new Set(grid.sheets.map((sheet) => sheet.name));
      return PLAN_SHEETS.some((name) => names.has(name)) ? undefined : "not-a-plan";
    }
  }
}

/**
 * Loads a plan from an .xlsx file's bytes; `name` names it in the plan's problems.
 * @throws PlanLoadError when the bytes are no workbook, or a unit template, a consolidated workbook or another workbook.
 */
export function loadPlan(bytes: Uint8Array, name: string): PlanReading {
  return planOfGrid(planWorkbookGrid(bytes), name);
}

/**
 * A plan file's values, read once for all that is taken from it (the plan, its log).
 * @throws PlanLoadError when the bytes are no readable workbook.
 */
export function planWorkbookGrid(bytes: Uint8Array): WorkbookGrid {
  try {
    return readWorkbookValues(bytes);
  } catch (caught) {
    if (caught instanceof WorkbookReadError) throw new PlanLoadError("unreadable");
    throw caught;
  }
}

/** Why no period could be chosen. */
export type PeriodChoiceFailure = { readonly code: "none" } | { readonly code: "malformed"; readonly period: string } | { readonly code: "unknown"; readonly period: string };

export class PeriodChoiceError extends Error {
  constructor(readonly failure: PeriodChoiceFailure) {
    super(`No period: ${failure.code}`);
    this.name = "PeriodChoiceError";
  }
}

/**
 * The period to work on: the one asked for, else the plan's *Aktuell period*. The one rule for
 * every entry point.
 * @throws PeriodChoiceError when there is none, or it is malformed or not on the plan's Perioder sheet.
 */
export function choosePeriod(plan: Plan, asked: string | undefined): string {
  const period = (asked ?? plan.settings.currentPeriod).trim();
  if (period === "") throw new PeriodChoiceError({ code: "none" });
  if (!isPeriodId(period)) throw new PeriodChoiceError({ code: "malformed", period });
  if (!plan.periods.some((p) => p.id === period)) throw new PeriodChoiceError({ code: "unknown", period });
  return period;
}

const EMPTY_PLAN: Plan = { settings: DEFAULT_SETTINGS, periods: [], organisation: [], goals: [], indicators: [], targets: [], actuals: [], assessments: [], politicalAnalysis: [], peers: [], unitPeers: [], orgChanges: [] };

/** A new plan workbook: empty (every sheet with its headers), or the example municipality's. */
export function newPlan(example: boolean): WorkbookOut {
  return planWorkbook(example ? examplePlan() : EMPTY_PLAN);
}

/**
 * A plan from a workbook already read (the open workbook in Excel), with its problems.
 * @throws PlanLoadError when it is a unit template, a consolidated workbook, a report or another workbook.
 */
export function planOfGrid(grid: WorkbookGrid, name: string): PlanReading {
  const kind = workbookKindOf(grid);
  const failure = failureOf(grid, kind);
  if (failure !== undefined) throw new PlanLoadError(failure, kind);
  return readPlan(grid, name);
}

/** The plan's Bedömningar sheet alone, to write back after an assessment is set. */
export function assessmentsSheetOf(plan: Plan): SheetOut {
  return assessmentsSheet(plan);
}

/** A plan as its workbook (every sheet Puls reads). */
export function newPlanWorkbook(plan: Plan): WorkbookOut {
  return planWorkbook(plan);
}

/**
 * The period a pane opens on: the remembered one where the plan still has it, else the period
 * {@link choosePeriod} chooses; a plan whose current period is blank or unknown opens on its last
 * period, since a wizard must show one (the CLI says so instead, and stops).
 */
export function startingPeriod(plan: Plan, remembered: string | undefined): string {
  if (remembered !== undefined && plan.periods.some((p) => p.id === remembered)) return remembered;
  try {
    return choosePeriod(plan, undefined);
  } catch (caught) {
    if (!(caught instanceof PeriodChoiceError)) throw caught;
    return plan.periods[plan.periods.length - 1]?.id ?? "";
  }
}
