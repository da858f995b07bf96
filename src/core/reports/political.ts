/**
 * The political analysis (*politisk analys*, docs/reports.md §2): per result goal, grouped by priority
 * area, with the data-quality findings and what the next plan should take up.
 */
import { hasReported } from "../collection/model";
import type { GoalAssessment, StatusRow } from "../evaluation/model";
import { comparablePeriods } from "../evaluation/period-links";
import type { Goal, Indicator, PoliticalAnalysisRow } from "../plan/model";
import type { Assessment } from "../rollup";
import { countStatuses, type StatusCounts } from "./counts";
import type { FollowUp, IndicatorLine, ReportBasis } from "./follow-up";
import { indicatorRef, type GoalRef, type IndicatorRef, type OrgRef } from "./refs";

export interface PoliticalAnalysis {
  readonly kind: "political";
  readonly basis: ReportBasis;
  readonly areas: readonly AreaSection<ResultGoalAnalysis>[];
  readonly dataQuality: DataQuality;
  readonly nextPlan: NextPlan;
}

/** A priority area with its result goals (result goals without an area come under a null area). */
export interface AreaSection<T> {
  readonly area: GoalRef | null;
  readonly goals: readonly T[];
}

export interface ResultGoalAnalysis {
  readonly goal: GoalRef;
  /** The board or division responsible for the goal: its Organisation in the plan. */
  readonly owner: OrgRef;
  /** Computed roll-up, the administration's assessment, which one counts and whether they differ. */
  readonly assessment: GoalAssessment;
  readonly subGoals: readonly { readonly goal: GoalRef; readonly organisation: OrgRef; readonly assessment: GoalAssessment }[];
  /** Each indicator behind the goal, for the organisation as a whole, with how its units stand. */
  readonly indicators: readonly (IndicatorLine & { readonly units: StatusCounts })[];
  /** The goal's assessment in the same period of the two years before and now, oldest first; null where there is no history. */
  readonly history: readonly { readonly period: string; readonly name: string; readonly assessment: Assessment | null }[];
  /** The political assessment, analysis and conclusions, or null: fields to fill in. */
  readonly political: Pick<PoliticalAnalysisRow, "politicalAssessment" | "analysis" | "conclusions"> | null;
}

export interface DataQuality {
  /** Goals that cannot be assessed, with their coverage. */
  readonly cannotAssess: readonly { readonly goal: GoalRef; readonly organisation: OrgRef; readonly coverage: number }[];
  /** Indicators without a target for the period where they are evaluated. */
  readonly withoutTarget: readonly { readonly indicator: IndicatorRef; readonly organisations: readonly OrgRef[] }[];
  /** Indicators without an outcome where they are reported. */
  readonly withoutOutcome: readonly { readonly indicator: IndicatorRef; readonly organisations: readonly OrgRef[] }[];
  /** Units that did not report (null without a collection). */
  readonly notReported: readonly OrgRef[] | null;
}

export interface NextPlan {
  /** Goals not met in this period and in the same period last year. */
  readonly notMetTwice: readonly GoalRef[];
  /**
   * Indicators green for the organisation as a whole three years running, and whether the data
   * says the target may be too easy: `tooLow` for a higher-is-better indicator whose outcome now
   * beats its target by as much as yellow may fall short of it (attainment at least 2 − Gul från, 1.1
   * for 0.9), `tooHigh` for a lower-is-better one the same way; null otherwise (and for a range).
   */
  readonly greenThreeYears: readonly (IndicatorRef & { readonly easyTarget: EasyTarget | null })[];
  /** Indicators with no outcome for the organisation as a whole two years running. */
  readonly noDataTwoYears: readonly IndicatorRef[];
}

/** Which way a target that is too easy is wrong: too low (higher is better) or too high (lower is better). */
export type EasyTarget = "tooLow" | "tooHigh";

/** Whether an outcome beats its target so far that the target may be too easy (see NextPlan.greenThreeYears). */
export function easyTarget(row: Pick<StatusRow, "attainment">, direction: Indicator["direction"], yellowFrom: number): EasyTarget | null {
  if (direction === "range" || row.attainment === undefined || !Number.isFinite(row.attainment)) return null;
  if (row.attainment < 2 - yellowFrom) return null;
  return direction === "higher" ? "tooLow" : "tooHigh";
}

/** The result goals of a plan grouped by their priority area (the area above them), in plan order. */
export function resultGoalsByArea(followUp: FollowUp): AreaSection<Goal>[] {
  const areaOf = (goal: Goal): Goal | undefined => {
    for (let parent = goal.parent === null ? undefined : followUp.goal(goal.parent); parent !== undefined; parent = parent.parent === null ? undefined : followUp.goal(parent.parent)) {
      if (parent.level === "priorityArea") return parent;
    }
    return undefined;
  };
  const sections = new Map<string, { area: GoalRef | null; goals: Goal[] }>();
  for (const goal of followUp.plan.goals.filter((candidate) => candidate.level === "resultGoal")) {
    const area = areaOf(goal);
    const key = area?.id ?? "";
    const section = sections.get(key) ?? { area: area === undefined ? null : followUp.goalRef(area.id), goals: [] };
    section.goals.push(goal);
    sections.set(key, section);
  }
  return [...sections.values()];
}

