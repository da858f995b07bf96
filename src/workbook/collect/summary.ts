/**
 * The summary of a period that `puls status` prints and the task pane will show: reporting
 * coverage, statuses by colour, goals by assessment and the problems, grouped so that every kind
 * of problem is named. Data only: the callers render it (text, JSON, UI).
 */
import { countAssessments, countStatuses, describeLocation, problemMessage, type Assessment, type Evaluation, type Language, type Plan, type Problem, type Status } from "../../core";
import type { HandedIn, ReportingStatusRow } from "../../core";

export interface SummaryProblem {
  readonly severity: Problem["severity"];
  readonly code: Problem["code"];
  readonly where: string;
  readonly organisation: string;
  readonly message: string;
}

export interface PeriodSummary {
  readonly municipality: string;
  readonly period: string;
  readonly periodName: string;
  readonly reporting: {
    readonly expected: number;
    readonly submitted: number;
    readonly missing: readonly { readonly id: string; readonly name: string }[];
    readonly late: readonly string[];
    /** The late units with the day each handed in and what says so (its own mark, or its file's time), where known. */
    readonly lateHandedIn: readonly { readonly id: string; readonly day: string; readonly by: HandedIn["by"] }[];
    readonly withErrors: readonly string[];
  } | null;
  readonly statuses: Readonly<Record<Status, number>>;
  readonly resultGoals: Readonly<Record<Assessment, number>>;
  readonly problems: { readonly errors: number; readonly warnings: number; readonly byKind: readonly { readonly code: Problem["code"]; readonly count: number; readonly examples: readonly SummaryProblem[] }[] };
}

const EXAMPLES_PER_KIND = 3;

/** A problem as the summary shows it, in the given language. */
export function toSummaryProblem(problem: Problem, language: Language = "sv"): SummaryProblem {
  return { severity: problem.severity, code: problem.code, where: describeLocation(problem.at), organisation: problem.organisation ?? "", message: problemMessage(problem, language) };
}

/** Summarises a period's evaluation, reporting and problems (rendered with {@link toSummaryProblem}, or read back from a consolidated workbook). */
export function summarise(plan: Plan, evaluation: Evaluation, reporting: readonly ReportingStatusRow[] | null, problems: readonly SummaryProblem[]): PeriodSummary {
  const name = new Map(plan.organisation.map((o) => [o.id, o.name]));
  const statuses = countStatuses(evaluation.statuses.map((row) => row.status));
  const resultGoalIds = new Set(plan.goals.filter((g) => g.level === "resultGoal").map((g) => g.id));
  const resultGoals = countAssessments(evaluation.goals.filter((goal) => resultGoalIds.has(goal.goal)).map((goal) => goal.effective));
  const kinds = new Map<Problem["code"], SummaryProblem[]>();
  const ordered = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  for (const problem of ordered) {
    const list = kinds.get(problem.code);
    if (list === undefined) kinds.set(problem.code, [problem]);
    else list.push(problem);
  }
  return {
    municipality: plan.settings.municipality,
    period: evaluation.period,
    periodName: plan.periods.find((p) => p.id === evaluation.period)?.name ?? evaluation.period,
    reporting:
      reporting === null
        ? null
        : {
            expected: reporting.length,
            submitted: reporting.filter((r) => r.state !== "missing").length,
            missing: reporting.filter((r) => r.state === "missing").map((r) => ({ id: r.organisation, name: name.get(r.organisation) ?? r.organisation })),
            late: reporting.filter((r) => r.state === "late").map((r) => r.organisation),
            lateHandedIn: reporting.flatMap((r) => (r.state === "late" && r.handedIn !== undefined && r.handedIn !== null ? [{ id: r.organisation, ...r.handedIn }] : [])),
            withErrors: reporting.filter((r) => r.state === "submittedWithErrors").map((r) => r.organisation),
          },
    statuses,
    resultGoals,
    problems: {
      errors: problems.filter((p) => p.severity === "error").length,
      warnings: problems.filter((p) => p.severity === "warning").length,
      byKind: [...kinds].map(([code, list]) => ({
        code,
        count: list.length,
        examples: list.slice(0, EXAMPLES_PER_KIND),
      })),
    },
  };
}
