/**
 * The operational report (*verksamhetsrapport*, docs/reports.md §1): per division, down to its units.
 */
import type { ActionRow } from "../collection/model";
import type { ImprovementRow } from "../collection/improvement";
import { hasReported } from "../collection/model";
import type { GoalAssessment } from "../evaluation/model";
import { rollup, type RollupResult } from "../rollup";
import { countAssessments, countStatuses, type AssessmentCounts, type StatusCounts } from "./counts";
import type { FollowUp, IndicatorLine, ReportBasis } from "./follow-up";
import type { GoalRef, OrgRef } from "./refs";

export interface OperationalReport {
  readonly kind: "operational";
  readonly basis: ReportBasis;
  readonly divisions: readonly DivisionSection[];
  /** Every organisation's improvement items, in the plan's organisation order. */
  readonly improvements: readonly DivisionImprovementItem[];
}

export interface DivisionSection {
  readonly organisation: OrgRef;
  /** The division and every organisation below it, in the organisation tree's order. */
  readonly members: readonly OrgRef[];
  /** The indicators' statuses at the division and every organisation below it. */
  readonly statuses: StatusCounts;
  /** Units that reported, of those expected in the division (null without a collection). */
  readonly reporting: { readonly reported: number; readonly expected: number; readonly missing: readonly OrgRef[] } | null;
  /** The goals owned by the division or an organisation below it, by their assessment. */
  readonly goalAssessments: AssessmentCounts;
  readonly goals: readonly GoalSection[];
  readonly actions: readonly ActionItem[];
  readonly analyses: readonly AnalysisItem[];
}

/** An improvement item with the organisation that wrote it. */
export interface ImprovementItem extends ImprovementRow {
  readonly organisation: OrgRef;
}

/** An improvement item with its division too (the top of the tree for its own and for a unit in no division). */
export interface DivisionImprovementItem extends ImprovementItem {
  readonly division: OrgRef;
}

export interface GoalSection {
  readonly goal: GoalRef;
  /** The goal's assessment at the organisation that owns it. */
  readonly assessment: GoalAssessment | undefined;
  readonly owner: OrgRef;
  /** The roll-up of the goal's indicators at each organisation in the division other than the owner. */
  readonly byOrganisation: readonly { readonly organisation: OrgRef; readonly result: RollupResult }[];
  /** Per indicator: the division's own (aggregated or reported) value first, then each organisation below. */
  readonly lines: readonly IndicatorLine[];
}

export interface ActionItem extends ActionRow {
  readonly organisation: OrgRef;
}

export interface AnalysisItem {
  readonly organisation: OrgRef;
  /** The goal analysed, or null for the unit's analysis of the whole (*Helhet*). */
  readonly goal: GoalRef | null;
  readonly text: string;
}

/** The organisations a report has a section for: the divisions, or the top when there are none. */
function divisionsOf(followUp: FollowUp): OrgRef[] {
  const divisions = followUp.plan.organisation.filter((unit) => unit.type === "division");
  const top = followUp.tree.root();
  return (divisions.length > 0 ? divisions : top === undefined ? [] : [top]).map((unit) => followUp.orgRef(unit.id));
}

export function operationalReport(followUp: FollowUp): OperationalReport {
  return { kind: "operational", basis: followUp.basis(), divisions: divisionsOf(followUp).map((division) => divisionSection(followUp, division)), improvements: improvementsOf(followUp) };
}

function improvementsOf(followUp: FollowUp): DivisionImprovementItem[] {
  const top = followUp.tree.root();
  return followUp.plan.organisation.flatMap((unit) => {
    const division = followUp.tree.ancestors(unit.id).find((above) => above.type === "division") ?? (unit.type === "division" ? unit : top);
    return (followUp.improvements.get(unit.id) ?? []).map((item) => ({ ...item, organisation: followUp.orgRef(unit.id), division: followUp.orgRef(division?.id ?? unit.id) }));
  });
}

function divisionSection(followUp: FollowUp, division: OrgRef): DivisionSection {
  const members = followUp.tree.subtree(division.id).map((unit) => unit.id);
  const inside = new Set(members);
  const order = new Map(members.map((id, index) => [id, index]));
  const rows = followUp.evaluation.statuses.filter((row) => inside.has(row.organisation));
  const reporting = followUp.reporting?.filter((row) => inside.has(row.organisation)) ?? null;
  const goals: GoalSection[] = [];
  for (const goal of followUp.plan.goals) {
    const indicators = new Set(followUp.plan.indicators.filter((indicator) => indicator.goal === goal.id).map((indicator) => indicator.id));
    const own = rows.filter((row) => indicators.has(row.indicator));
    if (own.length === 0) continue;
    const indicatorOrder = new Map([...indicators].map((id, index) => [id, index]));
    const sorted = [...own].sort((a, b) => (indicatorOrder.get(a.indicator) ?? 0) - (indicatorOrder.get(b.indicator) ?? 0) || (order.get(a.organisation) ?? 0) - (order.get(b.organisation) ?? 0));
    const organisations = members.filter((id) => id !== goal.organisation && own.some((row) => row.organisation === id));
    goals.push({
      goal: followUp.goalRef(goal.id),
      assessment: followUp.goalAssessment(goal.id),
      owner: followUp.orgRef(goal.organisation),
      byOrganisation: organisations.map((id) => ({
        organisation: followUp.orgRef(id),
        // The goal's indicators as evaluated at this organisation, weighed as the plan weighs them.
        result: rollup(
          own.filter((row) => row.organisation === id).map((row) => ({ status: row.status, weight: followUp.indicator(row.indicator)?.weight ?? 1 })),
          goal.rollupMethod ?? followUp.plan.settings.rollupMethod,
          followUp.plan.settings.minCoverage,
        ),
      })),
      lines: sorted.map((row) => followUp.line(row)),
    });
  }
  return {
    organisation: division,
    members: members.map((id) => followUp.orgRef(id)),
    statuses: countStatuses(rows.map((row) => row.status)),
    reporting:
      reporting === null
        ? null
        : { reported: reporting.filter((row) => hasReported(row.state)).length, expected: reporting.length, missing: reporting.filter((row) => !hasReported(row.state)).map((row) => followUp.orgRef(row.organisation)) },
    goalAssessments: countAssessments(followUp.evaluation.goals.filter((goal) => inside.has(goal.organisation)).map((goal) => goal.effective)),
    goals,
    actions: members.flatMap((id) => (followUp.actions.get(id) ?? []).map((action) => ({ ...action, organisation: followUp.orgRef(id) }))),
    analyses: members.flatMap((id) =>
      (followUp.analyses.get(id) ?? []).map((analysis) => ({ organisation: followUp.orgRef(id), goal: analysedGoal(followUp, analysis.goal), text: analysis.text })),
    ),
  };
}

/** The goal an analysis row names (by id or by name); null for the whole unit. */
function analysedGoal(followUp: FollowUp, named: string): GoalRef | null {
  const goal = followUp.goal(named) ?? followUp.plan.goals.find((candidate) => candidate.name === named);
  return goal === undefined ? null : followUp.goalRef(goal.id);
}
