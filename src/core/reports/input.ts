/**
 * What every report is made from (docs/reports.md): the plan, the period, and what collection gave for
 * it. Reports made from the plan alone (its own Utfall) have no reporting status, actions or
 * analyses.
 */
import type { ImprovementRow } from "../collection/improvement";
import type { ActionRow, AnalysisRow, ReportingStatusRow } from "../collection/model";
import type { ActualRow, Plan } from "../plan/model";

export interface ReportInput {
  readonly plan: Plan;
  readonly period: string;
  /** The period's collected outcomes; they take precedence over the plan's own Utfall rows. */
  readonly collected: readonly ActualRow[];
  /** The units' reporting status, or null when the report is made from the plan's Utfall alone. */
  readonly reporting: readonly ReportingStatusRow[] | null;
  /** When the outcomes were collected (ISO date-time), or null. */
  readonly collectedAt: string | null;
  /** Each unit's action plan, by unit id. */
  readonly actions: ReadonlyMap<string, readonly ActionRow[]>;
  /** Each unit's analyses, by unit id. */
  readonly analyses: ReadonlyMap<string, readonly AnalysisRow[]>;
  /** Each unit's improvement items, by unit id; absent where none were collected (an older consolidated workbook). */
  readonly improvements?: ReadonlyMap<string, readonly ImprovementRow[]>;
}

/** A report input with nothing collected: the plan's own Utfall for the period. */
export function planOnlyInput(plan: Plan, period: string): ReportInput {
  return { plan, period, collected: [], reporting: null, collectedAt: null, actions: new Map(), analyses: new Map() };
}
