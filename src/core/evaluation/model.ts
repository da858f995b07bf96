/**
 * What evaluating one period gives: a status per organisation and indicator, and an assessment
 * per goal (docs/rules.md, applied as docs/workbooks.md §3 describes for `Status` and `Målbedömning`).
 */
import type { AssessmentRow } from "../plan/model";
import type { Assessment, RollupResult } from "../rollup";
import type { Status } from "../status";
import type { TargetValue } from "../target";
import type { Trend } from "../trend";
import type { Measured } from "../values";

export interface StatusRow {
  readonly organisation: string;
  readonly indicator: string;
  readonly period: string;
  readonly actual: Measured;
  readonly target: TargetValue;
  readonly targetMax: Measured;
  /** undefined where the ratio is not defined (docs/rules.md §2) or a value is missing. */
  readonly attainment: number | undefined;
  readonly status: Status;
  readonly previous: Measured;
  readonly trend: Trend;
  /** The peer status (docs/rules.md §8), where peer data exists for this organisation; else null. */
  readonly peerStatus: Status | null;
  /** The peer status within the plan's peer group (Jämförelsegrupp), where it has one and data exists; else null. */
  readonly peerGroupStatus: Status | null;
  /**
   * Where the indicator is split by gender: the women's value among the other municipalities'
   * women, and the men's among their men (all municipalities); else null.
   */
  readonly peerStatusByGender: { readonly women: Status | null; readonly men: Status | null } | null;
  /** Where the indicator is split by gender: the women's and the men's value here (aggregated like the total); else null. */
  readonly byGender: { readonly women: Measured; readonly men: Measured } | null;
  /** What {@link peerStatus} was judged against (the Kolada year and how many municipalities), where there is one; else null. */
  readonly peerBasis: PeerBasis | null;
  /** What {@link peerGroupStatus} was judged against, where there is one; else null. */
  readonly peerGroupBasis: PeerGroupBasis | null;
  /**
   * For a unit with a Kolada id (`Organisation`'s Kolada-id): its peer status among the country's
   * units with a Kolada value for the indicator (`Jämförelse enheter`); else null.
   */
  readonly unitPeers: UnitPeerComparison | null;
  /** For an aggregated value: how many units' values were behind it; for a reported value: null. */
  readonly unitCount: number | null;
  /** Whether the value was aggregated from the units below, or reported by the organisation itself. */
  readonly aggregated: boolean;
}

/**
 * The peers a peer status was judged against (docs/rules.md §8): the year of their Kolada figures
 * (the period's year, or the latest earlier one with any) and how many municipalities had a value.
 */
export interface PeerBasis {
  readonly year: number;
  readonly count: number;
}

/** A peer basis within a named group of municipalities (the indicator's area's, or the plan's). */
export interface PeerGroupBasis extends PeerBasis {
  /** The group's title as Kolada gives it; "" where the plan gives none. */
  readonly name: string;
}

/** A unit's peer status among the country's units (core/unit-peers.ts), and among those of its kind where that is a smaller group. */
export interface UnitPeerComparison {
  readonly status: Status;
  /** The Kolada year and how many units had a value. */
  readonly basis: PeerBasis;
  /** Among the units of the same kind (their Kolada ids begin alike: V15E, grundskola), where they are fewer than all; else null. */
  readonly sameKind: { readonly kind: string; readonly status: Status; readonly basis: PeerBasis } | null;
}

export interface GoalAssessment {
  readonly goal: string;
  readonly organisation: string;
  readonly period: string;
  readonly computed: RollupResult;
  /** The controllers' own assessment from Bedömningar, if any. */
  readonly manual: AssessmentRow | null;
  /** The manual assessment where given, else the computed one. */
  readonly effective: Assessment;
  /** True when a manual assessment differs from the computed one. */
  readonly differs: boolean;
}

export interface Evaluation {
  readonly period: string;
  readonly statuses: readonly StatusRow[];
  readonly goals: readonly GoalAssessment[];
}
