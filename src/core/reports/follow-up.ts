/**
 * One period's follow-up, computed once and shared by every report: the evaluation of the period
 * (and, when a report asks, of the same period in earlier years), looked up by indicator,
 * organisation and goal. Every number in a report comes from here, so no report computes a
 * status, an aggregate or an assessment of its own.
 */
import { hasReported } from "../collection/model";
import { evaluate } from "../evaluation/evaluate";
import type { Evaluation, GoalAssessment, StatusRow } from "../evaluation/model";
import { comparablePeriods, samePeriodYearsEarlier } from "../evaluation/period-links";
import { OutcomeIndex, TargetIndex, rowKey } from "../plan/indexes";
import type { ActualRow, Goal, Indicator, Period, Plan, TargetRow } from "../plan/model";
import { OrgTree, reportingOrganisations } from "../plan/reporting";
import type { AggregationMethod } from "../aggregate";
import type { RollupMethod } from "../rollup";
import type { ReportInput } from "./input";
import { goalRef, indicatorRef, orgRef, type GoalRef, type IndicatorRef, type OrgRef } from "./refs";

/** What every report says on its first page (docs/reports.md): plan, period, rules and data. */
export interface ReportBasis {
  readonly municipality: string;
  readonly municipalityCode: string;
  readonly planYear: number;
  readonly period: { readonly id: string; readonly name: string; readonly from: string; readonly to: string; readonly type: Period["type"] | null };
  /** The same period last year, which "Föregående" and the trend compare with ("Delår 2025"), or null for an id without a year. */
  readonly previousPeriod: { readonly id: string; readonly name: string } | null;
  readonly rules: {
    readonly yellowFrom: number;
    readonly trendBand: number;
    readonly rollupMethod: RollupMethod;
    readonly minCoverage: number;
    readonly commentRequiredOnRed: boolean;
  };
  readonly data: {
    /** "collection": made from collected workbooks; "plan": from the plan's own Utfall. */
    readonly source: "collection" | "plan";
    /** Units that reported, of those expected (null without a collection). */
    readonly reported: number | null;
    readonly expected: number | null;
    readonly collectedAt: string | null;
    /** How many organisation × indicator values the period has, and how many of them have an outcome. */
    readonly values: number;
    readonly withOutcome: number;
  };
}

/**
 * How an aggregated value was made, for a report to say in words ("summa av 12 enheter",
 * "viktat med antal elever"): the method, how many units' values are behind it, and for a
 * weighted mean what weighs.
 */
export interface HowAggregated {
  readonly method: AggregationMethod;
  readonly count: number;
  /**
   * What the values were weighted by: the units' size (with what it counts, "elever", or "" when
   * the plan does not say), or another indicator (its name); null when not weighted.
   */
  readonly weightedBy: { readonly kind: "size"; readonly measure: string } | { readonly kind: "indicator"; readonly name: string } | null;
}

/** An indicator's value at one organisation, as every report shows it. */
export interface IndicatorLine extends Omit<StatusRow, "indicator" | "organisation"> {
  readonly indicator: IndicatorRef;
  readonly organisation: OrgRef;
  /** What the organisation wrote beside its outcome. */
  readonly comment: string;
  /** For an aggregated value: how it was made; null for a value the organisation reported itself. */
  readonly howAggregated: HowAggregated | null;
}

/** "Antal elever" → "antal elever" mid-sentence; an acronym ("SFI-elever") keeps its capitals. */
function lowerFirst(text: string): string {
  const [first, second] = [text.charAt(0), text.charAt(1)];
  return second !== "" && second === second.toUpperCase() && second !== second.toLowerCase() ? text : first.toLowerCase() + text.slice(1);
}

export class FollowUp {
  readonly plan: Plan;
  readonly period: string;
  readonly tree: OrgTree;
  readonly evaluation: Evaluation;
  private readonly input: ReportInput;
  private readonly outcomes: OutcomeIndex;
  private readonly targets: TargetIndex;
  private readonly evaluations = new Map<string, { evaluation: Evaluation; rows: Map<string, StatusRow>; goals: Map<string, GoalAssessment> }>();
  private readonly goalsById: ReadonlyMap<string, Goal>;
  private readonly indicatorsById: ReadonlyMap<string, Indicator>;
  private readonly weights = new Map<string, HowAggregated["weightedBy"]>();

