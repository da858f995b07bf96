/**
 * Use case: collect a period from the units' workbooks, from any source of bytes (files on disk,
 * files picked in a browser), into the one model of a collected period; and that period as the
 * consolidated workbook, or as a copy of the plan with it added.
 */
import { dayOf, noonOf, parseIsoDate, swedishTime, type CollectedPeriod, type LocalDateTime, type Plan, type Problem } from "../core";
import { collectSources, type CollectOptions } from "../workbook/collect/collect-sources";
import { summarise, toSummaryProblem, type PeriodSummary, type SummaryProblem } from "../workbook/collect/summary";
import { pulseBoardSheets } from "./pulse-boards";
import { collectionSheetsForPlan as sheetsForPlan, consolidatedWorkbook, planWithConsolidation } from "../workbook/collect/write-consolidated";
import type { SheetOut } from "../workbook/output";
import type { WorkbookGrid } from "../workbook/grid";
import { FollowUp, collectionContext, consolidate, reportInputOf } from "../core";
import { checklistOf, checklistSheet, justificationProposals } from "./checklist";
import { readUnitWorkbook } from "../workbook/collect/read-unit-report";
import type { UnitSource, WorkbookOut } from "./ports";

export type { CollectOptions } from "../workbook/collect/collect-sources";
export type { PeriodSummary, SummaryProblem } from "../workbook/collect/summary";
export { summarise, toSummaryProblem } from "../workbook/collect/summary";
export { sortedProblems } from "../workbook/collect/write-consolidated";

export interface CollectRequest extends Omit<CollectOptions, "collectedAt"> {
  readonly plan: Plan;
  readonly period: string;
  readonly sources: readonly UnitSource[];
  /** When the collection runs, Swedish local time: overdue actions are judged by its day. */
  readonly collectedAt: LocalDateTime;
}

/** Collects the period: each source read in turn, one bad source never stopping the others. */
export function collectPeriod(request: CollectRequest): Promise<CollectedPeriod> {
  const { plan, period, sources, ...options } = request;
  return collectSources(plan, period, sources, options);
}

/**
 * The consolidated workbook of a collected period, or (`intoPlan`) the plan with it added; with
 * the controller's `Checklista` (what is open before the council gets the reports) after the
 * collection's sheets.
 */
export function collectedWorkbook(plan: Plan, collected: CollectedPeriod, intoPlan = false): WorkbookOut {
  // One follow-up (one evaluation of the period) for both the proposals and the checklist.
  const followUp = new FollowUp(reportInputOf(plan, collected));
  const proposals = justificationProposals(followUp);
  const book = intoPlan ? planWithConsolidation(plan, collected, proposals) : consolidatedWorkbook(plan, collected, proposals);
  return { ...book, sheets: [...book.sheets, ...pulseBoardSheets(followUp).map((named) => named.sheet), checklistSheet(checklistOf(followUp))] };
}

/**
 * The collection's sheets for the plan open in Excel (all but the plan's own sheets), with the
 * proposed justifications in Målbedömning and the controller's Checklista.
 */
export function collectionSheetsForPlan(plan: Plan, collected: CollectedPeriod): SheetOut[] {
  const followUp = new FollowUp(reportInputOf(plan, collected));
  return [...sheetsForPlan(plan, collected, justificationProposals(followUp)), ...pulseBoardSheets(followUp).map((named) => named.sheet), checklistSheet(checklistOf(followUp))];
}

/** The summary of a collected period, with the plan's own problems and any others, in `language`. */
export function summaryOf(plan: Plan, collected: CollectedPeriod, others: readonly Problem[], language: "sv" | "en"): PeriodSummary {
  const problems: SummaryProblem[] = [];
  for (const problem of [...others, ...collected.problems]) problems.push(toSummaryProblem(problem, language));
  return summarise(plan, collected.evaluation, collected.reporting, problems);
}

/**
 * When a collection runs: "on" a day the user gives (`--date`, the pane's date field), at its noon;
 * else now, in Swedish local time. A day that is not a real one counts as today.
 */
export function collectionTime(day: string | undefined, now: Date): LocalDateTime {
  const today = swedishTime(now);
  if (day === undefined) return today;
  return noonOf(parseIsoDate(day) ?? dayOf(today));
}

/** Collects the period from a workbook already read (the open workbook in Excel: its unit sheets). */
export function collectGrid(plan: Plan, period: string, grid: WorkbookGrid, name: string, collectedAt: LocalDateTime): CollectedPeriod {
  const context = collectionContext(plan, period, collectedAt);
  return consolidate(context, readUnitWorkbook(grid, name, null, context));
}
