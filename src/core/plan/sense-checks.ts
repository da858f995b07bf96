/**
 * The plan checked for sense (docs/workbooks.md §1, "The checks of a plan"): values that read
 * fine but cannot be what the controller meant — 14 on a percent indicator (1 400 %), a negative
 * count, a count averaged or a share summed, an indicator nobody reports, a target for a unit that
 * does not report the indicator. Warnings, each at its own cell: the plan still works, and a
 * controller who really meant it can leave it.
 */
import { warning, error, type Location, type Problem } from "../problems";
import type { Measured } from "../values";
import { unitKind, type UnitKind } from "../unit-kind";
import type { ActualRow, Indicator, Plan, TargetRow } from "./model";

export { unitKind, type UnitKind } from "../unit-kind";
import { OrgTree, reportingOrganisations, unknownReporterNames } from "./reporting";

/** The columns a sense check can point at, by the row they are on. */
export type IndicatorColumn = "reportedBy" | "aggregation";
export type TargetColumn = "organisation" | "target" | "targetMax" | "baseline" | "budget";
export type ActualColumn = "actual" | "women" | "men";

/**
 * Where a row's column is in the workbook. The model keeps only each row's own cell; the reader
 * knows the others. Without a locator, problems point at the row's cell.
 */
export interface PlanCells {
  indicator(row: Indicator, column: IndicatorColumn): Location;
  target(row: TargetRow, column: TargetColumn): Location;
  actual(row: ActualRow, column: ActualColumn): Location;
}

const ROW_CELLS: PlanCells = { indicator: (row) => row.at, target: (row) => row.at, actual: (row) => row.at };

/** "per" or a slash in the name or unit: a ratio ("Antal barn per årsarbetare", "kr/invånare"), whatever its unit says. */
const RATIO = /(^|\s)per(\s|$)|\//i;

/**
 * What an indicator's values are: its unit's kind, except that a ratio counted "per" something is
 * no count or amount to sum ("Antal personal per brukare" is written in antal but is a mean).
 */
export function indicatorKind(indicator: Pick<Indicator, "name" | "unit">): UnitKind {
  const kind = unitKind(indicator.unit);
  if ((kind === "count" || kind === "amount") && (RATIO.test(indicator.name) || RATIO.test(indicator.unit))) return "other";
  return kind;
}

/** How far from earlier outcomes a target may be before it looks like a slip (a factor either way). */
const PLAUSIBLE_FACTOR = 10;

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** What is wrong with a value for its kind of unit: above 100 % for a share, below zero for what cannot be. */
function flaw(indicator: Indicator, value: number): "percent-above-one" | "negative-value" | undefined {
  const kind = indicatorKind(indicator);
  if (kind === "share" && value > 1) return "percent-above-one";
  if (value < 0 && (kind === "share" || kind === "count" || kind === "duration")) return "negative-value";
  return undefined;
}

/** Every sense problem of the plan; empty for a plan that reads as meant. */
export function senseChecks(plan: Plan, cells: PlanCells = ROW_CELLS): Problem[] {
  const problems: Problem[] = [];
  const tree = new OrgTree(plan.organisation);
  const indicators = new Map(plan.indicators.map((indicator) => [indicator.id, indicator]));
  const reporters = new Map(plan.indicators.map((indicator) => [indicator.id, new Set(reportingOrganisations(plan, indicator, tree))]));
  // The typical outcome a target is held against: outcomes that are themselves sound, of the
  // indicator (for a target of every organisation) and of each organisation (for its own target:
  // a division's target for a summed count is the sum of its units', not one unit's).
  const outcomes = new Map<string, number[]>();
  const add = (key: string, value: number) => {
    const list = outcomes.get(key);
    if (list === undefined) outcomes.set(key, [value]);
    else list.push(value);
  };
  for (const row of plan.actuals) {
    const indicator = indicators.get(row.indicator);
    if (row.actual === null || indicator === undefined || flaw(indicator, row.actual) !== undefined) continue;
    add(row.indicator, Math.abs(row.actual));
    add(`${row.indicator}\u0000${row.organisation}`, Math.abs(row.actual));
  }

  for (const indicator of plan.indicators) checkIndicator(plan, indicator, reporters.get(indicator.id) ?? new Set(), cells, problems);

  /** A value that cannot be what was meant for its kind of unit; true when one was found. */
  const checkValue = (indicator: Indicator, value: Measured, at: Location): boolean => {
    const found = value === null ? undefined : flaw(indicator, value);
    if (value === null || found === undefined) return false;
    if (found === "percent-above-one") problems.push(warning(found, at, { value, percent: value * 100 }, { indicator: indicator.id }));
    else problems.push(warning(found, at, { value, unit: indicator.unit }, { indicator: indicator.id }));
    return true;
  };

  for (const row of plan.targets) {
    const indicator = indicators.get(row.indicator);
    if (indicator === undefined) continue;
    const flagged = checkValue(indicator, typeof row.target === "number" ? row.target : null, cells.target(row, "target"));
    checkValue(indicator, row.targetMax, cells.target(row, "targetMax"));
    checkValue(indicator, row.baseline, cells.target(row, "baseline"));
    if (typeof row.target === "number") {
      if (indicatorKind(indicator) === "count" && !Number.isInteger(row.target)) problems.push(warning("fractional-count-target", cells.target(row, "target"), { value: row.target, unit: indicator.unit }, { indicator: indicator.id }));
      const typical = median(outcomes.get(row.organisation === null ? indicator.id : `${indicator.id}\u0000${row.organisation}`) ?? []);
      const size = Math.abs(row.target);
      if (!flagged && typical !== undefined && typical > 0 && size > 0 && (size > typical * PLAUSIBLE_FACTOR || size < typical / PLAUSIBLE_FACTOR)) {
        problems.push(warning("implausible-target", cells.target(row, "target"), { value: row.target, typical }, { indicator: indicator.id }));
      }
    }
    checkTargetOrganisation(plan, tree, indicator, row, reporters.get(indicator.id) ?? new Set(), cells, problems);
  }
  for (const row of plan.actuals) {
    const indicator = indicators.get(row.indicator);
    if (indicator === undefined) continue;
    checkValue(indicator, row.actual, cells.actual(row, "actual"));
    checkValue(indicator, row.women, cells.actual(row, "women"));
    checkValue(indicator, row.men, cells.actual(row, "men"));
  }
  checkBudgetPeriod(plan, cells, problems);
  return problems;
}

