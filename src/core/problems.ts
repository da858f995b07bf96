/**
 * Problems found in users' workbooks: what, where, how bad. The text a user reads comes from
 * messages.ts, in Swedish or English; a problem itself carries only its code and values.
 */

/** Where a problem is: the file, the sheet and the cell (A1), as far as known. */
export interface Location {
  readonly file?: string;
  readonly sheet?: string;
  readonly cell?: string;
}

export type Severity = "error" | "warning";

/** The kinds of problem, each with a message in messages.ts. */
export type ProblemCode =
  | "missing-sheet"
  | "missing-column"
  | "duplicate-id"
  | "missing-id"
  | "unknown-parent"
  | "cycle"
  | "unknown-goal"
  | "indicator-without-goal"
  | "unknown-organisation"
  | "unknown-indicator"
  | "unknown-period"
  | "invalid-value"
  | "invalid-number"
  | "invalid-direction"
  | "invalid-target"
  | "invalid-setting"
  | "range-without-max"
  | "organisation-gone"
  | "unit-changed"
  | "invalid-period-id"
  | "period-ends-before-start"
  | "yellow-from-out-of-range"
  | "negative-tolerance"
  | "target-max-below-target"
  // Collection of unit workbooks (workbooks.md §3):
  | "unreadable-file"
  | "ods-file"
  | "damaged-part"
  | "part-too-large"
  | "workbook-too-large"
  | "cell-out-of-range"
  | "too-many-cells"
  | "missing-shared-strings"
  | "missing-unit-id"
  | "identity-mismatch"
  | "not-a-file"
  | "wrong-format"
  | "file-too-large"
  | "more-problems"
  | "empty-file"
  | "encrypted-or-xls"
  | "not-a-template"
  | "old-template"
  | "other-plan"
  | "other-period"
  | "unknown-unit"
  | "unexpected-row"
  | "missing-row"
  | "duplicate-row"
  | "decimal-comma"
  | "percent-as-number"
  | "not-a-percentage"
  | "gender-sum-mismatch"
  | "comment-required"
  | "overdue-action"
  | "duplicate-submission"
  | "not-reported"
  // Writing workbooks:
  | "text-too-long";

export interface Problem {
  readonly severity: Severity;
  readonly code: ProblemCode;
  readonly at: Location;
  readonly organisation?: string;
  readonly indicator?: string;
  /** The values the message names (an id, a column, a value). */
  readonly values: Readonly<Record<string, string | number>>;
}

/** A problem of severity "error". */
export function error(code: ProblemCode, at: Location, values: Problem["values"] = {}, about: Pick<Problem, "organisation" | "indicator"> = {}): Problem {
  return { severity: "error", code, at, values, ...about };
}

/** A problem of severity "warning". */
export function warning(code: ProblemCode, at: Location, values: Problem["values"] = {}, about: Pick<Problem, "organisation" | "indicator"> = {}): Problem {
  return { severity: "warning", code, at, values, ...about };
}
