/**
 * Reading a consolidated workbook (from `puls collect`) for a command: one that cannot be read,
 * or that is of another period or another plan, stops the command with one clear sentence; one
 * collected against an earlier version of the same plan, or too old to say, is read with a warning.
 */
import { readFile } from "node:fs/promises";
import type { Language, Plan } from "../core";
import { ConsolidatedPeriodError, planOfConsolidated, readConsolidated, type ConsolidatedData } from "../workbook/collect/read-consolidated";
import type { WorkbookGrid } from "../workbook/grid";
import { readWorkbook } from "../workbook/exceljs-reader";
import { CommandError, type Bilingual, type CliContext } from "./context";

export interface ConsolidatedRequest {
  readonly file: string;
  /** The file as the user wrote it, for the messages. */
  readonly shownAs: string;
  readonly plan: Plan;
  readonly period: string;
}

export async function loadConsolidated(request: ConsolidatedRequest, context: CliContext, language: Language): Promise<ConsolidatedData> {
  const data = readChecked(request, await gridOf(request));
  const warning = warningAbout(request, data);
  if (warning !== undefined) context.err(`${warning[language]}\n`);
  return data;
}

async function gridOf({ file, shownAs }: ConsolidatedRequest): Promise<WorkbookGrid> {
  try {
    return await readWorkbook(await readFile(file));
  } catch {
    throw unreadable(shownAs);
  }
}

const unreadable = (shownAs: string) => new CommandError({ sv: `Sammanställningen ${shownAs} gick inte att läsa som en Excel-arbetsbok (.xlsx).`, en: `The consolidated workbook ${shownAs} could not be read as an Excel workbook (.xlsx).` });

function readChecked({ shownAs, plan, period }: ConsolidatedRequest, grid: WorkbookGrid): ConsolidatedData {
  let data: ConsolidatedData;
  try {
    data = readConsolidated(grid, period);
  } catch (caught) {
    if (!(caught instanceof ConsolidatedPeriodError)) throw unreadable(shownAs);
    const { found, expected } = caught;
    throw new CommandError({
      sv: `Sammanställningen ${shownAs} gäller perioden ${found}, inte ${expected}: ange --period ${found}, eller använd en sammanställning för ${expected}.`,
      en: `The consolidated workbook ${shownAs} is for the period ${found}, not ${expected}: give --period ${found}, or use a consolidated workbook for ${expected}.`,
    });
  }
  // Another municipality's or year's outcomes would be reported as this plan's: refused.
  if (data.meta !== null && planOfConsolidated(data.meta, plan) === "other") {
    const [was, is] = [`${data.meta.municipality} ${data.meta.year}`, `${plan.settings.municipality} ${plan.settings.year}`];
    throw new CommandError({
      sv: `Sammanställningen ${shownAs} är gjord från planen för ${was}, inte från den angivna planen för ${is}.`,
      en: `The consolidated workbook ${shownAs} was made from the plan for ${was}, not from the plan given, for ${is}.`,
    });
  }
  return data;
}

/**
 * Said, but not refused: the same municipality's and year's plan edited since collection (an
 * indicator added, a unit renamed) still holds the collected outcomes; a workbook from before the
 * metadata cannot be checked at all.
 */
function warningAbout({ shownAs, plan, period }: ConsolidatedRequest, data: ConsolidatedData): Bilingual | undefined {
  switch (planOfConsolidated(data.meta, plan)) {
    case "changed":
      return {
        sv: `Varning: planen har ändrats sedan sammanställningen ${shownAs} gjordes (perioder, organisation eller nyckeltal skiljer sig); kontrollera uppgifterna eller samla in på nytt.`,
        en: `Warning: the plan has changed since the consolidated workbook ${shownAs} was made (periods, organisation or indicators differ); check the figures or collect again.`,
      };
    case "unknown":
      return {
        sv: `Varning: sammanställningen ${shownAs} är gjord av en äldre version av Puls och säger inte vilken period eller plan den gäller; Utfall läses för ${period} och avvikelserna visas som de skrevs.`,
        en: `Warning: the consolidated workbook ${shownAs} was made by an older version of Puls and does not say which period or plan it is of; Utfall is read for ${period} and the issues are shown as they were written.`,
      };
    default:
      return undefined;
  }
}