function checkIndicator(plan: Plan, indicator: Indicator, reporters: ReadonlySet<string>, cells: PlanCells, problems: Problem[]): void {
  const about = { indicator: indicator.id };
  const unknown = unknownReporterNames(plan, indicator.reportedBy);
  if (unknown.length > 0) problems.push(error("unknown-reporter", cells.indicator(indicator, "reportedBy"), { names: unknown.join(", ") }, about));
  else if (reporters.size === 0 && plan.goals.some((goal) => goal.id === indicator.goal && goal.organisation !== "")) {
    problems.push(warning("indicator-not-reported", cells.indicator(indicator, "reportedBy"), {}, about));
  }
  const kind = indicatorKind(indicator);
  if ((kind === "count" || kind === "amount") && indicator.aggregation === "mean") {
    problems.push(warning("averaged-count", cells.indicator(indicator, "aggregation"), { unit: indicator.unit }, about));
  }
  if (kind === "share" && indicator.aggregation === "sum") problems.push(warning("summed-share", cells.indicator(indicator, "aggregation"), {}, about));
  if (indicator.aggregation === "weighted" && indicator.weightedBy === null) {
    const unsized = plan.organisation.filter((unit) => reporters.has(unit.id) && unit.size === null).map((unit) => unit.name);
    if (unsized.length > 0) problems.push(warning("weighted-without-size", cells.indicator(indicator, "aggregation"), { organisations: unsized.slice(0, 5).join(", ") + (unsized.length > 5 ? ` och ${unsized.length - 5} till` : "") }, about));
  }
}

/**
 * A target row for an organisation that neither reports the indicator nor sits above one that
 * does: no value will ever be judged against it.
 */
function checkTargetOrganisation(plan: Plan, tree: OrgTree, indicator: Indicator, row: TargetRow, reporters: ReadonlySet<string>, cells: PlanCells, problems: Problem[]): void {
  const organisation = row.organisation;
  if (organisation === null || tree.get(organisation) === undefined || reporters.has(organisation)) return;
  const above = [...reporters].some((reporter) => tree.ancestors(reporter).some((ancestor) => ancestor.id === organisation));
  if (!above) problems.push(warning("target-for-non-reporter", cells.target(row, "organisation"), { organisation, indicator: indicator.id }, { indicator: indicator.id, organisation }));
}

/** A budget is the year's: a plan with budgets needs the full-year period they are followed up in. */
function checkBudgetPeriod(plan: Plan, cells: PlanCells, problems: Problem[]): void {
  const first = plan.targets.find((row) => row.budget !== null);
  if (first === undefined || plan.settings.year === 0) return;
  const year = String(plan.settings.year);
  if (plan.periods.some((period) => period.type === "fullYear" && period.id.startsWith(year))) return;
  problems.push(warning("budget-without-full-year", cells.target(first, "budget"), { year }, { indicator: first.indicator }));
}
