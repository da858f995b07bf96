/**
 * Use case: next year's plan from this year's, with the year's collected outcomes as history,
 * proposed targets and the sheet *Inför planeringen*.
 */
import { nextYearPlan, type ActualRow, type NextYearPlan, type Plan } from "../core";
import { nextPlanWorkbook } from "../reports/planning/next-plan-workbook";
import type { WorkbookOut } from "./ports";

export { PlanningError } from "../core";
export { PLANNING_TEXTS } from "../reports/planning/planning-texts";
export { findingRows, planningNotes, type FindingRow } from "../reports/planning/next-plan-workbook";

/** Next year's plan and its workbook. @throws PlanningError for a year that is not later, or a plan without periods. */
export function planNextYear(plan: Plan, year: number, collected: readonly ActualRow[]): { readonly result: NextYearPlan; readonly workbook: WorkbookOut } {
  const result = nextYearPlan(plan, year, collected);
  return { result, workbook: nextPlanWorkbook(result) };
}

/** Next year's plan as its workbook (Inför planeringen first, Målvärden with Förslag). */
export function nextYearWorkbook(result: NextYearPlan): WorkbookOut {
  return nextPlanWorkbook(result);
}
