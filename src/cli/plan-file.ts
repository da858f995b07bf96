/**
 * Reading the plan file for a command: a plan that cannot be read at all stops the command
 * (exit 1); problems inside it are reported and the command goes on.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { isPeriodId, type Plan, type Problem } from "../core";
import { readWorkbook } from "../workbook/exceljs-reader";
import { readPlan } from "../workbook/plan/read-plan";
import { CommandError } from "./context";

/** The plan read and checked, with the file's bytes (for commands that write a copy of it). */
export async function loadPlan(file: string): Promise<{ plan: Plan; problems: readonly Problem[]; bytes: Uint8Array }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new CommandError({ sv: `Planen ${file} gick inte att öppna: kontrollera sökvägen.`, en: `The plan ${file} could not be opened: check the path.` });
  }
  try {
    return { ...readPlan(await readWorkbook(bytes), path.basename(file)), bytes };
  } catch {
    throw new CommandError({ sv: `Planen ${file} gick inte att läsa som en Excel-arbetsbok (.xlsx).`, en: `The plan ${file} could not be read as an Excel workbook (.xlsx).` });
  }
}

/** The period to work on: the one asked for, else the plan's current period. */
export function periodOf(plan: Plan, asked: string | undefined): string {
  const period = asked ?? plan.settings.currentPeriod;
  if (period === "") {
    throw new CommandError({ sv: "Ingen period angiven: använd --period (t.ex. 2026-D) eller fyll i Aktuell period i planen.", en: "No period given: use --period (e.g. 2026-D) or fill in the plan's current period." });
  }
  if (!isPeriodId(period)) {
    throw new CommandError({ sv: `Perioden "${period}" har fel form (planens blad Perioder): skriv t.ex. 2026, 2026-D eller 2026-T1.`, en: `The period "${period}" has the wrong form (the plan's Periods sheet): write e.g. 2026, 2026-D or 2026-T1.` });
  }
  if (!plan.periods.some((p) => p.id === period)) {
    throw new CommandError({ sv: `Perioden ${period} finns inte på planens blad Perioder.`, en: `The period ${period} is not on the plan's Periods sheet.` });
  }
  return period;
}
