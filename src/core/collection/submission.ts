/**
 * A unit's submission as parsed from its workbook, before any rule of collection is applied: what
 * the hidden `_puls` sheet says, each row of the report sheet with its cells as typed, the action
 * plan and the analyses, each with where it stands. The workbook layer parses; the rules that
 * judge a submission (check-submission.ts) and a period's submissions (consolidate.ts) are here.
 */
import type { CellInput } from "../values";
import type { Location, Problem } from "../problems";
import type { ActualRow } from "../plan";
import type { ImprovementRow, SubmittedImprovement } from "./improvement";
import type { ActionRow, AnalysisRow, HandedIn } from "./model";

export type { HandedIn } from "./model";

/** What the template's hidden sheet says about itself. */
export interface SubmissionMeta {
  readonly version: number;
  readonly fingerprint: string;
  readonly unit: string;
  /** The unit's name as Puls wrote it into the template ("" in a shared workbook). */
  readonly unitName: string;
  readonly period: string;
  readonly createdAt: string | null;
  /** The seal as found, and the seal its fields call for (see plan/fingerprint.ts). */
  readonly seal: string;
  readonly expectedSeal: string;
  /** Where the hidden sheet is (or the unit's row of it, in a shared workbook). */
  readonly at: Location;
}

/** One row of the report sheet, its cells as typed, and where each is. */
export interface SubmittedRow {
  readonly indicator: string;
  readonly actual: CellInput;
  readonly women: CellInput;
  readonly men: CellInput;
  /** The unit's *Prognos helår* (template version 5); absent in an older template. */
  readonly forecast?: CellInput;
  readonly comment: string;
  readonly at: { readonly indicator: Location; readonly actual: Location; readonly women: Location; readonly men: Location; readonly comment: Location; readonly forecast?: Location };
}

/** One row of the action plan, as typed (dates as ISO text where they were dates). */
export interface SubmittedAction {
  readonly action: string;
  readonly about: string;
  readonly owner: string;
  readonly due: string;
  readonly newDate: string;
  readonly status: string;
  readonly comment: string;
  readonly at: { readonly due: Location; readonly newDate: Location };
}

/** The unit's own "Klar att lämna in" mark, as written (from template version 4). */
export interface SubmittedMark {
  /** Who handed it in, as written ("" when blank). */
  readonly by: string;
  /** The day as an ISO day where the cell holds a date, else the text as written ("" when blank). */
  readonly date: string;
  /** Where the date cell is. */
  readonly at: Location;
}

/** The report sheet: its rows, or the problems that kept it from being read (a missing column). */
export interface SubmittedReport {
  readonly sheet: string;
  /** How the outcomes name their source: the file, and the sheet in a shared workbook. */
  readonly source: string;
  readonly rows: readonly SubmittedRow[];
  /** The unit's mark above the table, when the sheet has one. */
  readonly mark?: SubmittedMark;
  /** Set when the sheet's table could not be read at all. */
  readonly problems: readonly Problem[];
  readonly readable: boolean;
}

export interface ParsedSubmission {
  readonly file: string;
  /** In a shared workbook, the unit's sheet. */
  readonly sheet?: string;
  /** When the file was last changed (ISO), as the file system says; null when unknown. */
  readonly modified: string | null;
  readonly meta: SubmissionMeta;
  /** Undefined when the workbook has no report sheet (a problem the checks report). */
  readonly report: SubmittedReport | undefined;
  /** The name the report sheet should have had, for that problem. */
  readonly reportSheetName: string;
  readonly actions: readonly SubmittedAction[];
  readonly analyses: readonly AnalysisRow[];
  /** The Förbättringar sheet's items (none in a template older than version 6, or a shared workbook). */
  readonly improvements: readonly SubmittedImprovement[];
}

/** A submission after the rules: what collection keeps of it (the workbook itself is long released). */
export interface CheckedSubmission {
  readonly file: string;
  readonly sheet?: string;
  readonly modified: string | null;
  readonly unit: string | null;
  readonly period: string | null;
  readonly createdAt: string | null;
  /** When it was handed in (the unit's mark, else the file's change time), or null when unknown. */
  readonly handedIn: HandedIn | null;
  /** False when the workbook cannot be used for this plan and period (its problems say why). */
  readonly usable: boolean;
  readonly actuals: readonly ActualRow[];
  readonly expected: number;
  readonly filled: number;
  readonly actions: readonly ActionRow[];
  readonly analyses: readonly AnalysisRow[];
  readonly improvements: readonly ImprovementRow[];
  readonly problems: readonly Problem[];
}

/** The day a file was changed, as when it was handed in (no mark to go by). */
export function byFile(modified: string | null): HandedIn | null {
  return modified === null ? null : { day: modified.slice(0, 10), by: "file" };
}

/** A submission that could not be used at all (its problems say why). */
export function unusable(file: string, modified: string | null, problems: readonly Problem[], sheet?: string): CheckedSubmission {
  return { file, sheet, modified, unit: null, period: null, createdAt: null, handedIn: byFile(modified), usable: false, actuals: [], expected: 0, filled: 0, actions: [], analyses: [], improvements: [], problems };
}
