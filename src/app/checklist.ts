/**
 * Use case: the controller's checklist of a period (what is open before the council gets the
 * reports), as lines to print and as the `Checklista` sheet beside the council text.
 */
import { FollowUp, checklist, goalReasoning, rowKey, type ChecklistItem, type Language, type ReportInput } from "../core";
import { draftJustification } from "../reports/reasoning-text";
import { CHECKLIST_KINDS, CHECKLIST_TEXTS, checklistLine } from "../reports/checklist-text";
import type { SheetOut } from "../workbook/output";
import { wrappedHeight } from "../workbook/wrapped-height";
import type { FileSink } from "./ports";

export { CHECKLIST_KINDS, CHECKLIST_TEXTS, checklistLine } from "../reports/checklist-text";

/** The checklist of a report input (or of its follow-up, when the caller has made it), item by item. */
export function checklistOf(input: ReportInput | FollowUp): ChecklistItem[] {
  return checklist(input instanceof FollowUp ? input : new FollowUp(input));
}

/** The key of a goal at its organisation in {@link justificationProposals} (the consolidated workbook's Målbedömning reads it so too). */
export const proposalKey = (goal: string, organisation: string): string => rowKey(goal, organisation);

/**
 * Puls's proposed justification (*förslag till motivering*) of every assessed goal, for the
 * controller to accept or rewrite where the goals are assessed (the consolidated workbook's
 * Målbedömning, the pane's assessment step). Keyed by {@link proposalKey}.
 */
export function justificationProposals(input: ReportInput | FollowUp, language: Language = "sv"): Map<string, string> {
  const followUp = input instanceof FollowUp ? input : new FollowUp(input);
  const proposals = new Map<string, string>();
  for (const assessment of followUp.evaluation.goals) {
    const reasoning = goalReasoning(followUp, assessment.goal);
    if (reasoning !== undefined && reasoning.organisation.id === assessment.organisation) proposals.set(proposalKey(assessment.goal, assessment.organisation), draftJustification(reasoning, language));
  }
  return proposals;
}

/** The width of the checklist's line column, in Excel's character units. */
const LINE_WIDTH = 110;

/** The checklist as a sheet: what, about what, and the line that says what to do. */
export function checklistSheet(items: readonly ChecklistItem[], language: Language = "sv"): SheetOut {
  const t = CHECKLIST_TEXTS[language];
  const about = (item: ChecklistItem): string => {
    switch (item.kind) {
      case "notReported":
        return item.organisation.id;
      case "cannotAssess":
      case "proposedJustification":
      case "manualDiffers":
      case "politicalDiffers":
      case "politicalMissing":
        return item.goal.id;
      case "lowCoverage":
      case "proposedSoundFinances":
        return "";
    }
  };
  // The line wraps in its column: each row as tall as its text (LibreOffice does not fit rows itself).
  const rowHeights = items.flatMap((item, index) => {
    const height = wrappedHeight(checklistLine(item, language), LINE_WIDTH);
    return height === undefined ? [] : [{ row: index + 2, height }];
  });
  return {
    name: t.name,
    rowHeights,
    columns: [
      { header: t.columns.kind, width: 34 },
      { header: t.columns.about, width: 10 },
      { header: t.columns.line, width: LINE_WIDTH },
    ],
    rows: items.map((item) => [CHECKLIST_KINDS[language][item.kind], about(item), { value: checklistLine(item, language), style: "wrap" as const }]),
  };
}

/** The checklist file's name beside the reports: "Checklista 2026-D.xlsx". */
export const checklistFileName = (period: string, language: Language = "sv"): string => `${CHECKLIST_TEXTS[language].name} ${period}.xlsx`;

/** Writes the checklist beside the reports, and gives its items (for a caller to print). */
export async function writeChecklist(input: ReportInput | FollowUp, sink: FileSink, language: Language = "sv"): Promise<{ readonly fileName: string; readonly items: readonly ChecklistItem[] }> {
  const items = checklistOf(input);
  const fileName = checklistFileName(input.period, language);
  await sink.write(fileName, { workbook: { sheets: [checklistSheet(items, language)] } });
  return { fileName, items };
}
