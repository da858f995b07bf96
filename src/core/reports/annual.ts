/**
 * The goal-attainment section of the annual report (*årsredovisning*) and of the interim report
 * (*delårsrapport*, with full-year forecasts), docs/reports.md §3.
 */
import type { GoalAssessment } from "../evaluation/model";
import { fullYearReference } from "../evaluation/period-links";
import { isRuleError } from "../errors";
import { deviation, isAmountIndicator, profileForecast, type SeasonalProfile } from "../forecast";
import type { AssessmentRow, Goal, Indicator } from "../plan/model";
import { parsePeriodId, type PeriodKind } from "../plan/period-id";
import { rollup, statusOfAssessment, type Assessment, type RollupResult } from "../rollup";
import type { Measured } from "../values";
import { countAssessments, type AssessmentCounts } from "./counts";
import type { FollowUp, IndicatorLine, ReportBasis } from "./follow-up";
import type { ActionItem, AnalysisItem } from "./operational";
import { resultGoalsByArea, type AreaSection } from "./political";
import { goalReasoning, type GoalReasoning } from "./reasoning";
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
  /** Interim report only: full-year forecasts of the amounts, for the whole and per division. */
  readonly forecasts: readonly ForecastLine[] | null;
}

export interface ResultGoalSection {
  readonly goal: GoalRef;
  /** The board or division responsible for the goal: its Organisation in the plan. */
  readonly owner: OrgRef;
  readonly assessment: GoalAssessment;
  /** What the drafted justification rests on (reasoning.ts); a manual justification stands instead where given. */
  readonly reasoning: GoalReasoning | null;
  /** The units' analyses of this goal and of its sub-goals. */
  readonly analyses: readonly AnalysisItem[];
  /** For a goal not met or partly met: the units' actions about it, its sub-goals or their indicators. */
  readonly actions: readonly ActionItem[];
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
  /** What Puls proposes on sound financial management, from the goals and the balance requirement. */
  readonly proposal: SoundFinancesProposal;
}

/** The conclusion on *god ekonomisk hushållning*: consistent, partly consistent or not consistent with it. */
export type SoundFinances = "consistent" | "partlyConsistent" | "notConsistent" | "cannotAssess";

/** A manual GEH assessment (Bedömningar) read as a conclusion: Uppfyllt is förenligt, and so on. */
export const SOUND_FINANCES_OF_ASSESSMENT: Readonly<Record<Assessment, SoundFinances>> = {
  met: "consistent",
  partlyMet: "partlyConsistent",
  notMet: "notConsistent",
  cannotAssess: "cannotAssess",
};

/**
 * The balance requirement (*balanskravet*, KL 11 kap. 12 §): the year's result adjusted
 * (realisation gains out, the reserve RUR in or out) must not be negative. For an interim report
 * the result is the full-year forecast.
 */
export interface BalanceRequirement {
  readonly indicator: IndicatorRef;
  /** The result for the year, or its forecast in an interim report (tkr). */
  readonly result: number;
  readonly forecast: boolean;
  /** What the forecast rests on (as a forecast line's); null for the year's own result. */
  readonly source: ForecastBasis | null;
  readonly adjustments: number;
  readonly balanceResult: number;
  readonly met: boolean;
}

export interface SoundFinancesProposal {
  readonly conclusion: SoundFinances;
  /** How many financial goals and other result goals are met, of how many (by their standing assessment). */
  readonly financialGoals: AssessmentCounts;
  readonly resultGoals: AssessmentCounts;
  /** Null when the plan names no result indicator (setting *Årets resultat*) or it has no outcome. */
  readonly balance: BalanceRequirement | null;
}

/**
 * Where a full-year forecast came from (docs/rules.md §9): the organisations' own *Prognos helår*
 * (all of those behind the value gave one), partly so (the rest by the profile), the indicator's
 * seasonal profile, or an even spread over the year (ytd × 12 / m).
 */
export type ForecastSource = "units" | "mixed" | "profile" | "even";

/** What a forecast rests on: its source, the profile it would use, how many gave their own of how many. */
export interface ForecastBasis {
  readonly source: ForecastSource;
  readonly profile: SeasonalProfile["kind"];
  readonly given: number;
  readonly of: number;
}