/** The same period in the last `years` years, oldest first, ending with the report's (recorded or not: "ingen historik" says which were not). */
export function samePeriods(followUp: FollowUp, years: number): string[] {
  return [...comparablePeriods(followUp.period, years - 1), followUp.period];
}

export function politicalAnalysis(followUp: FollowUp): PoliticalAnalysis {
  const areas = resultGoalsByArea(followUp).map(({ area, goals }) => ({
    area,
    goals: goals.flatMap((goal) => {
      const analysis = resultGoalAnalysis(followUp, goal);
      return analysis === undefined ? [] : [analysis];
    }),
  }));
  return { kind: "political", basis: followUp.basis(), areas, dataQuality: dataQuality(followUp), nextPlan: nextPlan(followUp) };
}

function resultGoalAnalysis(followUp: FollowUp, goal: Goal): ResultGoalAnalysis | undefined {
  const assessment = followUp.goalAssessment(goal.id);
  if (assessment === undefined) return undefined;
  const political = followUp.plan.politicalAnalysis.find((row) => row.goal === goal.id && row.period === followUp.period);
  return {
    goal: followUp.goalRef(goal.id),
    owner: followUp.orgRef(goal.organisation),
    assessment,
    subGoals: followUp.goalsBelow(goal.id).flatMap((sub) => {
      const subAssessment = followUp.goalAssessment(sub.id);
      return subAssessment === undefined ? [] : [{ goal: followUp.goalRef(sub.id), organisation: followUp.orgRef(sub.organisation), assessment: subAssessment }];
    }),
    indicators: followUp.indicatorsBelow(goal.id).flatMap((indicator) => {
      const row = followUp.headline(indicator);
      if (row === undefined) return [];
      const units = followUp.evaluation.statuses.filter((candidate) => candidate.indicator === indicator.id && !candidate.aggregated && candidate.organisation !== row.organisation);
      return [{ ...followUp.line(row), units: countStatuses(units.map((unit) => unit.status)) }];
    }),
    history: samePeriods(followUp, 3).map((period) => ({
      period,
      name: followUp.periodName(period),
      assessment: period === followUp.period || followUp.hasOutcomes(period) ? (followUp.goalAssessment(goal.id, period)?.effective ?? null) : null,
    })),
    political: political === undefined ? null : { politicalAssessment: political.politicalAssessment, analysis: political.analysis, conclusions: political.conclusions },
  };
}

function dataQuality(followUp: FollowUp): DataQuality {
  const byIndicator = (keep: (row: StatusRow) => boolean) => {
    const found = new Map<string, OrgRef[]>();
    for (const row of followUp.evaluation.statuses) {
      if (!keep(row)) continue;
      const list = found.get(row.indicator) ?? [];
      list.push(followUp.orgRef(row.organisation));
      found.set(row.indicator, list);
    }
    return [...found].flatMap(([id, organisations]) => {
      const indicator = followUp.indicator(id);
      return indicator === undefined ? [] : [{ indicator: indicatorRef(indicator), organisations }];
    });
  };
  const reporting = followUp.reporting;
  return {
    cannotAssess: followUp.evaluation.goals
      .filter((goal) => goal.effective === "cannotAssess")
      .map((goal) => ({ goal: followUp.goalRef(goal.goal), organisation: followUp.orgRef(goal.organisation), coverage: goal.computed.coverage })),
    withoutTarget: byIndicator((row) => row.target === null),
    withoutOutcome: byIndicator((row) => !row.aggregated && row.actual === null),
    notReported: reporting === null ? null : reporting.filter((row) => !hasReported(row.state)).map((row) => followUp.orgRef(row.organisation)),
  };
}

/** What the next plan should take up, as of the follow-up's period (also the planning sheet's findings). */
export function nextPlan(followUp: FollowUp): NextPlan {
  const lastYear = followUp.yearsBack(1);
  const twoYears = followUp.yearsBack(2);
  const headlineOf = (indicator: Indicator, period: string | undefined) => (period === undefined || (period !== followUp.period && !followUp.hasOutcomes(period)) ? undefined : followUp.headline(indicator, period));
  return {
    notMetTwice: followUp.plan.goals
      .filter((goal) => followUp.goalAssessment(goal.id)?.effective === "notMet" && lastYear !== undefined && followUp.hasOutcomes(lastYear) && followUp.goalAssessment(goal.id, lastYear)?.effective === "notMet")
      .map((goal) => followUp.goalRef(goal.id)),
    greenThreeYears: followUp.plan.indicators
      .filter((indicator) => [followUp.period, lastYear, twoYears].every((period) => headlineOf(indicator, period)?.status === "green"))
      .map((indicator) => {
        const now = headlineOf(indicator, followUp.period);
        return { ...indicatorRef(indicator), easyTarget: now === undefined ? null : easyTarget(now, indicator.direction, indicator.yellowFrom ?? followUp.plan.settings.yellowFrom) };
      }),
    noDataTwoYears: followUp.plan.indicators
      .filter((indicator) => [followUp.period, lastYear].every((period) => period !== undefined && (followUp.headline(indicator, period)?.actual ?? null) === null))
      .map(indicatorRef),
  };
}
