/**
 * Consolidating the units' reports for one period (workbooks.md §3): choose one submission per
 * unit (the newest, naming the others), give every reporting unit its reporting status, and
 * evaluate the period with the collected outcomes.
 */
import { error, evaluate, warning, type ActualRow, type Evaluation, type Plan, type Problem, type ReportInput, type ReportingState, type ReportingStatusRow } from "../../core";

export type { ReportingState, ReportingStatusRow } from "../../core";
import type { ActionRow, AnalysisRow, CollectionContext, UnitReport } from "./unit-report";

export interface Consolidation {
  readonly period: string;
  readonly collectedAt: string;
  readonly actuals: readonly ActualRow[];
  readonly reporting: readonly ReportingStatusRow[];
  readonly problems: readonly Problem[];
  readonly evaluation: Evaluation;
  readonly actions: ReadonlyMap<string, readonly ActionRow[]>;
  readonly analyses: ReadonlyMap<string, readonly AnalysisRow[]>;
}

const describe = (report: UnitReport) => (report.sheet === undefined ? report.file : `${report.file} (${report.sheet})`);

/** Newest first: by the file's change time, then the template's creation time, then the name. */
function newestFirst(a: UnitReport, b: UnitReport): number {
  return (b.modified ?? "").localeCompare(a.modified ?? "") || (b.createdAt ?? "").localeCompare(a.createdAt ?? "") || describe(b).localeCompare(describe(a));
}

/** Consolidates the reports (from any number of files) of a collection. */
export function consolidate(context: CollectionContext, reports: readonly UnitReport[]): Consolidation {
  const { plan, period } = context;
  const problems: Problem[] = [];
  const byUnit = new Map<string, UnitReport[]>();
  for (const report of reports) {
    for (const problem of report.problems) problems.push(problem);
    if (!report.usable || report.unit === null) continue;
    const list = byUnit.get(report.unit) ?? [];
    list.push(report);
    byUnit.set(report.unit, list);
  }
  const chosen = new Map<string, UnitReport>();
  for (const [unit, list] of byUnit) {
    const sorted = [...list].sort(newestFirst);
    const used = sorted[0] as UnitReport;
    chosen.set(unit, used);
    if (sorted.length > 1) {
      const files = sorted.map(describe).join(", ");
      for (const report of sorted) problems.push(warning("duplicate-submission", { file: report.file, sheet: report.sheet }, { files, used: describe(used) }, { organisation: unit }));
    }
  }
  const deadline = plan.settings.deadline;
  const reporting: ReportingStatusRow[] = [];
  for (const [unit, expected] of context.expected) {
    const report = chosen.get(unit);
    if (report === undefined) {
      // A unit whose files could not be used did submit: its files' errors say why; it is not "missing".
      const attempted = reports.filter((r) => r.unit === unit);
      if (attempted.length === 0) problems.push(error("not-reported", {}, { deadline: deadline ?? "" }, { organisation: unit }));
      const count = (severity: Problem["severity"]) => attempted.reduce((n, r) => n + r.problems.filter((p) => p.severity === severity).length, 0);
      reporting.push({
        organisation: unit,
        state: attempted.length === 0 ? "missing" : "submittedWithErrors",
        file: attempted.map(describe).join(", "),
        modified: attempted[0]?.modified ?? null,
        expected: expected.length,
        filled: 0,
        errors: count("error"),
        warnings: count("warning"),
      });
      continue;
    }
    const errors = report.problems.filter((p) => p.severity === "error").length;
    const warnings = report.problems.filter((p) => p.severity === "warning").length;
    const late = deadline !== null && report.modified !== null && report.modified.slice(0, 10) > deadline;
    const state: ReportingState = errors > 0 ? "submittedWithErrors" : late ? "late" : "submitted";
    reporting.push({ organisation: unit, state, file: describe(report), modified: report.modified, expected: report.expected, filled: report.filled, errors, warnings });
  }
  // In the plan's organisation order, as a controller reads them (not the order the files came in).
  const actuals = [...context.expected.keys()].flatMap((unit) => chosen.get(unit)?.actuals ?? []);
  return {
    period,
    collectedAt: context.collectedAt,
    actuals,
    reporting,
    problems,
    evaluation: evaluate(plan, period, actuals),
    actions: new Map([...chosen].map(([unit, report]) => [unit, report.actions])),
    analyses: new Map([...chosen].map(([unit, report]) => [unit, report.analyses])),
  };
}

/** What the reports need of a collection. */
export function reportInputOf(plan: Plan, consolidation: Consolidation): ReportInput {
  return {
    plan,
    period: consolidation.period,
    collected: consolidation.actuals,
    reporting: consolidation.reporting,
    collectedAt: consolidation.collectedAt,
    actions: consolidation.actions,
    analyses: consolidation.analyses,
  };
}

/** The consolidation evaluated again against `plan` (after a controller set an assessment). */
export function reevaluated(plan: Plan, consolidation: Consolidation): Consolidation {
  return { ...consolidation, evaluation: evaluate(plan, consolidation.period, consolidation.actuals) };
}
