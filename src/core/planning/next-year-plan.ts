/**
 * Next year's plan from this year's (docs/planning.md: the plan as the PDCA loop's "Plan"): the
 * same organisation, goals and indicators with their ids, the new year's periods in this year's
 * pattern, all history carried, targets proposed from the year's results, and the findings the
 * planning should take up. The plan given is not changed; a new one is returned.
 */
import { OrgLineage } from "../plan/org-lineage";
import { rowKey, withOutcomes } from "../plan/indexes";
import type { ActualRow, Plan, TargetRow } from "../plan/model";
import { FollowUp } from "../reports/follow-up";
import { planOnlyInput } from "../reports/input";
import { followUpPeriods, planningFindings, type GoalFindings } from "./findings";
import { isPeriodOfYear } from "../plan/period-id";
import { firstToEnd, periodsMovedToYear } from "./next-periods";
import { proposeTargets, type TargetProposal } from "./proposals";

export type PlanningErrorCode = "year-not-later" | "no-periods";

/** Why no plan for the year could be made; the caller says it in the user's language. */
export class PlanningError extends Error {
  constructor(
    readonly code: PlanningErrorCode,
    readonly values: Readonly<Record<string, string | number>>,
  ) {
    super(`${code}: ${JSON.stringify(values)}`);
    this.name = "PlanningError";
  }
}

export interface NextYearPlan {
  readonly plan: Plan;
  /** The year the plan was made from. */
  readonly from: number;
  readonly proposals: readonly TargetProposal[];
  readonly findings: readonly GoalFindings[];
  /** The last period followed up (what the findings are judged on), or null without any outcomes. */
  readonly followedUp: string | null;
  /** The old plan's deadline, left out of the new plan (it belonged to a period of the old year). */
  readonly clearedDeadline: string | null;
}

/**
 * The plan for `year`.
 * @param collected outcomes collected since the plan was saved (a consolidation): carried into
 *   Utfall like those already there, replacing rows for the same indicator, organisation and period.
 * @throws PlanningError when `year` is not after the plan's year, or the plan's year has no periods.
 */
export function nextYearPlan(plan: Plan, year: number, collected: readonly ActualRow[] = []): NextYearPlan {
  const from = plan.settings.year;
  if (!Number.isInteger(year) || year <= from) throw new PlanningError("year-not-later", { year, planYear: from });
  const newPeriods = periodsMovedToYear(plan.periods, from, year);
  if (newPeriods.length === 0) throw new PlanningError("no-periods", { planYear: from });

  const old = withOutcomes(plan, collected);
  const followed = followUpPeriods(old);
  const last = followed[followed.length - 1] ?? null;
  const followUp = new FollowUp(planOnlyInput(old, last ?? plan.settings.currentPeriod));
  // Targets the plan already has for the new year (set ahead by the controller) are kept, not proposed over.
  const keyOf = (row: TargetRow) => rowKey(row.indicator, row.organisation ?? "", row.period);
  const setAhead = new Set(plan.targets.filter((row) => isPeriodOfYear(row.period, year)).map(keyOf));
  const proposals = proposeTargets(followUp, from, year).filter((proposal) => !setAhead.has(keyOf(proposal.row)));
  const known = new Set(plan.periods.map((period) => period.id));
  const later = (period: string) => Number(period.slice(0, 4)) >= year;

  const next: Plan = {
    ...old,
    settings: { ...plan.settings, year, currentPeriod: firstToEnd(newPeriods)?.id ?? "", deadline: null },
    periods: [...plan.periods, ...newPeriods.filter((period) => !known.has(period.id))],
    targets: [...plan.targets, ...proposals.map((proposal) => proposal.row)],
    // Assessments and the political analysis start empty for the new year; earlier years' stay as history.
    assessments: plan.assessments.filter((row) => !later(row.period)),
    politicalAnalysis: plan.politicalAnalysis.filter((row) => !later(row.period)),
  };
  return {
    plan: next,
    from,
    proposals,
    findings: planningFindings(followUp, next, from, year, new OrgLineage(plan.orgChanges)),
    followedUp: last,
    clearedDeadline: plan.settings.deadline,
  };
}
