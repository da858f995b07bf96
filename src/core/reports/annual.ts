/**
 * The goal-attainment section of the annual report (*årsredovisning*) and of the interim report
 * (*delårsrapport*, with full-year forecasts), docs/reports.md §3.
 */
import type { GoalAssessment } from "../evaluation/model";
import { fullYearReference } from "../evaluation/period-links";
import { deviation, forecast } from "../forecast";
import type { AssessmentRow, Goal } from "../plan/model";
import { parsePeriodId, type PeriodKind } from "../plan/period-id";
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
  readonly comparison: Comparison;
  readonly financial: FinancialSection;
  /** Interim report only: full-year forecasts for the indicators with a budget. */
  readonly forecasts: readonly ForecastLine[] | null;
}

export interface ResultGoalSection {
  readonly goal: GoalRef;
  /** The board or division responsible for the goal: its Organisation in the plan. */
  readonly owner: OrgRef;
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

/** A period as a report names it: its id and the plan's name for it ("2025-D", "Delår 2025"). */
export interface NamedPeriod {
  readonly id: string;
  readonly name: string;
}

/**
 * What the key indicators' history compares the period with (docs/reports.md): the same period in
 * earlier years, never a part of a year with a whole one.
 */
export interface Comparison {
  /** The kind of the report's period (an interim report of 2026-D: "interim"), or null for an id that is not a period. */
  readonly kind: PeriodKind | null;
  /** The comparable earlier periods that have outcomes, oldest first; empty when the plan has none. */
  readonly earlier: readonly NamedPeriod[];
  /** For a part of a year: last year's full year, shown beside the history as a reference where it has outcomes; else null. */
  readonly reference: NamedPeriod | null;
}

export interface KeyIndicator extends IndicatorLine {
  /** The outcomes of the comparable earlier periods ({@link Comparison.earlier}), then of the report's period: oldest first. */
  readonly history: readonly HistoryPoint[];
  /** The outcome of the full-year reference ({@link Comparison.reference}), or null where there is none. */
  readonly reference: HistoryPoint | null;
}

/** An outcome of a period, with the period's name. */
export interface HistoryPoint {
  readonly period: string;
  readonly name: string;
  readonly value: Measured;
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
  const compared = comparison(followUp);
  const areas = byArea.map(({ area, goals }) => ({
    area,
    goals: goals.flatMap((goal) => {
      const section = resultGoalSection(followUp, goal, kind, compared);
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
    comparison: compared,
    financial: financialSection(followUp),
    forecasts: kind === "interim" ? forecasts(followUp) : null,
  };
}

/** The comparable earlier periods of the report's period with outcomes, and the full-year reference. */
function comparison(followUp: FollowUp): Comparison {
  const named = (id: string): NamedPeriod => ({ id, name: followUp.periodName(id) });
  const reference = fullYearReference(followUp.period);
  return {
    kind: parsePeriodId(followUp.period)?.kind ?? null,
    earlier: followUp.earlierPeriods(HISTORY_YEARS - 1).map(named),
    reference: reference !== undefined && followUp.hasOutcomes(reference) ? named(reference) : null,
  };
}

function resultGoalSection(followUp: FollowUp, goal: Goal, kind: "annual" | "interim", compared: Comparison): ResultGoalSection | undefined {
  const assessment = followUp.goalAssessment(goal.id);
  if (assessment === undefined) return undefined;
  return {
    goal: followUp.goalRef(goal.id),
    owner: followUp.orgRef(goal.organisation),
    assessment,
    keyIndicators: followUp.indicatorsBelow(goal.id).flatMap((indicator) => {
      const row = followUp.headline(indicator);
      if (row === undefined) return [];
      const valueIn = (period: string): HistoryPoint => ({ period, name: followUp.periodName(period), value: followUp.statusRow(indicator.id, row.organisation, period)?.actual ?? null });
      return [
        {
          ...followUp.line(row),
          // A missing earlier value is a gap in the line, never a zero.
          history: [...compared.earlier.map(({ id }) => valueIn(id)), { period: followUp.period, name: followUp.periodName(followUp.period), value: row.actual }],
          reference: compared.reference === null ? null : valueIn(compared.reference.id),
        },
      ];
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
