/**
 * The goal-attainment section of the annual report (*årsredovisning*) and of the interim report
 * (*delårsrapport*, with full-year forecasts), docs/reports.md §3.
 */
import type { GoalAssessment } from "../evaluation/model";
import { deviation, forecast } from "../forecast";
import type { AssessmentRow, Goal } from "../plan/model";
import { rollup, statusOfAssessment, type Assessment, type RollupResult } from "../rollup";
import type { Measured } from "../values";
import { countAssessments, type AssessmentCounts } from "./counts";
import type { FollowUp, IndicatorLine, ReportBasis } from "./follow-up";
import { resultGoalsByArea, type AreaSection } from "./political";
import { indicatorRef, type GoalRef, type IndicatorRef, type OrgRef } from "./refs";

/** The goal id under which the controllers write their judgement of *god ekonomisk hushållning*. */
export const SOUND_FINANCES_GOAL = "GEH";

/** How many years of history a key indicator shows at most (with the report's own period). */
const HISTORY_YEARS = 5;

export interface AnnualReport {
  readonly kind: "annual" | "interim";
  readonly basis: ReportBasis;
  readonly overview: {
    readonly areas: readonly { readonly area: GoalRef | null; readonly counts: AssessmentCounts }[];
    readonly total: AssessmentCounts;
  };
  readonly areas: readonly AreaSection<ResultGoalSection>[];
  readonly financial: FinancialSection;
  /** Interim report only: full-year forecasts for the indicators with a budget. */
  readonly forecasts: readonly ForecastLine[] | null;
}

export interface ResultGoalSection {
  readonly goal: GoalRef;
  readonly assessment: GoalAssessment;
  readonly keyIndicators: readonly KeyIndicator[];
  /** Interim report only: the assessment for the full year. */
  readonly fullYear: FullYearAssessment | null;
}

/**
 * The expected assessment for the full year: the controllers' own (Bedömningar for the full-year
 * period) where they have written one, else the interim assessment carried forward.
 */
export interface FullYearAssessment {
  readonly assessment: Assessment;
  readonly source: "manual" | "interim";
  readonly justification: string;
}

export interface KeyIndicator extends IndicatorLine {
  /** Full-year outcomes of earlier years (where recorded), then the report's period: oldest first. */
  readonly history: readonly { readonly period: string; readonly value: Measured }[];
}

export interface FinancialSection {
  readonly goals: readonly { readonly goal: GoalRef; readonly assessment: GoalAssessment; readonly indicators: readonly IndicatorLine[] }[];
  /** The roll-up of the financial goals, and of the other result goals (null when there are none). */
  readonly financialRollup: RollupResult | null;
  readonly resultRollup: RollupResult | null;
  /** The controllers' judgement of sound financial management for the period (goal GEH), or null: missing. */
  readonly judgement: AssessmentRow | null;
}

export interface ForecastLine {
  readonly indicator: IndicatorRef;
  readonly organisation: OrgRef;
  readonly ytd: number;
  readonly months: number;
  readonly forecast: number;
  /** The full-year budget. */
  readonly budget: number;
  readonly deviation: number;
  readonly relative: number | undefined;
}

export function annualReport(followUp: FollowUp, kind: "annual" | "interim"): AnnualReport {
  const byArea = resultGoalsByArea(followUp);
  const areas = byArea.map(({ area, goals }) => ({
    area,
    goals: goals.flatMap((goal) => {
      const section = resultGoalSection(followUp, goal, kind);
      return section === undefined ? [] : [section];
    }),
  }));
  const effective = (section: ResultGoalSection) => section.assessment.effective;
  return {
    kind,
    basis: followUp.basis(),
    overview: {
      areas: areas.map(({ area, goals }) => ({ area, counts: countAssessments(goals.map(effective)) })),
      total: countAssessments(areas.flatMap(({ goals }) => goals.map(effective))),
    },
    areas,
    financial: financialSection(followUp),
    forecasts: kind === "interim" ? forecasts(followUp) : null,
  };
}

function resultGoalSection(followUp: FollowUp, goal: Goal, kind: "annual" | "interim"): ResultGoalSection | undefined {
  const assessment = followUp.goalAssessment(goal.id);
  if (assessment === undefined) return undefined;
  return {
    goal: followUp.goalRef(goal.id),
    assessment,
    keyIndicators: followUp.indicatorsBelow(goal.id).flatMap((indicator) => {
      const row = followUp.headline(indicator);
      return row === undefined ? [] : [{ ...followUp.line(row), history: history(followUp, indicator.id, row.organisation) }];
    }),
    fullYear: kind === "interim" ? fullYearAssessment(followUp, assessment) : null,
  };
}