  constructor(input: ReportInput) {
    this.input = input;
    this.plan = input.plan;
    this.period = input.period;
    this.tree = new OrgTree(input.plan.organisation);
    this.outcomes = new OutcomeIndex([...input.plan.actuals, ...input.collected]);
    this.targets = new TargetIndex(input.plan.targets);
    this.goalsById = new Map(input.plan.goals.map((goal) => [goal.id, goal]));
    this.indicatorsById = new Map(input.plan.indicators.map((indicator) => [indicator.id, indicator]));
    this.evaluation = this.of(input.period).evaluation;
  }

  get reporting(): ReportInput["reporting"] {
    return this.input.reporting;
  }

  get actions(): ReportInput["actions"] {
    return this.input.actions;
  }

  get analyses(): ReportInput["analyses"] {
    return this.input.analyses;
  }

  get improvements(): NonNullable<ReportInput["improvements"]> {
    return this.input.improvements ?? new Map();
  }

  /** The evaluation of a period, made once. */
  private of(period: string) {
    let done = this.evaluations.get(period);
    if (done === undefined) {
      const evaluation = evaluate(this.plan, period, this.input.collected);
      done = {
        evaluation,
        rows: new Map(evaluation.statuses.map((row) => [rowKey(row.indicator, row.organisation), row])),
        goals: new Map(evaluation.goals.map((goal) => [goal.goal, goal])),
      };
      this.evaluations.set(period, done);
    }
    return done;
  }

  /** Whether any outcome is recorded for a period: an earlier period without any has no history to show. */
  hasOutcomes(period: string): boolean {
    return this.outcomes.hasPeriod(period);
  }

  /** The outcome row an organisation recorded for an indicator (the collected one where both have it), as recorded. */
  outcome(indicator: string, organisation: string, period: string = this.period): ActualRow | undefined {
    return this.outcomes.row(indicator, organisation, period);
  }

  /** The organisations at or below `organisation` that report an indicator themselves. */
  reportersBelow(indicator: Indicator, organisation: string): string[] {
    const below = new Set(this.tree.subtree(organisation).map((unit) => unit.id));
    return reportingOrganisations(this.plan, indicator, this.tree).filter((id) => below.has(id));
  }

  statusRow(indicator: string, organisation: string, period: string = this.period): StatusRow | undefined {
    return this.of(period).rows.get(rowKey(indicator, organisation));
  }

  goalAssessment(goal: string, period: string = this.period): GoalAssessment | undefined {
    return this.of(period).goals.get(goal);
  }

  /** The target row that applies to an indicator at an organisation in a period. */
  target(indicator: string, organisation: string, period: string = this.period): TargetRow | undefined {
    return this.targets.find(indicator, organisation, period);
  }

  goal(id: string): Goal | undefined {
    return this.goalsById.get(id);
  }

  indicator(id: string): Indicator | undefined {
    return this.indicatorsById.get(id);
  }

  orgRef(id: string): OrgRef {
    const unit = this.tree.get(id);
    return unit === undefined ? { id, name: id, type: "unit" } : orgRef(unit);
  }

  goalRef(id: string): GoalRef {
    const goal = this.goalsById.get(id);
    return goal === undefined ? { id, name: id, level: "divisionGoal" } : goalRef(goal);
  }

  /** A status row with its names and the organisation's comment. */
  line(row: StatusRow): IndicatorLine {
    const indicator = this.indicatorsById.get(row.indicator);
    return {
      ...row,
      indicator: indicator === undefined ? { id: row.indicator, name: row.indicator, unit: "", direction: "higher" } : indicatorRef(indicator),
      organisation: this.orgRef(row.organisation),
      comment: row.aggregated ? "" : (this.outcomes.row(row.indicator, row.organisation, row.period)?.comment ?? ""),
      howAggregated: row.aggregated && indicator !== undefined ? { method: indicator.aggregation, count: row.unitCount ?? 0, weightedBy: this.weightOf(indicator) } : null,
    };
  }

  /** What a weighted mean is weighted by, in words: the weight indicator's name, or the units' size measure. */
  private weightOf(indicator: Indicator): HowAggregated["weightedBy"] {
    if (indicator.aggregation !== "weighted") return null;
    const known = this.weights.get(indicator.id);
    if (known !== undefined) return known;
    const found = this.findWeight(indicator);
    this.weights.set(indicator.id, found);
    return found;
  }

