/**
 * Status colours in workbooks: Excel's own good/neutral/bad fills, applied by conditional
 * formatting on the status word in the cell, so the word is always there (colour-blind readers,
 * black-and-white print) and a user who changes the word sees the colour follow.
 */
import { statusOfAssessment, type Assessment, type Status } from "../core";
import type { ConditionalOut } from "./output";

export const STATUS_FILLS: Readonly<Record<Status, { readonly fill: string; readonly font: string }>> = {
  green: { fill: "FFC6EFCE", font: "FF006100" },
  yellow: { fill: "FFFFEB9C", font: "FF9C5700" },
  red: { fill: "FFFFC7CE", font: "FF9C0006" },
  missing: { fill: "FFEDEDED", font: "FF595959" },
};

/**
 * Colours `range` by the status word in column `column` of the same row (the range's first row is
 * `firstRow`): each status whose word is in `labels` gets its fill.
 */
export function statusColouring(range: string, column: string, firstRow: number, labels: Partial<Readonly<Record<Status, string>>>): ConditionalOut {
  return {
    range,
    rules: (Object.entries(labels) as [Status, string][]).map(([status, label]) => ({ formula: `$${column}${firstRow}="${label.replace(/"/g, '""')}"`, ...STATUS_FILLS[status] })),
  };
}

/** The same for a column of assessments (Uppfyllt = green, …, Kan ej bedömas = grey). */
export function assessmentColouring(range: string, column: string, firstRow: number, labels: Readonly<Record<Assessment, string>>): ConditionalOut {
  const byStatus: Partial<Record<Status, string>> = {};
  for (const [assessment, label] of Object.entries(labels) as [Assessment, string][]) byStatus[statusOfAssessment(assessment)] = label;
  return statusColouring(range, column, firstRow, byStatus);
}