/** The full-year period of the report's year: the plan's Helår period, else the year itself. */
function fullYearPeriod(followUp: FollowUp): string {
  const year = String(followUp.year);
  return followUp.plan.periods.find((period) => period.type === "fullYear" && period.id.startsWith(year))?.id ?? year;
}

function fullYearAssessment(followUp: FollowUp, interim: GoalAssessment): FullYearAssessment {
  const fullYear = fullYearPeriod(followUp);
  const manual = followUp.plan.assessments.find((row) => row.goal === interim.goal && row.organisation === interim.organisation && row.period === fullYear);
  return manual === undefined
    ? { assessment: interim.effective, source: "interim", justification: interim.manual?.justification ?? "" }
    : { assessment: manual.assessment, source: "manual", justification: manual.justification };
}

function history(followUp: FollowUp, indicator: string, organisation: string): KeyIndicator["history"] {
  const points: { period: string; value: Measured }[] = [];
  for (let back = HISTORY_YEARS - 1; back >= 1; back--) {
    const year = String(followUp.year - back);
    if (year === followUp.period || !followUp.hasOutcomes(year)) continue;
    points.push({ period: year, value: followUp.statusRow(indicator, organisation, year)?.actual ?? null });
  }
  const current = followUp.statusRow(indicator, organisation)?.actual ?? null;
  return [...points, { period: followUp.period, value: current }];
}

function financialSection(followUp: FollowUp): FinancialSection {
  // The financial goals: the topmost goals marked Finansiellt (their sub-goals are part of them).
  const financial = followUp.plan.goals.filter((goal) => goal.financial && (goal.parent === null || followUp.goal(goal.parent)?.financial !== true));
  const ids = new Set(financial.map((goal) => goal.id));
  const goals = financial.flatMap((goal) => {
    const assessment = followUp.goalAssessment(goal.id);
    if (assessment === undefined) return [];
    const indicators = followUp.indicatorsBelow(goal.id).flatMap((indicator) => {
      const row = followUp.headline(indicator);
      return row === undefined ? [] : [followUp.line(row)];
    });
    return [{ goal: followUp.goalRef(goal.id), assessment, indicators }];
  });
  const others = followUp.plan.goals.filter((goal) => goal.level === "resultGoal" && !ids.has(goal.id));
  const { rollupMethod, minCoverage } = followUp.plan.settings;
  const rollupOf = (list: readonly Goal[]) =>
    list.length === 0 ? null : rollup(list.map((goal) => ({ status: statusOfAssessment(followUp.goalAssessment(goal.id)?.effective ?? "cannotAssess") })), rollupMethod, minCoverage);
  const top = followUp.tree.root()?.id;
  return {
    goals,
    financialRollup: rollupOf(financial),
    resultRollup: rollupOf(others),
    judgement: followUp.plan.assessments.find((row) => row.goal === SOUND_FINANCES_GOAL && row.period === followUp.period && (top === undefined || row.organisation === top || row.organisation === "")) ?? null,
  };
}

/** Months from the start of the period's year to its end, from the period's dates (1–12), or undefined. */
export function monthsElapsed(from: string, to: string): number | undefined {
  const start = /^(\d{4})-(\d{2})-\d{2}/.exec(from);
  const end = /^(\d{4})-(\d{2})-\d{2}/.exec(to);
  if (start === null || end === null) return undefined;
  const months = (Number(end[1]) - Number(start[1])) * 12 + Number(end[2]) - Number(start[2]) + 1;
  return months >= 1 && months <= 12 ? months : undefined;
}

function forecasts(followUp: FollowUp): ForecastLine[] {
  const { period } = followUp.basis();
  const months = monthsElapsed(period.from, period.to);
  if (months === undefined) return [];
  const fullYear = fullYearPeriod(followUp);
  return followUp.plan.indicators.flatMap((indicator) => {
    const row = followUp.headline(indicator);
    if (row === undefined || row.actual === null) return [];
    const budget = followUp.target(indicator.id, row.organisation, fullYear)?.budget ?? null;
    if (budget === null) return [];
    const full = forecast(row.actual, months);
    const { deviation: difference, relative } = deviation(full, budget);
    return [{ indicator: indicatorRef(indicator), organisation: followUp.orgRef(row.organisation), ytd: row.actual, months, forecast: full, budget, deviation: difference, relative }];
  });
}
