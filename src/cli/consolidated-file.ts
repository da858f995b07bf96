/**
 * Reading a consolidated workbook (from `puls collect`) for a command, through the application
 * layer's use case: one that cannot be read, or of another period or another plan, stops the
 * command with one clear sentence; one collected against an earlier version of the same plan, or
 * too old to say, is read with a warning.
 */
import { ConsolidatedReadError, readConsolidatedFor, type ConsolidatedData, type ConsolidatedFailure } from "../app/consolidated";
import { readBytes } from "../app/node";
import type { Language, Plan } from "../core";
import { CommandError, type Bilingual, type CliContext } from "./context";

export interface ConsolidatedRequest {
  readonly file: string;
  /** The file as the user wrote it, for the messages. */
  readonly shownAs: string;
  readonly plan: Plan;
  readonly period: string;
}

function refusal(shownAs: string, failure: ConsolidatedFailure): Bilingual {
  switch (failure.code) {
    case "unreadable":
      return { sv: `Sammanställningen ${shownAs} gick inte att läsa som en Excel-arbetsbok (.xlsx).`, en: `The consolidated workbook ${shownAs} could not be read as an Excel workbook (.xlsx).` };
    case "other-period":
      return {
        sv: `Sammanställningen ${shownAs} gäller perioden ${failure.found}, inte ${failure.expected}: ange --period ${failure.found}, eller använd en sammanställning för ${failure.expected}.`,
        en: `The consolidated workbook ${shownAs} is for the period ${failure.found}, not ${failure.expected}: give --period ${failure.found}, or use a consolidated workbook for ${failure.expected}.`,
      };
    case "other-plan":
      return {
        sv: `Sammanställningen ${shownAs} är gjord från planen för ${failure.was}, inte från den angivna planen för ${failure.is}.`,
        en: `The consolidated workbook ${shownAs} was made from the plan for ${failure.was}, not from the plan given, for ${failure.is}.`,
      };
  }
}

const WARNINGS = {
  changed: (shownAs: string): Bilingual => ({
    sv: `Varning: planen har ändrats sedan sammanställningen ${shownAs} gjordes (perioder, organisation eller nyckeltal skiljer sig); kontrollera uppgifterna eller samla in på nytt.`,
    en: `Warning: the plan has changed since the consolidated workbook ${shownAs} was made (periods, organisation or indicators differ); check the figures or collect again.`,
  }),
  unknown: (shownAs: string, period: string): Bilingual => ({
    sv: `Varning: sammanställningen ${shownAs} är gjord av en äldre version av Puls och säger inte vilken period eller plan den gäller; Utfall läses för ${period} och avvikelserna visas som de skrevs.`,
    en: `Warning: the consolidated workbook ${shownAs} was made by an older version of Puls and does not say which period or plan it is of; Utfall is read for ${period} and the issues are shown as they were written.`,
  }),
};

export async function loadConsolidated(request: ConsolidatedRequest, context: CliContext, language: Language): Promise<ConsolidatedData> {
  const { file, shownAs, plan, period } = request;
  const bytes = await readBytes(file);
  if (bytes === undefined) throw new CommandError(refusal(shownAs, { code: "unreadable" }));
  try {
    const { data, warning } = readConsolidatedFor(bytes, plan, period);
    if (warning === "changed") context.err(`${WARNINGS.changed(shownAs)[language]}\n`);
    if (warning === "unknown") context.err(`${WARNINGS.unknown(shownAs, period)[language]}\n`);
    return data;
  } catch (caught) {
    if (caught instanceof ConsolidatedReadError) throw new CommandError(refusal(shownAs, caught.failure));
    throw caught;
  }
}
