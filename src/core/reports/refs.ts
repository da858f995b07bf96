/**
 * How a report names what it is about: the id with its name (and for an indicator its unit of
 * measure and direction), so that a renderer never has to look anything up in the plan.
 */
import type { Direction } from "../direction";
import type { Goal, GoalLevel, Indicator, OrgType, OrgUnit } from "../plan/model";

export interface OrgRef {
  readonly id: string;
  readonly name: string;
  readonly type: OrgType;
}

export interface GoalRef {
  readonly id: string;
  readonly name: string;
  readonly level: GoalLevel;
}

export interface IndicatorRef {
  readonly id: string;
  readonly name: string;
  /** Unit of measure (%, kr, antal, …): renderers choose the number format by it. */
  readonly unit: string;
  readonly direction: Direction;
}

export const orgRef = (unit: OrgUnit): OrgRef => ({ id: unit.id, name: unit.name, type: unit.type });
export const goalRef = (goal: Goal): GoalRef => ({ id: goal.id, name: goal.name, level: goal.level });
export const indicatorRef = (indicator: Indicator): IndicatorRef => ({ id: indicator.id, name: indicator.name, unit: indicator.unit, direction: indicator.direction });
