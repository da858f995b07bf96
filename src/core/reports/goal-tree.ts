/**
 * The goal tree of an organisation, as the task pane's overview and assessment show it: from the
 * vision and the priority areas down to the result goals and the goals of divisions and units,
 * each with its assessment, its indicators with their status where the goal is set, and the
 * organisations below with theirs (the drill-down from goal to indicator to unit). For an
 * organisation, only the branches that reach it or anything below it are kept, so a division's
 * tree is the vision and areas over its own goals; without one, the whole plan's.
 */
import type { Evaluation, GoalAssessment, StatusRow } from "../evaluation/model";
import type { Goal, Indicator, Plan } from "../plan/model";
import { OrgTree } from "../plan/reporting";
import { countAssessments, countStatuses, type AssessmentCounts, type StatusCounts } from "./counts";

export interface GoalNode {
  readonly goal: Goal;
  /** The goal's assessment this period, where it is assessed (visions and areas often are not). */
  readonly assessment: GoalAssessment | null;
  readonly indicators: readonly IndicatorNode[];
  readonly children: readonly GoalNode[];
}

export interface IndicatorNode {
  readonly indicator: Indicator;
  /** The status at the goal's own organisation, where there is one. */
  readonly own: StatusRow | null;
  /** The organisations below the goal's, inside the tree asked about, with a status, in the plan's order. */
  readonly below: readonly StatusRow[];
}

/** The overview's figures: the organisation's and everything below it. */
export interface OverviewCounts {
  readonly statuses: StatusCounts;
  readonly goals: AssessmentCounts;
}

/** Deeper than any plan's goal tree: a parent chain that loops is cut here rather than followed. */
const MAX_DEPTH = 12;

/** The goal tree over `organisation` and everything below it; over every organisation for null. */
export function goalTree(plan: Plan, evaluation: Evaluation, organisation: string | null): GoalNode[] {
  const tree = new OrgTree(plan.organisation);
  const inside = new Set((organisation === null ? plan.organisation : tree.subtree(organisation)).map((unit) => unit.id));
  const order = new Map(plan.organisation.map((unit, index) => [unit.id, index]));
  const assessments = new Map(evaluation.goals.map((goal) => [`${goal.goal}\u0000${goal.organisation}`, goal]));
  const statusesOf = new Map<string, StatusRow[]>();
  for (const row of evaluation.statuses) {
    const rows = statusesOf.get(row.indicator);
    if (rows === undefined) statusesOf.set(row.indicator, [row]);
    else rows.push(row);
  }
  const ids = new Set(plan.goals.map((goal) => goal.id));
  const childrenOf = new Map<string | null, Goal[]>();
  for (const goal of plan.goals) {
    const parent = goal.parent !== null && ids.has(goal.parent) ? goal.parent : null;
    const siblings = childrenOf.get(parent);
    if (siblings === undefined) childrenOf.set(parent, [goal]);
    else siblings.push(goal);
  }

  const indicatorNode = (indicator: Indicator, goal: Goal): IndicatorNode => {
    const rows = statusesOf.get(indicator.id) ?? [];
    const below = new Set(tree.subtree(goal.organisation).slice(1).map((unit) => unit.id));
    return {
      indicator,
      own: rows.find((row) => row.organisation === goal.organisation) ?? null,
      below: rows.filter((row) => below.has(row.organisation) && inside.has(row.organisation)).sort((a, b) => (order.get(a.organisation) ?? 0) - (order.get(b.organisation) ?? 0)),
    };
  };
  const node = (goal: Goal, depth: number, seen: ReadonlySet<string>): GoalNode | null => {
    const path = new Set([...seen, goal.id]);
    const children = depth >= MAX_DEPTH ? [] : (childrenOf.get(goal.id) ?? []).filter((child) => !path.has(child.id)).map((child) => node(child, depth + 1, path)).filter((child) => child !== null);
    const own = inside.has(goal.organisation);
    if (!own && children.length === 0) return null;
    return {
      goal,
      assessment: assessments.get(`${goal.id}\u0000${goal.organisation}`) ?? null,
      indicators: plan.indicators.filter((indicator) => indicator.goal === goal.id).map((indicator) => indicatorNode(indicator, goal)),
      children,
    };
  };
  return (childrenOf.get(null) ?? []).map((goal) => node(goal, 0, new Set())).filter((goal) => goal !== null);
}

/** Counts per colour of the indicator values, and of the goals by assessment, at `organisation` and below. */
export function overviewCounts(plan: Plan, evaluation: Evaluation, organisation: string): OverviewCounts {
  const inside = new Set(new OrgTree(plan.organisation).subtree(organisation).map((unit) => unit.id));
  return {
    statuses: countStatuses(evaluation.statuses.filter((row) => inside.has(row.organisation)).map((row) => row.status)),
    goals: countAssessments(evaluation.goals.filter((goal) => inside.has(goal.organisation)).map((goal) => goal.effective)),
  };
}