export interface ForecastLine extends ForecastBasis {
  readonly indicator: IndicatorRef;
  readonly organisation: OrgRef;
  /** The whole (the top of the organisation, or the goal's owner) or a division below it. */
  readonly level: "whole" | "division";
  readonly ytd: number;
  readonly months: number;
  readonly forecast: number;
  readonly source: ForecastSource;
  /** The indicator's seasonal profile (Säsongsprofil), which a forecast by profile used. */
  readonly profile: SeasonalProfile["kind"];
  /** How many of the organisations behind the value gave their own forecast, of how many. */
  readonly given: number;
  readonly of: number;
  /** The full-year budget, or null where the plan has none for this organisation. */
  readonly budget: number | null;
  /** The deviation from budget, **+ better than budget** (rules.md §9); null without a budget. */
  readonly deviation: number | null;
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
    financial: financialSection(followUp, kind),
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
  const about = new Set([goal.id, goal.name, ...followUp.goalsBelow(goal.id).flatMap((sub) => [sub.id, sub.name]), ...followUp.indicatorsBelow(goal.id).map((indicator) => indicator.id)]);
  const analyses = [...followUp.analyses].flatMap(([unit, rows]) => rows.filter((row) => about.has(row.goal)).map((row) => ({ organisation: followUp.orgRef(unit), goal: followUp.goalRef(goal.id), text: row.text })));
  const actions =
    assessment.effective === "met"
      ? []
      : [...followUp.actions].flatMap(([unit, rows]) => rows.filter((row) => about.has(row.about) && row.status !== "cancelled").map((row) => ({ ...row, organisation: followUp.orgRef(unit) })));
  return {
    goal: followUp.goalRef(goal.id),
    owner: followUp.orgRef(goal.organisation),
    assessment,
    reasoning: goalReasoning(followUp, goal.id) ?? null,
    analyses,
    actions,
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

/**
 * The proposed conclusion (docs/reports.md, "God ekonomisk hushållning"): consistent when most
 * financial goals and most other result goals are met and the balance requirement holds; not
 * consistent when the balance requirement fails, or when neither the financial nor the other goals
 * are met by half; partly consistent otherwise. Cannot be assessed without any assessed goal.
 */
export function soundFinancesProposal(financialGoals: AssessmentCounts, resultGoals: AssessmentCounts, balance: BalanceRequirement | null): SoundFinancesProposal {
  const assessed = (counts: AssessmentCounts) => counts.met + counts.partlyMet + counts.notMet;
  const mostlyMet = (counts: AssessmentCounts) => assessed(counts) > 0 && counts.met * 2 > assessed(counts);
  const halfReached = (counts: AssessmentCounts) => assessed(counts) > 0 && (counts.met + counts.partlyMet) * 2 >= assessed(counts);
  let conclusion: SoundFinances;
  if (assessed(financialGoals) + assessed(resultGoals) === 0) conclusion = "cannotAssess";
  else if (balance !== null && !balance.met) conclusion = "notConsistent";
  else if (mostlyMet(financialGoals) && mostlyMet(resultGoals)) conclusion = "consistent";
  else if (!halfReached(financialGoals) && !halfReached(resultGoals)) conclusion = "notConsistent";
  else conclusion = "partlyConsistent";
  return { conclusion, financialGoals, resultGoals, balance };
}

function balanceRequirement(followUp: FollowUp, kind: "annual" | "interim"): BalanceRequirement | null {
  const id = followUp.plan.settings.resultIndicator;
  const indicator = id === null ? undefined : followUp.indicator(id);
  if (indicator === undefined) return null;
  const row = followUp.headline(indicator);
  if (row === undefined || row.actual === null) return null;
  const months = kind === "interim" ? monthsElapsed(followUp.basis().period.from, followUp.basis().period.to) : undefined;
  // The same forecast as the forecast section's: the organisation's own, else by the indicator's profile.
  const projected = kind === "interim" && months !== undefined && months < 12 ? fullYearForecast(followUp, indicator, row.organisation, row.actual, months) : undefined;
  const result = projected?.value ?? row.actual;
  const adjustments = followUp.plan.settings.balanceAdjustments;
  const balanceResult = result + adjustments;
  const source = projected === undefined ? null : { source: projected.source, profile: indicator.profile?.kind ?? "even", given: projected.given, of: projected.of };
  return { indicator: indicatorRef(indicator), result, forecast: projected !== undefined, source, adjustments, balanceResult, met: balanceResult >= 0 };
}

/** The controllers' own conclusion on good financial management for the period (goal GEH at the top, or with no organisation), or null. */
export function soundFinancesJudgement(followUp: FollowUp): AssessmentRow | null {
  const top = followUp.tree.root()?.id;
  return followUp.plan.assessments.find((row) => row.goal === SOUND_FINANCES_GOAL && row.period === followUp.period && (top === undefined || row.organisation === top || row.organisation === "")) ?? null;
}

function financialSection(followUp: FollowUp, kind: "annual" | "interim"): FinancialSection {
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
  const effective = (list: readonly Goal[]) => countAssessments(list.map((goal) => followUp.goalAssessment(goal.id)?.effective ?? "cannotAssess"));
  return {
    goals,
    proposal: soundFinancesProposal(effective(financial), effective(others), balanceRequirement(followUp, kind)),
    financialRollup: rollupOf(financial),
    resultRollup: rollupOf(others),
    judgement: soundFinancesJudgement(followUp),
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

/** A full-year forecast, where it came from, and how many of the organisations behind it gave their own. */
export interface FullYearForecast {
  readonly value: number;
  readonly source: ForecastSource;
  readonly given: number;
  readonly of: number;
}

/**
 * The full-year forecast of an amount at an organisation after `months` months (docs/rules.md §9):
 * its own *Prognos helår* where it gave one; for a sum over the units below, the sum of each
 * reporting unit's own forecast, or of its outcome so far projected by the indicator's profile
 * where it gave none; otherwise the outcome so far projected by the profile (even: ytd × 12 / m).
 * Undefined where a profile has no share of the year by then.
 */
export function fullYearForecast(followUp: FollowUp, indicator: Indicator, organisation: string, ytd: number, months: number): FullYearForecast | undefined {
  const profiled = (value: number): number | undefined => {
    try {
      return profileForecast(value, months, indicator.profile);
    } catch (caught) {
      if (isRuleError(caught)) return undefined;
      throw caught;
    }
  };
  const fallback: ForecastSource = indicator.profile === undefined || indicator.profile.kind === "even" ? "even" : "profile";
  const own = followUp.outcome(indicator.id, organisation)?.forecast ?? null;
  if (own !== null) return { value: own, source: "units", given: 1, of: 1 };
  const row = followUp.statusRow(indicator.id, organisation);
  if (row?.aggregated === true && indicator.aggregation === "sum") {
    let total = 0;
    let given = 0;
    let counted = 0;
    for (const reporter of followUp.reportersBelow(indicator, organisation)) {
      const outcome = followUp.outcome(indicator.id, reporter);
      if (outcome === undefined || outcome.actual === null) continue;
      const forecastValue = outcome.forecast ?? null;
      const value = forecastValue ?? profiled(outcome.actual);
      if (value === undefined) return undefined;
      counted += 1;
      total += value;
      if (forecastValue !== null) given += 1;
    }
    if (given > 0) return { value: total, source: given === counted ? "units" : "mixed", given, of: counted };
  }
  const value = profiled(ytd);
  return value === undefined ? undefined : { value, source: fallback, given: 0, of: row?.unitCount ?? 1 };
}

/**
 * The forecast section: every amount indicator (rules.md §9: a unit of money or a budget in the
 * plan) with an outcome, for the whole and for each division below the top where it has a value.
 */
function forecasts(followUp: FollowUp): ForecastLine[] {
  const { period } = followUp.basis();
  const months = monthsElapsed(period.from, period.to);
  if (months === undefined) return [];
  const fullYear = fullYearPeriod(followUp);
  const top = followUp.tree.root()?.id;
  const divisions = followUp.plan.organisation.filter((unit) => top !== undefined && unit.parent === top).map((unit) => unit.id);
  const lineAt = (indicator: Indicator, organisation: string, level: ForecastLine["level"]): ForecastLine[] => {
    const row = followUp.statusRow(indicator.id, organisation);
    if (row === undefined || row.actual === null) return [];
    const projected = fullYearForecast(followUp, indicator, organisation, row.actual, months);
    if (projected === undefined) return [];
    const budget = followUp.target(indicator.id, organisation, fullYear)?.budget ?? null;
    const deviated = budget === null ? null : deviation(projected.value, budget, indicator.direction);
    return [
      {
        indicator: indicatorRef(indicator),
        organisation: followUp.orgRef(organisation),
        level,
        ytd: row.actual,
        months,
        forecast: projected.value,
        source: projected.source,
        profile: indicator.profile?.kind ?? "even",
        given: projected.given,
        of: projected.of,
        budget,
        deviation: deviated?.deviation ?? null,
        relative: deviated?.relative,
      },
    ];
  };
  return followUp.plan.indicators.flatMap((indicator) => {
    if (!isAmountIndicator(indicator, followUp.plan.targets)) return [];
    const whole = followUp.headline(indicator);
    if (whole === undefined) return [];
    return [...lineAt(indicator, whole.organisation, "whole"), ...divisions.filter((id) => id !== whole.organisation).flatMap((id) => lineAt(indicator, id, "division"))];
  });
}
