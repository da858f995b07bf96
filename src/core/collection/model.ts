/**
 * What collection gives the follow-up, as the core sees it (docs/workbooks.md §2–3): each unit's
 * reporting status, its actions and its analyses. The workbook layer reads these from the units'
 * workbooks (or from a consolidated workbook); the report models read them from here.
 */
import type { ActionStatus } from "./action-status";

/** When a unit handed in, and how that was judged: its own "Klar att lämna in" mark, or the file's change time. */
export interface HandedIn {
  readonly day: string;
  readonly by: "mark" | "file";
}

export type ReportingState = "submitted" | "submittedWithErrors" | "missing" | "late";

export interface ReportingStatusRow {
  readonly organisation: string;
  readonly state: ReportingState;
  readonly file: string;
  readonly modified: string | null;
  /**
   * When the unit handed in and how that was judged (its own mark, or the file's change time), by
   * which it is late or not; null or absent when unknown (missing, or read from an older workbook).
   */
  readonly handedIn?: HandedIn | null;
  readonly expected: number;
  readonly filled: number;
  readonly errors: number;
  readonly warnings: number;
}

/** One row of a unit's action plan (*handlingsplan*). */
export interface ActionRow {
  readonly action: string;
  readonly about: string;
  readonly owner: string;
  /** The original due date (ISO), never overwritten. */
  readonly due: string;
  /** The new date when the plan slipped (ISO), or "". */
  readonly newDate: string;
  readonly status: ActionStatus;
  /** The status as the unit wrote it (the template's default, Ej påbörjad, when blank). */
  readonly statusText: string;
  readonly comment: string;
  /** Not done or cancelled, and past its (new) date on the day of collection. */
  readonly overdue: boolean;
}

/** A unit's analysis of one goal (or of the whole unit: goal "Helhet"). */
export interface AnalysisRow {
  readonly goal: string;
  readonly text: string;
}

/** A unit that reported: it submitted, late or with errors, but it did submit. */
export function hasReported(state: ReportingState): boolean {
  return state !== "missing";
}
