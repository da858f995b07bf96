/**
 * What the planning sheet (`Inför planeringen`) lists per goal: the political analysis's
 * conclusions for the year and what the data says the next plan should take up.
 */
import { OutcomeIndex } from "../plan/indexes";
import type { Plan } from "../plan/model";
import type { OrgLineage } from "../plan/org-lineage";
import { reportingOrganisations } from "../plan/reporting";
import type { FollowUp } from "../reports/follow-up";
import { nextPlan } from "../reports/political";
import { isPeriodOfYear } from "../plan/period-id";

export type Finding =
  /** A row of the political analysis for the year, with its conclusions for the next period. */
  | { readonly kind: "conclusion"; readonly period: string; readonly politicalAssessment: string; readonly conclusions: string }
  /** The goal was not met at the last two follow-ups. */
  | { readonly kind: "notMetTwice"; readonly periods: readonly string[] }
  /** Green for the organisation as a whole in the same period three years running: the target may be too easy to reach (too low for higher-is-better, too high for lower-is-better). */
  | { readonly kind: "greenThreeYears"; readonly indicator: string; readonly periods: readonly string[] }
  /** No outcome for the organisation as a whole in the same period two years running. */
  | { readonly kind: "noDataTwoYears"; readonly indicator: string; readonly periods: readonly string[] }
  /** No target for any of the new year's periods. */
  | { readonly kind: "withoutTarget"; readonly indicator: string; readonly year: number }
  /** A unit that should report the goal's indicators and has never reported any of them. */
  | { readonly kind: "neverReported"; readonly organisation: string; readonly indicators: readonly string[] };

export interface GoalFindings {
  readonly goal: string;
  readonly findings: readonly Finding[];
}

/**
 * The periods followed up so far, oldest first: those with outcomes and targets (a period without
 * targets, such as a tertial in many plans, cannot say whether a goal was met), by end date.
 */
export function followUpPeriods(plan: Plan): string[] {
  const withTargets = new Set(plan.targets.map((row) => row.period));
  const outcomes = new OutcomeIndex(plan.actuals);
  return plan.periods
    .filter((period) => withTargets.has(period.id) && outcomes.hasPeriod(period.id))
    .sort((a, b) => a.to.localeCompare(b.to) || b.from.localeCompare(a.from))
    .map((period) => period.id);
}

/**
 * The findings for each goal (plan order; goals without any left out).
 * @param followUp the follow-up of the last period followed up, on the old plan with its outcomes
 * @param next the new plan (for the targets it has for `year`)
 */
export function planningFindings(followUp: FollowUp, next: Plan, from: number, year: number, lineage: OrgLineage): GoalFindings[] {
  const plan = followUp.plan;
  const byGoal = new Map<string, Finding[]>(plan.goals.map((goal) => [goal.id, []]));
  const add = (goal: string, finding: Finding) => byGoal.get(goal)?.push(finding);
  const goalOf = new Map(plan.indicators.map((indicator) => [indicator.id, indicator.goal]));

  for (const row of plan.politicalAnalysis) {
    if (isPeriodOfYear(row.period, from) && (row.conclusions !== "" || row.politicalAssessment !== "")) {
      add(row.goal, { kind: "conclusion", period: row.period, politicalAssessment: row.politicalAssessment, conclusions: row.conclusions });
    }
  }

  const [before, last] = followUpPeriods(plan).slice(-2);
  if (before !== undefined && last !== undefined) {
    for (const goal of plan.goals) {
      if (followUp.goalAssessment(goal.id, before)?.effective === "notMet" && followUp.goalAssessment(goal.id, last)?.effective === "notMet") add(goal.id, { kind: "notMetTwice", periods: [before, last] });
    }
  }

  const { greenThreeYears, noDataTwoYears } = nextPlan(followUp);
  const back = (years: number) => followUp.yearsBack(years) ?? "";
  for (const indicator of greenThreeYears) add(goalOf.get(indicator.id) ?? "", { kind: "greenThreeYears", indicator: indicator.id, periods: [back(2), back(1), followUp.period] });
  for (const indicator of noDataTwoYears) add(goalOf.get(indicator.id) ?? "", { kind: "noDataTwoYears", indicator: indicator.id, periods: [back(1), followUp.period] });

  const targeted = new Set(next.targets.filter((row) => isPeriodOfYear(row.period, year)).map((row) => row.indicator));
  for (const indicator of plan.indicators) if (!targeted.has(indicator.id)) add(indicator.goal, { kind: "withoutTarget", indicator: indicator.id, year });

  for (const [goal, organisation, indicators] of neverReported(plan, lineage)) add(goal, { kind: "neverReported", organisation, indicators });

  return plan.goals.flatMap((goal) => {
    const findings = byGoal.get(goal.id) ?? [];
    return findings.length === 0 ? [] : [{ goal: goal.id, findings }];
  });
}

/** Per goal, the units that report its indicators and have never reported any of them (nor had a predecessor that did). */
function neverReported(plan: Plan, lineage: OrgLineage): [goal: string, organisation: string, indicators: string[]][] {
  const reportedBy = new Map<string, Set<string>>();
  for (const row of plan.actuals) {
    if (row.actual === null) continue;
    const set = reportedBy.get(row.indicator) ?? new Set<string>();
    set.add(row.organisation);
    reportedBy.set(row.indicator, set);
  }
  const found: [string, string, string[]][] = [];
  for (const goal of plan.goals) {
    const expected = new Map<string, string[]>();
    for (const indicator of plan.indicators.filter((candidate) => candidate.goal === goal.id)) {
      for (const organisation of reportingOrganisations(plan, indicator)) expected.set(organisation, [...(expected.get(organisation) ?? []), indicator.id]);
    }
    for (const [organisation, indicators] of expected) {
      const ancestry = lineage.ancestry(organisation);
      const ever = indicators.some((indicator) => [...(reportedBy.get(indicator) ?? [])].some((id) => ancestry.has(id)));
      if (!ever) found.push([goal.id, organisation, indicators]);
    }
  }
  return found;
}
