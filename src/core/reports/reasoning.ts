/**
 * What a goal's justification (*motivering*) rests on, gathered from the follow-up: how its
 * sub-goals went, how its indicators went, which indicator is weakest and which strongest against
 * its target, and the widest gap between women and men. Puls drafts the *förslag till motivering*
 * from these facts (src/reports/reasoning-text.ts), so a drafted text can only say what the data
 * says; the controller accepts or rewrites it (docs/reports.md, "Motivering").
 */
import type { StatusRow } from "../evaluation/model";
import type { GoalLevel, Indicator } from "../plan/model";
import type { Assessment } from "../rollup";
import { countAssessments, countStatuses, type AssessmentCounts, type StatusCounts } from "./counts";
import type { FollowUp } from "./follow-up";
import { indicatorRef, type GoalRef, type IndicatorRef, type OrgRef } from "./refs";

/** One indicator's result, as a justification names it. */
export interface IndicatorFact {
  readonly indicator: IndicatorRef;
  readonly row: StatusRow;
}

export interface GoalReasoning {
  readonly goal: GoalRef;
  readonly organisation: OrgRef;
  /** The assessment that stands (manual where given, else computed). */
  readonly assessment: Assessment;
  /** The sub-goals' assessments and their level (the first sub-goal's, as the plan names it), or null for a goal without sub-goals. */
  readonly subGoals: { readonly counts: AssessmentCounts; readonly level: GoalLevel } | null;
  /** The statuses of the goal's own and its sub-goals' indicators where the goal is assessed. */
  readonly indicators: StatusCounts;
  /** The indicator furthest from its target (red or yellow), or null when none is short of it. */
  readonly weakest: IndicatorFact | null;
  /** The green indicator furthest past its target, or null when none is green. */
  readonly strongest: IndicatorFact | null;
  /** The gender-split indicator with the widest gap between women and men (at least {@link GENDER_GAP} for shares), or null. */
  readonly gender: IndicatorFact | null;
  /** The indicators without an outcome. */
  readonly missing: readonly IndicatorRef[];
}

/** The gap between women and men a justification mentions: five percentage points of a share, or 10 % of the value otherwise. */
export const GENDER_GAP = 0.05;

/** How far past (above 1) or short of (below 1) its target an indicator is; undefined where not defined. */
const attainmentOf = (fact: IndicatorFact): number => fact.row.attainment ?? Number.NaN;

/** For ordering the short: the attainment, a missing one lowest. */
const shortfall = (fact: IndicatorFact): number => (Number.isFinite(attainmentOf(fact)) ? attainmentOf(fact) : Number.NEGATIVE_INFINITY);

function gapOf(fact: IndicatorFact): number {
  const women = fact.row.byGender?.women ?? null;
  const men = fact.row.byGender?.men ?? null;
  if (women === null || men === null) return 0;
  const gap = Math.abs(women - men);
  if (fact.indicator.unit.trim() === "%") return gap >= GENDER_GAP ? gap : 0;
  const size = Math.max(Math.abs(women), Math.abs(men));
  return size > 0 && gap / size >= 0.1 ? gap / size : 0;
}

function pick(facts: readonly IndicatorFact[], better: (a: IndicatorFact, b: IndicatorFact) => boolean): IndicatorFact | null {
  let found: IndicatorFact | null = null;
  for (const fact of facts) if (found === null || better(fact, found)) found = fact;
  return found;
}

/** The facts a justification of `goalId` rests on, where the goal is assessed; undefined for a goal not assessed in the period. */
export function goalReasoning(followUp: FollowUp, goalId: string): GoalReasoning | undefined {
  const assessment = followUp.goalAssessment(goalId);
  const goal = followUp.goal(goalId);
  if (assessment === undefined || goal === undefined) return undefined;
  const children = followUp.plan.goals.filter((sub) => sub.parent === goalId);
  const subGoals = children.flatMap((sub) => {
    const found = followUp.goalAssessment(sub.id);
    return found === undefined ? [] : [found.effective];
  });
  const facts = followUp.indicatorsBelow(goalId).flatMap((indicator: Indicator) => {
    const row = followUp.headline(indicator);
    return row === undefined ? [] : [{ indicator: indicatorRef(indicator), row }];
  });
  // Red before yellow; within each, the lowest attainment (a red without a ratio, such as a
  // deviation from a target of 0, counts as furthest).
  const red = facts.filter((fact) => fact.row.status === "red");
  const short = red.length > 0 ? red : facts.filter((fact) => fact.row.status === "yellow");
  const green = facts.filter((fact) => fact.row.status === "green" && Number.isFinite(attainmentOf(fact)));
  return {
    goal: followUp.goalRef(goalId),
    organisation: followUp.orgRef(assessment.organisation),
    assessment: assessment.effective,
    subGoals: subGoals.length === 0 || children[0] === undefined ? null : { counts: countAssessments(subGoals), level: children[0].level },
    indicators: countStatuses(facts.map((fact) => fact.row.status)),
    weakest: pick(short, (a, b) => shortfall(a) < shortfall(b)),
    strongest: pick(green, (a, b) => attainmentOf(a) > attainmentOf(b)),
    gender: pick(
      facts.filter((fact) => gapOf(fact) > 0),
      (a, b) => gapOf(a) > gapOf(b),
    ),
    missing: facts.filter((fact) => fact.row.actual === null).map((fact) => fact.indicator),
  };
}
