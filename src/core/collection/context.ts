/**
 * What the rules of collection need from the plan, computed once for all of a period's
 * submissions: the plan's fingerprint, who reports what, the targets and the earlier outcomes.
 */
import { History, TargetIndex, indicatorsByReporter, planFingerprint, type Indicator, type Plan } from "../plan";

export interface CollectionContext {
  readonly plan: Plan;
  readonly period: string;
  readonly fingerprint: string;
  /** The indicators each reporting organisation reports. */
  readonly expected: ReadonlyMap<string, readonly Indicator[]>;
  /** When the collection runs (ISO date-time): overdue actions are judged against its date. */
  readonly collectedAt: string;
  /** The plan's targets, indexed once: looking them up per row would grow with the plan, not the unit. */
  readonly targets: TargetIndex;
  /** Earlier outcomes, following organisation changes (for the status a unit's value gets). */
  readonly history: History;
}

/** The context for collecting `period` of `plan`. */
export function collectionContext(plan: Plan, period: string, collectedAt: string): CollectionContext {
  return {
    plan,
    period,
    fingerprint: planFingerprint(plan),
    expected: indicatorsByReporter(plan),
    collectedAt,
    targets: new TargetIndex(plan.targets),
    history: new History(plan.actuals, plan.orgChanges, plan.organisation),
  };
}
