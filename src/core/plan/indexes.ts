/**
 * Lookups into a plan's targets and outcomes, built once: evaluation, the unit templates and
 * collection all ask "which target applies here?" and "what was the outcome then?", and must
 * answer alike.
 */
import type { ActualRow, Plan, TargetRow } from "./model";
import type { Measured } from "../values";

/** A composite key for indicator, organisation and period (NUL never occurs in an id). */
export function rowKey(...parts: readonly string[]): string {
  // Concatenated in a loop: join over the rest array was a tenth of evaluating a large period.
  let key = parts[0] ?? "";
  for (let i = 1; i < parts.length; i++) key += `\u0000${parts[i]}`;
  return key;
}

/** The target that applies: the organisation's own row for the period, else the one for every organisation. */
export class TargetIndex {
  private readonly byKey = new Map<string, TargetRow>();

  constructor(rows: readonly TargetRow[]) {
    for (const row of rows) this.byKey.set(rowKey(row.indicator, row.organisation ?? "", row.period), row);
  }

  find(indicator: string, organisation: string, period: string): TargetRow | undefined {
    return this.byKey.get(rowKey(indicator, organisation, period)) ?? this.byKey.get(rowKey(indicator, "", period));
  }
}

/** Outcomes by indicator, organisation and period; a later row replaces an earlier one. */
export class OutcomeIndex {
  private readonly byKey = new Map<string, ActualRow>();

  constructor(rows: readonly ActualRow[]) {
    for (const row of rows) this.byKey.set(rowKey(row.indicator, row.organisation, row.period), row);
  }

  value(indicator: string, organisation: string, period: string | undefined): Measured {
    return this.row(indicator, organisation, period)?.actual ?? null;
  }

  /** The whole outcome row (with its comment and source), if there is one. */
  row(indicator: string, organisation: string, period: string | undefined): ActualRow | undefined {
    return period === undefined ? undefined : this.byKey.get(rowKey(indicator, organisation, period));
  }

  private periods: Set<string> | undefined;

  /** Whether any outcome at all is recorded for the period (history exists). */
  hasPeriod(period: string): boolean {
    this.periods ??= new Set([...this.byKey.values()].map((row) => row.period));
    return this.periods.has(period);
  }
}

/** The plan with `rows` added to its Utfall, each replacing an earlier row for the same indicator, organisation and period. */
export function withOutcomes(plan: Plan, rows: readonly ActualRow[]): Plan {
  if (rows.length === 0) return plan;
  const keyOf = (row: ActualRow) => rowKey(row.indicator, row.organisation, row.period);
  const replaced = new Set(rows.map(keyOf));
  return { ...plan, actuals: [...plan.actuals.filter((row) => !replaced.has(keyOf(row))), ...rows] };
}
