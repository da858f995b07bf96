/**
 * The rules over a period's submissions (docs/workbooks.md §3): one submission per unit (the
 * newest, naming the others), every reporting unit's state (submitted, late, with errors,
 * missing), and the period evaluated with the collected outcomes. The result is the one model of
 * a collected period that the CLI, the task pane and the reports use.
 */
import { evaluate, type Evaluation } from "../evaluation";
import { error, warning, type Problem } from "../problems";
import { planFingerprint, type ActualRow, type Plan } from "../plan";
import type { ReportInput } from "../reports";
import type { CollectionContext } from "./context";
import type { ImprovementRow } from "./improvement";
import type { ActionRow, AnalysisRow, ReportingState, ReportingStatusRow } from "./model";
import type { CheckedSubmission } from "./submission";

/** A collected period: what was collected, from whom, with which problems, and its evaluation. */
export interface CollectedPeriod {
  readonly period: string;
  readonly collectedAt: string;
  /** The fingerprint of the plan it was collected for (see plan/fingerprint.ts). */
  readonly planFingerprint: string;
  readonly actuals: readonly ActualRow[];
  readonly reporting: readonly ReportingStatusRow[];
  readonly problems: readonly Problem[];
  readonly evaluation: Evaluation;
  readonly actions: ReadonlyMap<string, readonly ActionRow[]>;
  readonly analyses: ReadonlyMap<string, readonly AnalysisRow[]>;
  /** Each unit's improvement items (Förbättringar), by unit id. */
  readonly improvements: ReadonlyMap<string, readonly ImprovementRow[]>;
}

const describe = (submission: CheckedSubmission) => (submission.sheet === undefined ? submission.file : `${submission.file} (${submission.sheet})`);

/** Newest first: by the file's change time, then the template's creation time, then the name. */
function newestFirst(a: CheckedSubmission, b: CheckedSubmission): number {
  return (b.modified ?? "").localeCompare(a.modified ?? "") || (b.createdAt ?? "").localeCompare(a.createdAt ?? "") || describe(b).localeCompare(describe(a));
}

function addTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [item]);
  else list.push(item);
}

const count = (submissions: readonly CheckedSubmission[], severity: Problem["severity"]) => submissions.reduce((n, s) => n + s.problems.filter((p) => p.severity === severity).length, 0);

/** Consolidates the checked submissions (from any number of files) of a collection. */
export function consolidate(context: CollectionContext, submissions: readonly CheckedSubmission[]): CollectedPeriod {
  const { plan, period } = context;
  const problems: Problem[] = [];
  const byUnit = new Map<string, CheckedSubmission[]>();
  const attemptsOf = new Map<string, CheckedSubmission[]>();
  for (const submission of submissions) {
    for (const problem of submission.problems) problems.push(problem);
    if (submission.unit === null) continue;
    addTo(attemptsOf, submission.unit, submission);
    if (submission.usable) addTo(byUnit, submission.unit, submission);
  }
  const chosen = new Map<string, CheckedSubmission>();
  for (const [unit, list] of byUnit) {
    const sorted = [...list].sort(newestFirst);
    const used = sorted[0] as CheckedSubmission;
    chosen.set(unit, used);
    if (sorted.length > 1) {
      const files = sorted.map(describe).join(", ");
      for (const submission of sorted) problems.push(warning("duplicate-submission", { file: submission.file, sheet: submission.sheet }, { files, used: describe(used) }, { organisation: unit }));
    }
  }
  const deadline = plan.settings.deadline;
  const reporting: ReportingStatusRow[] = [];
  for (const [unit, expected] of context.expected) {
    const submission = chosen.get(unit);
    if (submission === undefined) {
      // A unit whose files could not be used did submit: its files' errors say why; it is not "missing".
      const attempted = attemptsOf.get(unit) ?? [];
      if (attempted.length === 0) problems.push(error("not-reported", {}, { deadline: deadline ?? "" }, { organisation: unit }));
      reporting.push({
        organisation: unit,
        state: attempted.length === 0 ? "missing" : "submittedWithErrors",
        file: attempted.map(describe).join(", "),
        modified: attempted[0]?.modified ?? null,
        expected: expected.length,
        filled: 0,
        errors: count(attempted, "error"),
        warnings: count(attempted, "warning"),
      });
      continue;
    }
    const errors = count([submission], "error");
    const warnings = count([submission], "warning");
    // Late by the day the unit handed in: its own mark where it gave one, else its file's change time.
    const late = deadline !== null && submission.handedIn !== null && submission.handedIn.day > deadline;
    const state: ReportingState = errors > 0 ? "submittedWithErrors" : late ? "late" : "submitted";
    reporting.push({ organisation: unit, state, file: describe(submission), modified: submission.modified, handedIn: submission.handedIn, expected: submission.expected, filled: submission.filled, errors, warnings });
  }
  // In the plan's organisation order, as a controller reads them (not the order the files came in).
  const actuals = [...context.expected.keys()].flatMap((unit) => chosen.get(unit)?.actuals ?? []);
  return {
    period,
    collectedAt: context.collectedAt,
    planFingerprint: context.fingerprint,
    actuals,
    reporting,
    problems,
    evaluation: evaluate(plan, period, actuals),
    actions: new Map([...chosen].map(([unit, submission]) => [unit, submission.actions])),
    analyses: new Map([...chosen].map(([unit, submission]) => [unit, submission.analyses])),
    // In the plan's organisation order, as the boards and the operational report list them.
    improvements: new Map([...context.expected.keys()].flatMap((unit) => {
      const submission = chosen.get(unit);
      return submission === undefined ? [] : [[unit, submission.improvements] as const];
    })),
  };
}

/** What the reports need of a collected period. */
export function reportInputOf(plan: Plan, collected: CollectedPeriod): ReportInput {
  return {
    plan,
    period: collected.period,
    collected: collected.actuals,
    reporting: collected.reporting,
    collectedAt: collected.collectedAt,
    actions: collected.actions,
    analyses: collected.analyses,
    improvements: collected.improvements,
  };
}

/** The collected period evaluated again against `plan` (after a controller set an assessment). */
export function reevaluated(plan: Plan, collected: CollectedPeriod): CollectedPeriod {
  return { ...collected, evaluation: evaluate(plan, collected.period, collected.actuals), planFingerprint: planFingerprint(plan) };
}
