/**
 * Reading the workbooks of the cycle from disk, for the library: the plan, read and checked, and
 * a consolidated workbook written by `puls collect`. Errors are the file system's and exceljs's
 * own; the CLI wraps them in its one-sentence messages (src/cli/plan-file.ts).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { readConsolidated, type ConsolidatedData } from "../workbook/collect/read-consolidated";
import { readWorkbook } from "../workbook/exceljs-reader";
import { readPlan, type PlanReading } from "../workbook/plan/read-plan";

/** Reads and checks the plan workbook `file`; its problems name the file by its base name. */
export async function loadPlanFile(file: string): Promise<PlanReading> {
  return readPlan(await readWorkbook(await readFile(file)), path.basename(file));
}

/**
 * Reads `period` from a consolidated workbook (the output of `puls collect`); throws
 * ConsolidatedPeriodError when the workbook says it is of another period.
 */
export async function loadConsolidatedFile(file: string, period: string): Promise<ConsolidatedData> {
  return readConsolidated(await readWorkbook(await readFile(file)), period);
}