  private findWeight(indicator: Indicator): HowAggregated["weightedBy"] {
    if (indicator.weightedBy !== null) return { kind: "indicator", name: lowerFirst(this.indicatorsById.get(indicator.weightedBy)?.name ?? indicator.weightedBy) };
    const reporters = new Set(reportingOrganisations(this.plan, indicator, this.tree));
    const measures = new Set(this.plan.organisation.filter((unit) => reporters.has(unit.id) && unit.sizeMeasure.trim() !== "").map((unit) => unit.sizeMeasure.trim()));
    // One measure for all ("elever"); units counted in different things are only "their size".
    return { kind: "size", measure: measures.size === 1 ? ([...measures][0] ?? "") : "" };
  }

  /** The goals below a goal (children, their children, …), in plan order. */
  goalsBelow(id: string): Goal[] {
    const below = new Set<string>([id]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const goal of this.plan.goals) {
        if (goal.parent !== null && below.has(goal.parent) && !below.has(goal.id)) {
          below.add(goal.id);
          grew = true;
        }
      }
    }
    return this.plan.goals.filter((goal) => goal.id !== id && below.has(goal.id));
  }

  /** The indicators of a goal and of every goal below it, in plan order. */
  indicatorsBelow(id: string): Indicator[] {
    const goals = new Set([id, ...this.goalsBelow(id).map((goal) => goal.id)]);
    return this.plan.indicators.filter((indicator) => goals.has(indicator.goal));
  }

  /**
   * Where an indicator is shown for the organisation as a whole: the top of the tree when it is
   * evaluated there (peer comparisons apply there too), else the organisation that owns its goal.
   */
  headline(indicator: Indicator, period: string = this.period): StatusRow | undefined {
    const top = this.tree.root()?.id;
    const owner = this.goalsById.get(indicator.goal)?.organisation;
    return (top === undefined ? undefined : this.statusRow(indicator.id, top, period)) ?? (owner === undefined ? undefined : this.statusRow(indicator.id, owner, period));
  }

  /** The same period `years` years earlier ("2026-D" → "2024-D" for 2), or undefined. */
  yearsBack(years: number): string | undefined {
    return samePeriodYearsEarlier(this.period, years);
  }

  /**
   * The comparable earlier periods with outcomes, of at most `years` years back, oldest first: the
   * same period in earlier years (docs/reports.md: an interim period beside earlier interim
   * periods, never beside full years). Empty when the plan has none.
   */
  earlierPeriods(years: number): string[] {
    return comparablePeriods(this.period, years, (earlier) => this.hasOutcomes(earlier));
  }

  /** A period's name as the plan gives it ("Delår 2025"), or its id where the plan does not list it. */
  periodName(id: string): string {
    return this.plan.periods.find((period) => period.id === id)?.name ?? id;
  }

  /** The year the period belongs to. */
  get year(): number {
    const year = Number(this.period.slice(0, 4));
    return Number.isInteger(year) ? year : this.plan.settings.year;
  }

  basis(): ReportBasis {
    const { settings } = this.plan;
    const period = this.plan.periods.find((candidate) => candidate.id === this.period);
    const reporting = this.input.reporting;
    const previous = this.yearsBack(1);
    return {
      municipality: settings.municipality,
      municipalityCode: settings.municipalityCode,
      planYear: settings.year,
      period: { id: this.period, name: period?.name ?? this.period, from: period?.from ?? "", to: period?.to ?? "", type: period?.type ?? null },
      previousPeriod: previous === undefined ? null : { id: previous, name: this.periodName(previous) },
      rules: {
        yellowFrom: settings.yellowFrom,
        trendBand: settings.trendBand,
        rollupMethod: settings.rollupMethod,
        minCoverage: settings.minCoverage,
        commentRequiredOnRed: settings.commentRequiredOnRed,
      },
      data: {
        source: reporting === null ? "plan" : "collection",
        reported: reporting === null ? null : reporting.filter((row) => hasReported(row.state)).length,
        expected: reporting === null ? null : reporting.length,
        collectedAt: this.input.collectedAt,
        values: this.evaluation.statuses.length,
        withOutcome: this.evaluation.statuses.filter((row) => row.actual !== null).length,
      },
    };
  }
}
