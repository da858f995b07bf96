/**
 * Evaluating one period of a plan: every status, aggregate, trend and goal assessment, from the
 * outcomes (the plan's Utfall history plus what was collected for the period).
 */
import { attainmentWithin, upperBound } from "../attainment";
import { isRuleError } from "../errors";
import { peerQuartiles, statusAmongPeers } from "../peers";
import { History, type OutcomeField } from "../plan/history";
import { TargetIndex, rowKey } from "../plan/indexes";
import { peerGroupOf } from "../plan/peer-group-of";
import type { ActualRow, Indicator, Plan } from "../plan/model";
import { OrgTree, reportingOrganisations } from "../plan/reporting";
import { rollup, statusOfAssessment, type RollupChild } from "../rollup";
import type { Status } from "../status";
import { trend } from "../trend";
import { UnitPeerIndex } from "../unit-peers";
import type { Measured } from "../values";
import { indicatorStatus } from "./indicator-status";
import type { Evaluation, GoalAssessment, PeerBasis, StatusRow } from "./model";
import { samePeriodLastYear } from "./period-links";

interface Valued {
  readonly value: Measured;
  readonly unitCount: number | null;
  readonly aggregated: boolean;
}

/**
 * Evaluates `period`.
 * @param collected the outcomes collected for the period; they take precedence over the plan's own
 *   Utfall rows for the same indicator, organisation and period.
 */
export function evaluate(plan: Plan, period: string, collected: readonly ActualRow[] = []): Evaluation {
  const tree = new OrgTree(plan.organisation);
  const history = new History([...plan.actuals, ...collected], plan.orgChanges, plan.organisation);
  const targets = new TargetIndex(plan.targets);
  const previousPeriod = samePeriodLastYear(period);
  const top = tree.root()?.id;
  const statuses: StatusRow[] = [];
  const statusAt = new Map<string, Status>();
  const unitPeers = new UnitPeerIndex(plan.unitPeers);
  const periodYear = Number(period.slice(0, 4));

  for (const indicator of plan.indicators) {
    const reporters = reportingOrganisations(plan, indicator, tree);
    const valueAt = valuesOf(plan, indicator, reporters, tree, history);
    const women = indicator.genderSplit ? valuesOf(plan, indicator, reporters, tree, history, "women")(period) : undefined;
    const men = indicator.genderSplit ? valuesOf(plan, indicator, reporters, tree, history, "men")(period) : undefined;
    for (const [organisation, current] of valueAt(period)) {
      const row = statusRow(plan, indicator, organisation, period, current, valueAt(previousPeriod).get(organisation)?.value ?? null, targets, top);
      const byGender = women === undefined || men === undefined ? null : { women: women.get(organisation)?.value ?? null, men: men.get(organisation)?.value ?? null };
      // Women and men compared with women and men, where the indicator is split by gender.
      const peerByGender =
        organisation === top && byGender !== null && row.peerStatus !== null
          ? { women: peerStatusOf(plan, indicator, period, byGender.women, null, "K")?.status ?? null, men: peerStatusOf(plan, indicator, period, byGender.men, null, "M")?.status ?? null }
          : null;
      // A unit with a Kolada id is compared with the country's units (schools with schools).
      const koladaUnit = tree.get(organisation)?.koladaId;
      const amongUnits = koladaUnit === undefined ? null : unitPeers.compare(indicator, koladaUnit, current.value, periodYear);
      statuses.push({ ...row, byGender, peerStatusByGender: peerByGender, unitPeers: amongUnits });
      statusAt.set(rowKey(indicator.id, organisation), row.status);
    }
  }
  return { period, statuses, goals: assessGoals(plan, period, statusAt) };
}

/** For one indicator: the value at every organisation where it is evaluated, for any period (following organisation changes). */
function valuesOf(plan: Plan, indicator: Indicator, reporters: readonly string[], tree: OrgTree, history: History, of: OutcomeField = "actual"): (period: string | undefined) => Map<string, Valued> {
  const reporterSet = new Set(reporters);
  // Every organisation above a reporter, up to the top: where the indicator is aggregated.
  const above = new Set<string>();
  for (const reporter of reporters) for (const ancestor of tree.ancestors(reporter)) if (!reporterSet.has(ancestor.id)) above.add(ancestor.id);
  const aggregatedOrder = plan.organisation.filter((unit) => above.has(unit.id)).map((unit) => unit.id);
  const cache = new Map<string | undefined, Map<string, Valued>>();
  return (period) => {
    const cached = cache.get(period);
    if (cached !== undefined) return cached;
    const values = new Map<string, Valued>();
    for (const reporter of reporters) values.set(reporter, { value: history.value(indicator, reporter, period, of), unitCount: null, aggregated: false });
    for (const organisation of aggregatedOrder) {
      if (indicator.aggregation === "none") {
        const own = history.recorded(indicator.id, organisation, period, of);
        if (own !== null) values.set(organisation, { value: own, unitCount: null, aggregated: false });
        continue;
      }
      const subtree = tree.subtree(organisation).map((unit) => unit.id);
      const sources = history.sourcesOf(subtree.filter((id) => reporterSet.has(id)), subtree.filter((id) => !reporterSet.has(id)), period);
      const result = history.combined(indicator, sources, period, of);
      values.set(organisation, { value: result.value, unitCount: result.count, aggregated: true });
    }
    cache.set(period, values);
    return values;
  };
}

