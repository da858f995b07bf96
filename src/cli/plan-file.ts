/**
 * The plan for a command: read through the application layer's use case, each way it can fail
 * said in one sentence (exit 1); problems inside the plan are reported and the command goes on.
 */
import path from "node:path";
import { PeriodChoiceError, PlanLoadError, choosePeriod, loadPlan as loadPlanBytes, type PlanLoadFailure } from "../app/plan";
import { readBytes } from "../app/node";
import type { Plan, Problem } from "../core";
import { CommandError, type Bilingual } from "./context";

const NOT_A_PLAN: Readonly<Record<PlanLoadFailure, (file: string) => Bilingual>> = {
  unreadable: (file) => ({ sv: `Planen ${file} gick inte att läsa som en Excel-arbetsbok (.xlsx).`, en: `The plan ${file} could not be read as an Excel workbook (.xlsx).` }),
  template: (file) => ({ sv: `${file} är en inrapporteringsmall, inte en plan: ange planens arbetsbok med --plan.`, en: `${file} is a report template, not a plan: give the plan's workbook with --plan.` }),
  consolidated: (file) => ({ sv: `${file} är en sammanställning från puls collect, inte en plan: ange den med --data och planen med --plan.`, en: `${file} is a consolidated workbook from puls collect, not a plan: give it with --data and the plan with --plan.` }),
  "not-a-plan": (file) => ({ sv: `${file} är ingen plan: den saknar planens blad (Nyckeltal, Organisation, Mål). Skapa en med puls init.`, en: `${file} is not a plan: it has none of a plan's sheets (Nyckeltal, Organisation, Mål). Make one with puls init.` }),
};

/** The plan read and checked, with the file's bytes (for commands that write a copy of it). */
export async function loadPlan(file: string): Promise<{ plan: Plan; problems: readonly Problem[]; bytes: Uint8Array }> {
  const bytes = await readBytes(file);
  if (bytes === undefined) throw new CommandError({ sv: `Planen ${file} gick inte att öppna: kontrollera sökvägen.`, en: `The plan ${file} could not be opened: check the path.` });
  try {
    return { ...loadPlanBytes(bytes, path.basename(file)), bytes };
  } catch (caught) {
    if (caught instanceof PlanLoadError) throw new CommandError(NOT_A_PLAN[caught.failure](file));
    throw caught;
  }
}

/** The period to work on: the one asked for, else the plan's current period. */
export function periodOf(plan: Plan, asked: string | undefined): string {
  try {
    return choosePeriod(plan, asked);
  } catch (caught) {
    if (!(caught instanceof PeriodChoiceError)) throw caught;
    const failure = caught.failure;
    switch (failure.code) {
      case "none":
        throw new CommandError({ sv: "Ingen period angiven: använd --period (t.ex. 2026-D) eller fyll i Aktuell period i planen.", en: "No period given: use --period (e.g. 2026-D) or fill in the plan's current period." });
      case "malformed":
        throw new CommandError({ sv: `Perioden "${failure.period}" har fel form (planens blad Perioder): skriv t.ex. 2026, 2026-D eller 2026-T1.`, en: `The period "${failure.period}" has the wrong form (the plan's Periods sheet): write e.g. 2026, 2026-D or 2026-T1.` });
      case "unknown":
        throw new CommandError({ sv: `Perioden ${failure.period} finns inte på planens blad Perioder.`, en: `The period ${failure.period} is not on the plan's Periods sheet.` });
    }
  }
}
