/**
 * Reading a filled-in unit workbook: parsed into submissions here (parse-submission.ts), judged by
 * core's rules of collection (check-submission.ts). Never throws for anything in the workbook.
 */
import { checkSubmission, unusable, type CheckedSubmission, type CollectionContext } from "../../core";
import type { WorkbookGrid } from "../grid";
import { parseSubmissions } from "./parse-submission";

/** Every submission in a workbook, checked: one for a unit's own workbook, one per unit sheet for a shared one. */
export function readUnitWorkbook(grid: WorkbookGrid, file: string, modified: string | null, context: CollectionContext): CheckedSubmission[] {
  const parsed = parseSubmissions(grid, file, modified);
  if (!Array.isArray(parsed)) return [unusable(file, modified, [parsed])];
  return parsed.map((submission) => checkSubmission(submission, context));
}
