/**
 * What a controller reads first after a collection: how many units are in each reporting state,
 * who has not handed in and who is late (by name), and the errors unit by unit, the units with
 * most errors first. Pure, so it is tested without a browser.
 */
import type { CollectedPeriod, Plan, Problem, ReportingState, ReportingStatusRow } from "../../core";

export interface UnitProblems {
  /** The unit's id, or "" for problems of no unit (a file that names none). */
  readonly organisation: string;
  readonly name: string;
  readonly errors: number;
  readonly warnings: number;
  readonly problems: readonly Problem[];
}

export interface Triage {
  readonly counts: Readonly<Record<ReportingState, number>>;
  readonly missing: readonly ReportingStatusRow[];
  readonly late: readonly ReportingStatusRow[];
  /** Units with errors or warnings (the "not handed in" of missing units left out: they are named above). */
  readonly byUnit: readonly UnitProblems[];
  /** The status rows, the ones to act on first: missing, with errors, late, handed in. */
  readonly rows: readonly ReportingStatusRow[];
}

const ORDER: readonly ReportingState[] = ["missing", "submittedWithErrors", "late", "submitted"];

export function triageOf(plan: Plan, collected: CollectedPeriod): Triage {
  const names = new Map(plan.organisation.map((o) => [o.id, o.name]));
  const counts: Record<ReportingState, number> = { missing: 0, submittedWithErrors: 0, late: 0, submitted: 0 };
  for (const row of collected.reporting) counts[row.state] += 1;
  const grouped = new Map<string, Problem[]>();
  for (const problem of collected.problems) {
    if (problem.code === "not-reported") continue;
    const key = problem.organisation ?? "";
    grouped.set(key, [...(grouped.get(key) ?? []), problem]);
  }
  const byUnit = [...grouped].map(([organisation, problems]) => ({
    organisation,
    name: names.get(organisation) ?? organisation,
    errors: problems.filter((p) => p.severity === "error").length,
    warnings: problems.filter((p) => p.severity === "warning").length,
    problems,
  }));
  byUnit.sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || a.name.localeCompare(b.name, "sv"));
  // A stable sort keeps the plan's organisation order within each state.
  const rows = [...collected.reporting].sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state));
  return {
    counts,
    missing: collected.reporting.filter((row) => row.state === "missing"),
    late: collected.reporting.filter((row) => row.state === "late"),
    byUnit,
    rows,
  };
}
