/**
 * What collection keeps of one unit's workbook once it has been read: the outcomes, actions,
 * analyses and problems, small enough to hold for hundreds of units (the workbook itself is
 * released as soon as it has been read).
 */
import type { ActionRow, ActualRow, AnalysisRow, History, Indicator, Plan, Problem, TargetIndex } from "../../core";

export type { ActionRow, AnalysisRow } from "../../core";

export interface UnitReport {
  readonly file: string;
  /** In a shared workbook, the unit's sheet. */
  readonly sheet?: string;
  /** When the file was last changed (ISO), as the file system says; null when unknown. */
  readonly modified: string | null;
  readonly unit: string | null;
  readonly period: string | null;
  readonly createdAt: string | null;
  /** False when the workbook cannot be used for this plan and period (its problems say why). */
  readonly usable: boolean;
  readonly actuals: readonly ActualRow[];
  readonly expected: number;
  readonly filled: number;
  readonly actions: readonly ActionRow[];
  readonly analyses: readonly AnalysisRow[];
  readonly problems: readonly Problem[];
}

/** What collection needs from the plan, computed once for all units. */
export interface CollectionContext {
  readonly plan: Plan;
  readonly period: string;
  readonly fingerprint: string;
  /** The indicators each reporting organisation reports. */
  readonly expected: ReadonlyMap<string, readonly Indicator[]>;
  /** When the collection runs (ISO date-time): overdue actions are judged against its date. */
  readonly collectedAt: string;
  /** The plan's targets and outcomes, indexed once: looking them up per row would grow with the plan, not the unit. */
  readonly targets: TargetIndex;
  /** Earlier outcomes, following organisation changes (for the status a unit's value gets). */
  readonly history: History;
}

/** A report for a file that could not be used at all. */
export function unusable(file: string, modified: string | null, problems: readonly Problem[], sheet?: string): UnitReport {
  return { file, sheet, modified, unit: null, period: null, createdAt: null, usable: false, actuals: [], expected: 0, filled: 0, actions: [], analyses: [], problems };
}
