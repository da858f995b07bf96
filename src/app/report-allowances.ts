/**
 * Which reports a period allows, and why not (docs/reports.md, *The right report for the period*):
 * decided here for the CLI and the task pane alike. Light: no file formats, so the task pane's
 * first screen can ask it.
 */
import { evaluate, parsePeriodId, type CollectedPeriod, type PeriodKind, type Plan, type ReportBasis } from "../core";
import { REPORT_KINDS, type ReportKind, type ReportObstacle } from "../reports/texts";

export { obstacleSentence } from "../reports/obstacles";

/** The reports written for the council (not the controllers' working report): they need enough data. */
export const COUNCIL_REPORTS: readonly ReportKind[] = ["political", "annual", "interim"];

/** Whether a report may be written for a period as final, and if not, why (it may then be written only as a draft). */
export interface ReportAllowance {
  readonly kind: ReportKind;
  /** Empty: the report may be written. Otherwise what keeps it from being final. */
  readonly obstacles: readonly ReportObstacle[];
}

/** What kind of stretch of the year a period is: as the plan lists it, else as its id says (null for neither). */
export function periodKindOf(plan: Plan, period: string): PeriodKind | null {
  return plan.periods.find((candidate) => candidate.id === period)?.type ?? parsePeriodId(period)?.kind ?? null;
}

/**
 * Which reports a period allows (docs/reports.md, *The right report for the period*): the
 * annual report only for a full year, the interim report only for the interim period (not for a
 * tertial or a month), and the council's reports (political analysis, annual and interim report)
 * only when at least the plan's minimum coverage of the period's values have an outcome. The
 * operational report is always allowed: it is the controllers' working report.
 */
export function reportAllowances(plan: Plan, period: string, data: Pick<ReportBasis["data"], "values" | "withOutcome">): ReportAllowance[] {
  const kind = periodKindOf(plan, period);
  const minCoverage = plan.settings.minCoverage;
  const coverage = data.values === 0 ? 0 : data.withOutcome / data.values;
  const thin: ReportObstacle[] = coverage < minCoverage ? [{ kind: "coverage", withOutcome: data.withOutcome, values: data.values, minCoverage }] : [];
  const needs = (report: "annual" | "interim", wanted: PeriodKind): ReportObstacle[] => (kind === wanted ? [] : [{ kind: "period", report, period, periodKind: kind ?? "month" }]);
  return REPORT_KINDS.map((report) => ({
    kind: report,
    obstacles: report === "operational" ? [] : report === "political" ? thin : [...needs(report, report === "annual" ? "fullYear" : "interim"), ...thin],
  }));
}

/** The reports `alla` makes for a period: the operational report, the political analysis, and the annual report for a full year or else the interim report. */
export function reportsForPeriod(plan: Plan, period: string): ReportKind[] {
  return ["operational", "political", councilReportOf(plan, period)];
}

/** The period's own report to the council: the annual report for a full year, else the interim report. */
export function councilReportOf(plan: Plan, period: string): "annual" | "interim" {
  return periodKindOf(plan, period) === "fullYear" ? "annual" : "interim";
}

/** The allowances of a period from a collection (its evaluation), or from the plan's own outcomes. */
export function reportAllowancesOf(plan: Plan, period: string, collected: CollectedPeriod | null): ReportAllowance[] {
  const statuses = (collected?.evaluation ?? evaluate(plan, period, [])).statuses;
  return reportAllowances(plan, period, { values: statuses.length, withOutcome: statuses.filter((row) => row.actual !== null).length });
}
