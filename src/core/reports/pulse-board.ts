/**
 * The pulse board (*pulstavla*) of an organisation above the units (the municipality, a division),
 * after Göingemodellen: where it stands against its targets in red, yellow and green, goal by goal
 * and unit by unit; who has reported; what is overdue; what improvement work is going on. One board
 * for the top of the tree, then one per division, in the plan's order.
 */
import { hasReported, type ReportingState } from "../collection/model";
import type { Assessment } from "../rollup";
import type { Status } from "../status";
import { countAssessments, countStatuses, type AssessmentCounts, type StatusCounts } from "./counts";
import type { FollowUp, ReportBasis } from "./follow-up";
import type { ActionItem, ImprovementItem } from "./operational";
import { indicatorRef, type GoalRef, type IndicatorRef, type OrgRef } from "./refs";

export interface PulseBoard {
  readonly basis: ReportBasis;
  readonly organisation: OrgRef;
  /** The indicator values of the organisation and everything below it, by status. */
  readonly statuses: StatusCounts;
  /** The goals of the organisation and below, by their (effective) assessment. */
  readonly goalAssessments: AssessmentCounts;
  /** The organisation's own goals, each with its assessment (none where it has none this period). */
  readonly goals: readonly { readonly goal: GoalRef; readonly assessment: Assessment | null }[];
  /** The grid's columns: the organisation itself, then those directly below it. */
  readonly columns: readonly BoardColumn[];
  /** The grid's rows: the indicators of the organisation's goals, each with a status per column where it has one. */
  readonly rows: readonly { readonly indicator: IndicatorRef; readonly statuses: readonly (Status | null)[] }[];
  /** How many units below have reported, of how many that should; null when made from the plan alone. */
  readonly reported: { readonly reported: number; readonly expected: number } | null;
  readonly overdue: readonly ActionItem[];
  readonly improvements: readonly ImprovementItem[];
}

/** A column of the grid, with its reporting state where it is a unit that reports (null otherwise, or without collection). */
export interface BoardColumn {
  readonly organisation: OrgRef;
  readonly reporting: ReportingState | null;
  /** For an organisation with units below it: how many of them have reported, of how many. */
  readonly reportedBelow: { readonly reported: number; readonly expected: number } | null;
}

/** The boards of a follow-up: the top of the tree first, then each division. */
export function pulseBoards(followUp: FollowUp): PulseBoard[] {
  const top = followUp.tree.root();
  if (top === undefined) return [];
  const divisions = followUp.plan.organisation.filter((unit) => unit.type === "division");
  return [top, ...divisions].map((unit) => pulseBoard(followUp, unit.id));
}

export function pulseBoard(followUp: FollowUp, organisation: string): PulseBoard {
  const subtree = followUp.tree.subtree(organisation).map((unit) => unit.id);
  const inside = new Set(subtree);
  const reportingOf = new Map((followUp.reporting ?? []).map((row) => [row.organisation, row]));
  const reportedAmong = (ids: readonly string[]) => {
    if (followUp.reporting === null) return null;
    const rows = ids.map((id) => reportingOf.get(id)).filter((row) => row !== undefined);
    return rows.length === 0 ? null : { reported: rows.filter((row) => hasReported(row.state)).length, expected: rows.length };
  };
  const children = followUp.plan.organisation.filter((unit) => unit.parent === organisation).map((unit) => unit.id);
  const columns: BoardColumn[] = [organisation, ...children].map((id) => ({
    organisation: followUp.orgRef(id),
    reporting: reportingOf.get(id)?.state ?? null,
    reportedBelow: id === organisation ? null : followUp.tree.subtree(id).length > 1 ? reportedAmong(followUp.tree.subtree(id).map((unit) => unit.id).slice(1)) : null,
  }));
  const statusOf = new Map(followUp.evaluation.statuses.map((row) => [`${row.indicator}\u0000${row.organisation}`, row.status]));
  const ownGoals = followUp.plan.goals.filter((goal) => goal.organisation === organisation);
  const ownGoalIds = new Set(ownGoals.map((goal) => goal.id));
  const rows = followUp.plan.indicators
    .filter((indicator) => ownGoalIds.has(indicator.goal))
    .map((indicator) => ({ indicator: indicatorRef(indicator), statuses: columns.map((column) => statusOf.get(`${indicator.id}\u0000${column.organisation.id}`) ?? null) }))
    .filter((row) => row.statuses.some((status) => status !== null));
  return {
    basis: followUp.basis(),
    organisation: followUp.orgRef(organisation),
    statuses: countStatuses(followUp.evaluation.statuses.filter((row) => inside.has(row.organisation)).map((row) => row.status)),
    goalAssessments: countAssessments(followUp.evaluation.goals.filter((goal) => inside.has(goal.organisation)).map((goal) => goal.effective)),
    goals: ownGoals
      .filter((goal) => goal.level !== "vision" && goal.level !== "priorityArea")
      .map((goal) => ({ goal: followUp.goalRef(goal.id), assessment: followUp.goalAssessment(goal.id)?.effective ?? null })),
    columns,
    rows,
    reported: reportedAmong(subtree.slice(1)),
    overdue: subtree.flatMap((id) => (followUp.actions.get(id) ?? []).filter((action) => action.overdue).map((action) => ({ ...action, organisation: followUp.orgRef(id) }))),
    improvements: subtree.flatMap((id) => (followUp.improvements.get(id) ?? []).map((item) => ({ ...item, organisation: followUp.orgRef(id) }))),
  };
}
