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

/**
 * The values each kind of problem carries, by name: what its message names (messages.ts). A
 * problem made with the wrong values, or with one missing, is a type error where it is made.
 */
export interface ProblemValues {
  "missing-sheet": { readonly sheet: string | number };
  "missing-column": { readonly column: string | number; readonly sheet: string | number };
  "duplicate-id": { readonly first: string | number; readonly id: string | number };
  "missing-id": Record<never, never>;
  "unknown-parent": { readonly parent: string | number };
  "cycle": { readonly ids: string | number };
  "unknown-goal": { readonly goal: string | number };
  "indicator-without-goal": Record<never, never>;
  "unknown-organisation": { readonly organisation: string | number };
  "unknown-indicator": { readonly indicator: string | number };
  "unknown-period": { readonly period: string | number };
  "invalid-value": { readonly allowed: string | number; readonly column: string | number; readonly value: string | number };
  "invalid-number": { readonly column: string | number; readonly value: string | number };
  "invalid-direction": { readonly value: string | number };
  "invalid-target": { readonly value: string | number };
  "invalid-setting": { readonly allowed: string | number; readonly key: string | number; readonly value: string | number };
  "range-without-max": Record<never, never>;
  "organisation-gone": { readonly organisation: string | number; readonly periods: string | number; readonly rows: string | number };
  "unit-changed": { readonly from: string | number; readonly successors: string | number; readonly unit: string | number };
  "invalid-period-id": { readonly period: string | number };
  "period-ends-before-start": { readonly from: string | number; readonly to: string | number };
  "yellow-from-out-of-range": { readonly value: string | number };
  "negative-tolerance": { readonly value: string | number };
  "target-max-below-target": { readonly target: string | number; readonly targetMax: string | number };
  "negative-size": { readonly value: string | number };
  "unknown-reporter": { readonly names: string | number };
  "indicator-not-reported": Record<never, never>;
  "target-for-non-reporter": { readonly indicator: string | number; readonly organisation: string | number };
  "percent-above-one": { readonly percent: string | number; readonly value: string | number };
  "negative-value": { readonly unit: string | number; readonly value: string | number };
  "fractional-count-target": { readonly unit: string | number; readonly value: string | number };
  "implausible-target": { readonly typical: string | number; readonly value: string | number };
  "budget-without-full-year": { readonly year: string | number };
  "averaged-count": { readonly unit: string | number };
  "summed-share": Record<never, never>;
  "weighted-without-size": { readonly organisations: string | number };
  "unreadable-file": { readonly part?: string | number; readonly reason: string | number };
  "ods-file": Record<never, never>;
  "damaged-part": { readonly part: string | number };
  "part-too-large": { readonly limit: string | number; readonly part: string | number };
  "workbook-too-large": { readonly limit: string | number };
  "cell-out-of-range": { readonly cell: string | number };
  "too-many-cells": { readonly cell: string | number; readonly limit: string | number };
  "missing-shared-strings": Record<never, never>;
  "missing-unit-id": Record<never, never>;
  "identity-mismatch": { readonly found: string | number; readonly unit: string | number };
  "not-a-file": { readonly kind: string | number };
  "wrong-format": { readonly extension: string | number };
  "file-too-large": { readonly limit: string | number };
  "more-problems": { readonly code: string | number; readonly count: string | number };
  "empty-file": Record<never, never>;
  "encrypted-or-xls": Record<never, never>;
  "not-a-template": Record<never, never>;
  "old-template": { readonly version: string | number };
  "other-plan": Record<never, never>;
  "other-period": { readonly expected: string | number; readonly found: string | number };
  "unknown-unit": { readonly unit: string | number };
  "unexpected-row": { readonly indicator: string | number };
  "missing-row": { readonly indicator: string | number };
  "duplicate-row": { readonly indicator: string | number };
  "decimal-comma": { readonly number: string | number; readonly value: string | number };
  "percent-as-number": { readonly share: string | number; readonly value: string | number };
  "not-a-percentage": { readonly value: string | number };
  "gender-sum-mismatch": { readonly actual: string | number; readonly men: string | number; readonly sum: string | number; readonly women: string | number };
  "comment-required": Record<never, never>;
  "overdue-action": { readonly action: string | number; readonly due: string | number; readonly status: string | number };
  "duplicate-submission": { readonly files: string | number; readonly used: string | number };
  "not-reported": { readonly deadline: string | number };
  "invalid-submission-date": { readonly value: string | number };
  "future-submission-date": { readonly date: string | number; readonly today: string | number };
  "text-too-long": { readonly length: string | number };
}

/** The kinds of problem, each with a message in messages.ts. */
export type ProblemCode = keyof ProblemValues;


export interface Problem {
  readonly severity: Severity;
  readonly code: ProblemCode;
  readonly at: Location;
  readonly organisation?: string;
  readonly indicator?: string;
  /** The values the message names (an id, a column, a value). */
  readonly values: Readonly<Record<string, string | number>>;
}

/** The codes whose problems carry no values: their values may be left out. */
type WithoutValues = { [C in ProblemCode]: keyof ProblemValues[C] extends never ? C : never }[ProblemCode];

/** The values argument of a problem of `C`: required where the message names values. */
type ValuesArgument<C extends ProblemCode> = C extends WithoutValues ? [values?: ProblemValues[C], about?: Pick<Problem, "organisation" | "indicator">] : [values: ProblemValues[C], about?: Pick<Problem, "organisation" | "indicator">];

/** A problem of severity "error". */
export function error<C extends ProblemCode>(code: C, at: Location, ...[values, about]: ValuesArgument<C>): Problem {
  return { severity: "error", code, at, values: values ?? {}, ...(about ?? {}) };
}

/** A problem of severity "warning". */
export function warning<C extends ProblemCode>(code: C, at: Location, ...[values, about]: ValuesArgument<C>): Problem {
  return { severity: "warning", code, at, values: values ?? {}, ...(about ?? {}) };
}