function statusRow(plan: Plan, indicator: Indicator, organisation: string, period: string, current: Valued, previous: Measured, targets: TargetIndex, top: string | undefined): StatusRow {
  const targetRow = targets.find(indicator.id, organisation, period);
  const target = targetRow?.target ?? null;
  const targetMax = targetRow?.targetMax ?? null;
  const band = plan.settings.trendBand;
  // An inconsistent target (reported by the plan check) cannot give a colour.
  const status = indicatorStatus(plan.settings, indicator, current.value, targetRow, previous) ?? "missing";
  const ratio = status !== "missing" && typeof target === "number" && current.value !== null ? attainmentWithin(current.value, indicator.direction, target, upperBound(indicator.direction, target, targetMax)) : undefined;
  let moved: StatusRow["trend"] = "missing";
  try {
    const range = indicator.direction === "range" && typeof target === "number" && targetMax !== null ? { direction: indicator.direction, low: target, high: targetMax } : undefined;
    moved = indicator.direction === "range" && range === undefined ? "missing" : trend(current.value, previous, indicator.direction, band, range);
  } catch (caught) {
    if (!isRuleError(caught)) throw caught;
  }
  const amongAll = organisation === top ? peerStatusOf(plan, indicator, period, current.value, null) : null;
  const group = organisation === top ? peerGroupOf(plan, indicator) : null;
  const inGroup = group === null ? null : peerStatusOf(plan, indicator, period, current.value, new Set(group.members));
  return {
    organisation,
    indicator: indicator.id,
    period,
    actual: current.value,
    target,
    targetMax,
    attainment: ratio,
    status,
    previous,
    trend: moved,
    peerStatus: amongAll?.status ?? null,
    peerGroupStatus: inGroup?.status ?? null,
    peerStatusByGender: null,
    byGender: null,
    peerBasis: amongAll?.basis ?? null,
    peerGroupBasis: inGroup === null || group === null ? null : { ...inGroup.basis, name: group.name },
    unitPeers: null,
    unitCount: current.unitCount,
    aggregated: current.aggregated,
  };
}

/**
 * Peer data describes municipalities: it applies at the top of the tree, among the other
 * municipalities (the plan's own municipality code is left out of its peers), all of them or those
 * of `group`. The peers' values are of the period's year, or of the latest earlier year there are
 * any: Kolada publishes a year's figures during the following year, so an interim report compares
 * with last year's. With the status comes what it was judged against: that year and how many
 * municipalities had a value (the reports state both beside the status).
 */
function peerStatusOf(plan: Plan, indicator: Indicator, period: string, value: Measured, group: ReadonlySet<string> | null, gender: "T" | "K" | "M" = "T"): { status: Status; basis: PeerBasis } | null {
  const periodYear = Number(period.slice(0, 4));
  const own = plan.settings.municipalityCode;
  const candidates = plan.peers.filter(
    (row) =>
      (row.indicator === indicator.id || (row.koladaId !== null && row.koladaId === indicator.koladaId)) &&
      row.year <= periodYear &&
      row.gender === gender &&
      row.municipalityCode !== own &&
      (group === null || group.has(row.municipalityCode)),
  );
  const year = Math.max(...candidates.map((row) => row.year));
  const peers = candidates.filter((row) => row.year === year);
  if (peers.length === 0) return null;
  const values = peers.map((row) => row.value);
  return { status: statusAmongPeers(value, peerQuartiles(values), indicator.direction), basis: { year, count: values.filter((peer) => peer !== null).length } };
}

function assessGoals(plan: Plan, period: string, statusAt: ReadonlyMap<string, Status>): GoalAssessment[] {
  const results = new Map<string, GoalAssessment>();
  const visiting = new Set<string>();
  const assess = (goalId: string): GoalAssessment | undefined => {
    const done = results.get(goalId);
    if (done !== undefined) return done;
    const goal = plan.goals.find((candidate) => candidate.id === goalId);
    if (goal === undefined || visiting.has(goalId)) return undefined; // cycles are reported by the plan check
    visiting.add(goalId);
    const children: RollupChild[] = [
      ...indicatorChildren(plan, goal.id, goal.organisation, statusAt),
      ...plan.goals
        .filter((child) => child.parent === goal.id)
        .map((child) => assess(child.id))
        .filter((child): child is GoalAssessment => child !== undefined)
        .map((child) => ({ status: statusOfAssessment(child.effective) })),
    ];
    const computed = rollup(children, goal.rollupMethod ?? plan.settings.rollupMethod, plan.settings.minCoverage);
    const manual = plan.assessments.find((row) => row.goal === goal.id && row.organisation === goal.organisation && row.period === period) ?? null;
    const effective = manual?.assessment ?? computed.assessment;
    const result: GoalAssessment = { goal: goal.id, organisation: goal.organisation, period, computed, manual, effective, differs: manual !== null && manual.assessment !== computed.assessment };
    visiting.delete(goalId);
    results.set(goalId, result);
    return result;
  };
  return plan.goals.map((goal) => assess(goal.id)).filter((goal): goal is GoalAssessment => goal !== undefined);
}

/** A goal's indicators as roll-up children: their statuses at `organisation`, with their weights. */
export function indicatorChildren(plan: Plan, goal: string, organisation: string, statusAt: ReadonlyMap<string, Status>): RollupChild[] {
  return plan.indicators.filter((indicator) => indicator.goal === goal).map((indicator) => ({ status: statusAt.get(rowKey(indicator.id, organisation)) ?? "missing", weight: indicator.weight }));
}
