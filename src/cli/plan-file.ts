/**
 * Reading the plan file for a command: a plan that cannot be read at all stops the command
 * (exit 1); problems inside it are reported and the command goes on.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Plan, Problem } from "../core";
import { readWorkbook } from "../workbook/exceljs-reader";
import { readPlan } from "../workbook/plan/read-plan";
import { CommandError } from "./context";

export async function loadPlan(file: string): Promise<{ plan: Plan; problems: readonly Problem[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new CommandError(`Planen ${file} gick inte att öppna: kontrollera sökvägen.`);
  }
  try {
    return readPlan(await readWorkbook(bytes), path.basename(file));
  } catch {
    throw new CommandError(`Planen ${file} gick inte att läsa som en Excel-arbetsbok (.xlsx).`);
  }
}

/** The period to work on: the one asked for, else the plan's current period. */
export function periodOf(plan: Plan, asked: string | undefined): string {
  const period = asked ?? plan.settings.currentPeriod;
  if (period === "") throw new CommandError("Ingen period angiven: använd --period (t.ex. 2026-D) eller fyll i Aktuell period i planen.");
  if (!plan.periods.some((p) => p.id === period)) throw new CommandError(`Perioden ${period} finns inte på planens blad Perioder.`);
  return period;
}
