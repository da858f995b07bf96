/**
 * The status of one indicator's outcome under the plan's rules: the indicator's own "gul från"
 * or the plan's, its tolerance, the plan's trend band, and the target row that applies.
 */
import { isRuleError } from "../errors";
import type { Indicator, Settings, TargetRow } from "../plan/model";
import { judgeStatus, type Status } from "../status";
import type { Measured } from "../values";

/** The status, or undefined when the target row contradicts the indicator (reported by the plan check). */
export function indicatorStatus(settings: Settings, indicator: Indicator, actual: Measured, target: TargetRow | undefined, previous: Measured): Status | undefined {
  try {
    return judgeStatus(actual, target?.target ?? null, indicator.direction, target?.targetMax ?? null, indicator.yellowFrom ?? settings.yellowFrom, indicator.tolerance, previous, settings.trendBand);
  } catch (caught) {
    if (isRuleError(caught)) return undefined;
    throw caught;
  }
}
