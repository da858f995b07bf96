/**
 * Use case: read a consolidated workbook (from a collection) back for a period, checked against
 * the plan: another period or another municipality's or year's plan is refused; a plan edited
 * since, or a workbook too old to say, is read with a warning the entry point shows.
 */
import type { Plan } from "../core";
import { ConsolidatedPeriodError, planOfConsolidated, readConsolidated, type ConsolidatedData } from "../workbook/collect/read-consolidated";
import { WorkbookReadError, readWorkbookValues } from "../workbook/xlsx-values-reader";

export type { ConsolidatedData, ReadProblem } from "../workbook/collect/read-consolidated";
export { summaryProblemsOf } from "../workbook/collect/read-consolidated";

export type ConsolidatedFailure =
  | { readonly code: "unreadable" }
  | { readonly code: "other-period"; readonly found: string; readonly expected: string }
  | { readonly code: "other-plan"; readonly was: string; readonly is: string };

export class ConsolidatedReadError extends Error {
  constructor(readonly failure: ConsolidatedFailure) {
    super(`Consolidated workbook refused: ${failure.code}`);
    this.name = "ConsolidatedReadError";
  }
}

/** Read, and what to warn about: the plan changed since, or a workbook that cannot say. */
export interface ConsolidatedReading {
  readonly data: ConsolidatedData;
  readonly warning: "changed" | "unknown" | undefined;
}

/** Reads `period` of a consolidated workbook's bytes for `plan`. @throws ConsolidatedReadError */
export function readConsolidatedFor(bytes: Uint8Array, plan: Plan, period: string): ConsolidatedReading {
  let data: ConsolidatedData;
  try {
    data = readConsolidated(readWorkbookValues(bytes), period);
  } catch (caught) {
    if (caught instanceof ConsolidatedPeriodError) throw new ConsolidatedReadError({ code: "other-period", found: caught.found, expected: caught.expected });
    if (caught instanceof WorkbookReadError) throw new ConsolidatedReadError({ code: "unreadable" });
    throw caught;
  }
  const relation = planOfConsolidated(data.meta, plan);
  // Another municipality's or year's outcomes would be reported as this plan's: refused.
  if (relation === "other" && data.meta !== null) {
    throw new ConsolidatedReadError({ code: "other-plan", was: `${data.meta.municipality} ${data.meta.year}`, is: `${plan.settings.municipality} ${plan.settings.year}` });
  }
  return { data, warning: relation === "changed" || relation === "unknown" ? relation : undefined };
}
