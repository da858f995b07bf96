/**
 * The checks of a plan as a whole (docs/workbooks.md §1): ids unique, every reference resolves, the
 * organisation and goal trees have no cycles, every indicator has a goal, every target and
 * outcome names a known indicator, organisation and period, a range target has its upper bound.
 * Problems in single cells (a bad number, an unknown direction) are found while reading.
 */
import { describeLocation } from "../messages";
import { error, warning, type Location, type Problem } from "../problems";
import type { Plan } from "./model";
import { isPeriodId, isPeriodOfYear } from "./period-id";

interface Identified {
  readonly id: string;
  readonly at: Location;
}

function uniqueIds<T extends Identified>(rows: readonly T[], problems: Problem[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const row of rows) {
    const first = byId.get(row.id);
    if (first !== undefined) problems.push(error("duplicate-id", row.at, { id: row.id, first: describeLocation({ sheet: first.at.sheet, cell: first.at.cell }) }));
    else byId.set(row.id, row);
  }
  return byId;
}

/** Unknown parents and cycles in a tree given by parent ids. */
function checkTree<T extends Identified & { readonly parent: string | null }>(byId: ReadonlyMap<string, T>, problems: Problem[]): void {
  for (const row of byId.values()) {
    if (row.parent !== null && !byId.has(row.parent)) problems.push(error("unknown-parent", row.at, { parent: row.parent }));
  }
  const reported = new Set<string>();
  for (const start of byId.values()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: T | undefined = start;
    while (current !== undefined && !onPath.has(current.id)) {
      path.push(current.id);
      onPath.add(current.id);
      current = current.parent === null ? undefined : byId.get(current.parent);
    }
    if (current === undefined) continue;
    const cycle = path.slice(path.indexOf(current.id));
    const key = [...cycle].sort().join("|");
    if (reported.has(key)) continue;
    reported.add(key);
    problems.push(error("cycle", current.at, { ids: cycle.join(" → ") }));
  }
}

/** The id lists that references can point into. */
export type ReferencedSheet = "periods" | "organisation" | "goals" | "indicators";

/**
 * Every problem of the plan as a whole; empty for a sound plan.
 * @param unreadable lists whose sheet could not be read at all (missing, or missing a column):
 *   references into them are not checked, since every one would fail and bury the real problem.
 */
export function validatePlan(plan: Plan, unreadable: ReadonlySet<ReferencedSheet> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const periods = uniqueIds(plan.periods, problems);
  const organisation = uniqueIds(plan.organisation, problems);
  const goals = uniqueIds(plan.goals, problems);
  const indicators = uniqueIds(plan.indicators, problems);
  checkTree(organisation, problems);
  checkTree(goals, problems);

  const needOrganisation = (id: string, at: Location) => {
    if (!unreadable.has("organisation") && !organisation.has(id)) problems.push(error("unknown-organisation", at, { organisation: id }, { organisation: id }));
  };
  const needPeriod = (id: string, at: Location) => {
    if (!unreadable.has("periods") && !periods.has(id)) problems.push(error("unknown-period", at, { period: id }));
  };
  // History (earlier years' outcomes and assessments) may name periods this plan no longer lists.
  const needPeriodOrHistory = (id: string, at: Location) => {
    if (!unreadable.has("periods") && !periods.has(id) && !isPeriodId(id)) problems.push(error("unknown-period", at, { period: id }));
  };
  const needIndicator = (id: string, at: Location) => {
    if (!unreadable.has("indicators") && !indicators.has(id)) problems.push(error("unknown-indicator", at, { indicator: id }, { indicator: id }));
  };
  const needGoal = (id: string, at: Location) => {
    if (!unreadable.has("goals") && !goals.has(id)) problems.push(error("unknown-goal", at, { goal: id }));
  };

  for (const goal of goals.values()) if (goal.organisation !== "") needOrganisation(goal.organisation, goal.at);
  for (const indicator of indicators.values()) {
    if (indicator.goal === "") problems.push(error("indicator-without-goal", indicator.at, {}, { indicator: indicator.id }));
    else needGoal(indicator.goal, indicator.at);
    if (indicator.weightedBy !== null) needIndicator(indicator.weightedBy, indicator.at);
  }
  for (const group of plan.areaPeerGroups ?? []) if (group.at !== undefined) needGoal(group.area, group.at);
  for (const target of plan.targets) {
    needIndicator(target.indicator, target.at);
    if (target.organisation !== null) needOrganisation(target.organisation, target.at);
    needPeriod(target.period, target.at);
    const indicator = indicators.get(target.indicator);
    if (indicator?.direction === "range" && typeof target.target === "number" && target.targetMax === null) {
      problems.push(error("range-without-max", target.at, {}, { indicator: target.indicator }));
    }
  }
  const changed = new Set(plan.orgChanges.map((change) => change.oldId));
  const gone = new Map<string, { at: Location; rows: number; periods: Set<string> }>();
  for (const actual of plan.actuals) {
    needIndicator(actual.indicator, actual.at);
    needPeriodOrHistory(actual.period, actual.at);
    if (unreadable.has("organisation") || organisation.has(actual.organisation) || changed.has(actual.organisation)) continue;
    // An unknown organisation in this year's outcomes is a mistake; in earlier years', a unit that
    // has gone: said once per unit, with what to do, rather than once per row.
    if (isPeriodOfYear(actual.period, plan.settings.year)) needOrganisation(actual.organisation, actual.at);
    else {
      const entry = gone.get(actual.organisation) ?? { at: actual.at, rows: 0, periods: new Set<string>() };
      entry.rows++;
      entry.periods.add(actual.period);
      gone.set(actual.organisation, entry);
    }
  }
  for (const [id, entry] of gone) {
    problems.push(warning("organisation-gone", entry.at, { organisation: id, rows: entry.rows, periods: [...entry.periods].sort().join(", ") }, { organisation: id }));
  }
  for (const change of plan.orgChanges) {
    needPeriodOrHistory(change.from, change.at);
    if (change.newId !== null && !changed.has(change.newId)) needOrganisation(change.newId, change.at);
  }
  for (const assessment of plan.assessments) {
    if (assessment.goal !== "GEH") needGoal(assessment.goal, assessment.at);
    needOrganisation(assessment.organisation, assessment.at);
    needPeriodOrHistory(assessment.period, assessment.at);
  }
  for (const row of plan.politicalAnalysis) {
    needGoal(row.goal, row.at);
    needPeriodOrHistory(row.period, row.at);
  }
  if (plan.settings.resultIndicator !== null) needIndicator(plan.settings.resultIndicator, { sheet: "Inställningar" });
  if (plan.settings.currentPeriod !== "" && !periods.has(plan.settings.currentPeriod)) {
    problems.push(error("unknown-period", { sheet: "Inställningar" }, { period: plan.settings.currentPeriod }));
  }
  return problems;
}
