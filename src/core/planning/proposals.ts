/**
 * Target proposals for next year (the planning issue's rules): where a target was missed, the same
 * target again; where an indicator has been green three years running and its last outcome beats
 * the target, that outcome, as a proposal for the council to decide. Each proposal says why.
 */
import type { Direction } from "../direction";
import type { Indicator, TargetRow } from "../plan/model";
import { isPeriodOfYear } from "../plan/period-id";
import type { FollowUp } from "../reports/follow-up";
import type { Status } from "../status";
import type { Measured } from "../values";

/** Why a proposed target is what it is. */
export type ProposalBasis =
  /** Green in `greenFrom`…`year` and the outcome of `year` beat the target: raised to it (`proposed`, the outcome rounded towards the target). */
  | { readonly kind: "raised"; readonly year: number; readonly greenFrom: number; readonly actual: number; readonly proposed: number }
  /** Not reached in `year` (yellow, red, or not assessable): the same target again. */
  | { readonly kind: "missed"; readonly year: number; readonly actual: number; readonly status: Status }
  /** Reached in `year`, but not green three years running (or nothing to raise to): kept. */
  | { readonly kind: "met"; readonly year: number; readonly actual: number }
  /** No outcome in the last four years to judge by: kept. */
  | { readonly kind: "noOutcome" }
  /** A relative target (Öka, Minska, …) says the same next year: kept. */
  | { readonly kind: "relative" };

export interface TargetProposal {
  /** The new year's target row (its budget left for the new year's budget). */
  readonly row: TargetRow;
  /** Last year's row it was made from. */
  readonly previous: TargetRow;
  readonly basis: ProposalBasis;
}

/** How far to round a proposal: a tenth of a percentage point, or a precision that fits the size. */
function step(value: number, unit: string): number {
  if (unit.trim() === "%") return 0.001;
  const size = Math.abs(value);
  return size >= 100 ? 1 : size >= 10 ? 0.1 : 0.01;
}

/** The outcome rounded towards the target, so the proposal never asks more than was achieved. */
export function roundedOutcome(value: number, unit: string, direction: Direction): number {
  const size = step(value, unit);
  const scaled = value / size;
  // The epsilon keeps 0.93 (stored as 0.9300000000000001) from falling to 0.929.
  const rounded = direction === "lower" ? Math.ceil(scaled - 1e-9) : Math.floor(scaled + 1e-9);
  return Number((rounded * size).toFixed(6));
}

function beats(actual: number, target: number, direction: Direction): boolean {
  if (direction === "higher") return actual > target;
  if (direction === "lower") return actual < target;
  return false;
}

/**
 * The proposals for `year` from the targets of `from`: one per target row of `from`'s periods,
 * judged where the row applies (its organisation, or, for a row for every organisation, where the
 * indicator is shown for the organisation as a whole) on the same period's outcomes. When that
 * period of `from` has no outcome yet (a plan made in the autumn, before the year is closed), the
 * latest earlier year with one decides.
 */
export function proposeTargets(followUp: FollowUp, from: number, year: number): TargetProposal[] {
  const indicators = new Map(followUp.plan.indicators.map((indicator) => [indicator.id, indicator]));
  const prefix = String(from);
  return followUp.plan.targets
    .filter((row) => isPeriodOfYear(row.period, from))
    .map((previous) => {
      const suffix = previous.period.slice(prefix.length);
      const indicator = indicators.get(previous.indicator);
      const basis = indicator === undefined ? ({ kind: "noOutcome" } as const) : judge(followUp, indicator, previous, suffix, from);
      const target = basis.kind === "raised" ? basis.proposed : previous.target;
      return { row: { ...previous, period: `${year}${suffix}`, target, budget: null, at: { sheet: "Målvärden" } }, previous, basis };
    });
}

function judge(followUp: FollowUp, indicator: Indicator, previous: TargetRow, suffix: string, from: number): ProposalBasis {
  if (typeof previous.target !== "number") return { kind: "relative" };
  const at = (year: number) => {
    const period = `${year}${suffix}`;
    return previous.organisation === null ? followUp.headline(indicator, period) : followUp.statusRow(indicator.id, previous.organisation, period);
  };
  const actualIn = (year: number): Measured => at(year)?.actual ?? null;
  const latest = [from, from - 1, from - 2, from - 3].find((year) => actualIn(year) !== null);
  if (latest === undefined) return { kind: "noOutcome" };
  const actual = actualIn(latest) as number;
  const status = at(latest)?.status ?? "missing";
  if (status !== "green") return { kind: "missed", year: latest, actual, status };
  const greenThreeYears = [latest - 1, latest - 2].every((year) => at(year)?.status === "green");
  const proposal = roundedOutcome(actual, indicator.unit, indicator.direction);
  if (greenThreeYears && beats(proposal, previous.target, indicator.direction)) return { kind: "raised", year: latest, greenFrom: latest - 2, actual, proposed: proposal };
  return { kind: "met", year: latest, actual };
}
