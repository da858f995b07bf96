/**
 * The plan (*mål- och resultatplan*, docs/workbooks.md §1) as a typed model: what the plan workbook
 * says, read and checked. Dates are ISO dates ("2026-08-31"), never Date objects: the core has no
 * clock and no time zone.
 */
import type { AggregationMethod } from "../aggregate";
import type { Direction } from "../direction";
import type { Language } from "../labels";
import type { Location } from "../problems";
import type { Assessment, RollupMethod } from "../rollup";
import type { SeasonalProfile } from "../forecast";
import type { TargetValue } from "../target";
import type { Measured } from "../values";

export type OrgType = "municipality" | "division" | "department" | "unit";
export type GoalLevel = "vision" | "priorityArea" | "resultGoal" | "administrationGoal" | "divisionGoal";
export type PeriodType = "tertial" | "interim" | "fullYear" | "month";
export type Gender = "T" | "K" | "M";

/** Every row remembers where it came from, so a problem can name the cell. */
interface Sourced {
  readonly at: Location;
}

export interface Settings {
  readonly municipality: string;
  /** Four digits, leading zero kept (Kolada's kommunkod). */
  readonly municipalityCode: string;
  readonly year: number;
  readonly currentPeriod: string;
  readonly yellowFrom: number;
  readonly trendBand: number;
  readonly rollupMethod: RollupMethod;
  readonly minCoverage: number;
  /** ISO date, or null when the plan sets none. */
  readonly deadline: string | null;
  readonly commentRequiredOnRed: boolean;
  readonly language: Language;
  /**
   * A peer group: municipality codes (e.g. Kolada's "liknande kommuner") to compare with as well
   * as with all municipalities. Empty when the plan names none.
   */
  readonly peerGroup: readonly string[];
  /**
   * What the peer group is, as Kolada names it ("Liknande kommuner grundskola, Ystad 2025", its
   * year included), for the reports' source lines; "" when the plan names none.
   */
  readonly peerGroupName: string;
  /** The indicator holding the year's result in tkr (*årets resultat*), for the balance requirement; null when the plan names none. */
  readonly resultIndicator: string | null;
  /**
   * What the balance requirement adjusts the result by, in tkr, signed (realisation gains are
   * negative, use of the reserve RUR positive): *balanskravsresultat* = result + adjustments.
   */
  readonly balanceAdjustments: number;
}

export interface Period extends Sourced {
  readonly id: string;
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly type: PeriodType;
}

export interface OrgUnit extends Sourced {
  readonly id: string;
  readonly name: string;
  readonly parent: string | null;
  readonly type: OrgType;
  readonly manager: string;
  readonly email: string;
  /**
   * What kind of activity the organisation runs (*verksamhetstyp*: förskola, grundskola,
   * hemtjänst, …), free text, "" when the plan says none. Indicators name the categories that
   * report them (`Rapporteras av`).
   */
  readonly category: string;
  /**
   * The organisation's size (pupils, residents, places, hours …), for weighted means of shares
   * and rates; null when the plan gives none. `sizeMeasure` says what was counted ("elever").
   */
  readonly size: Measured;
  readonly sizeMeasure: string;
  /**
   * The unit's id in Kolada (*organisatorisk enhet*, e.g. "V15E128000101" for a school), for
   * comparing it with every unit of its kind in the country; absent where the plan gives none.
   */
  readonly koladaId?: string;
}

/**
 * Who reports an indicator (docs/workbooks.md §1, "Who reports what"): every organisation of one
 * level below the goal's owner (what a plan's `Rapporteras av` has always said: `Enhet`,
 * `Verksamhetsområde`, …), or the organisations named: categories (*verksamhetstyp*) or ids.
 */
export type ReportedBy = { readonly level: OrgType } | { readonly named: readonly string[] };

export interface Goal extends Sourced {
  readonly id: string;
  readonly name: string;
  readonly level: GoalLevel;
  readonly parent: string | null;
  readonly organisation: string;
  readonly financial: boolean;
  /** Overrides the plan's roll-up method for this goal. */
  readonly rollupMethod: RollupMethod | null;
  readonly description: string;
}

export interface Indicator extends Sourced {
  readonly id: string;
  readonly name: string;
  readonly goal: string;
  /** Unit of measure (*måttenhet*): "%", "kr", "antal", "dagar", … */
  readonly unit: string;
  readonly direction: Direction;
  readonly weight: number;
  readonly yellowFrom: number | null;
  readonly tolerance: number | null;
  readonly aggregation: AggregationMethod;
  readonly weightedBy: string | null;
  readonly reportedBy: ReportedBy;
  readonly genderSplit: boolean;
  readonly koladaId: string | null;
  readonly description: string;
  /**
   * How an amount accumulated from January is spread over the year, for its full-year forecast
   * (docs/rules.md §9, column *Säsongsprofil*); absent: even (*Jämn*).
   */
  readonly profile?: SeasonalProfile;
}

export interface TargetRow extends Sourced {
  readonly indicator: string;
  /** null: the target for every organisation where the indicator is evaluated. */
  readonly organisation: string | null;
  readonly period: string;
  readonly target: TargetValue;
  readonly targetMax: Measured;
  readonly baseline: Measured;
  readonly budget: Measured;
}

export interface ActualRow extends Sourced {
  readonly indicator: string;
  readonly organisation: string;
  readonly period: string;
  readonly actual: Measured;
  readonly women: Measured;
  readonly men: Measured;
  readonly comment: string;
  readonly source: string;
  /** ISO date-time or date, as text; the core does not interpret it. */
  readonly loadedAt: string;
  /**
   * The organisation's own full-year forecast (*Prognos helår*) for an amount, as it reported it
   * with the outcome so far (template version 5); absent or null where it gave none.
   */
  readonly forecast?: Measured;
}

export interface AssessmentRow extends Sourced {
  readonly goal: string;
  readonly organisation: string;
  readonly period: string;
  readonly assessment: Assessment;
  readonly justification: string;
  readonly assessedBy: string;
  readonly date: string;
}

export interface PoliticalAnalysisRow extends Sourced {
  readonly goal: string;
  readonly period: string;
  readonly politicalAssessment: string;
  readonly analysis: string;
  readonly conclusions: string;
}

export interface PeerRow extends Sourced {
  /** The plan's indicator id, or null when the row names only a Kolada id. */
  readonly indicator: string | null;
  readonly koladaId: string | null;
  readonly municipalityCode: string;
  readonly year: number;
  readonly gender: Gender;
  readonly value: Measured;
}

/**
 * One Kolada value of an organisational unit anywhere in the country (the plan's sheet
 * `Jämförelse enheter`), kept apart from the municipalities' values: a school is compared with
 * schools, not with municipalities.
 */
export interface UnitPeerRow extends Sourced {
  /** The plan's indicator id, or null when the row names only a Kolada id. */
  readonly indicator: string | null;
  readonly koladaId: string | null;
  /** The unit's id in Kolada ("V15E128000101"). */
  readonly unit: string;
  readonly year: number;
  readonly gender: Gender;
  readonly value: Measured;
  /** Kolada's `count` beside the value (what the value is made of), null where it gave none. */
  readonly count: number | null;
}

/**
 * An organisation change between years (the sheet `Organisationsförändringar`): from `from` on,
 * `oldId` is continued by `newId`. Several rows with one new id are a merger, several with one old
 * id a split, one row a rename; a closed unit has no new id (or names the organisation its
 * history should count under). See org-lineage.ts for how history follows.
 */
export interface OrgChangeRow extends Sourced {
  readonly oldId: string;
  /** null: closed, its history belongs to no one. */
  readonly newId: string | null;
  /** The first period the new organisation reports (a period id). */
  readonly from: string;
  readonly comment: string;
}

/**
 * RKA's group of similar municipalities chosen for one area of the plan (Kolada has one per area:
 * "Liknande kommuner grundskola", "… äldreomsorg"): the indicators under the area's goal are
 * compared with this group instead of the plan's Jämförelsegrupp (docs/kolada.md).
 */
export interface AreaPeerGroup {
  /** The goal the area is (usually a priority area); the indicators under it, at any depth, use the group. */
  readonly area: string;
  /** Kolada's id of the group ("G124064"); "" where the group was typed by hand. */
  readonly groupId: string;
  /** The group's title as Kolada gives it, its year included; "" where none was given. */
  readonly name: string;
  /** The members' municipality codes, the plan's own municipality left out. */
  readonly members: readonly string[];
  readonly at?: Location;
}

export interface Plan {
  readonly settings: Settings;
  readonly periods: readonly Period[];
  readonly organisation: readonly OrgUnit[];
  readonly goals: readonly Goal[];
  readonly indicators: readonly Indicator[];
  readonly targets: readonly TargetRow[];
  readonly actuals: readonly ActualRow[];
  readonly assessments: readonly AssessmentRow[];
  readonly politicalAnalysis: readonly PoliticalAnalysisRow[];
  readonly peers: readonly PeerRow[];
  /** Kolada's values of units in the whole country (`Jämförelse enheter`); empty when the plan has none. */
  readonly unitPeers: readonly UnitPeerRow[];
  readonly orgChanges: readonly OrgChangeRow[];
  /** Peer groups per area (sheet Jämförelsegrupper), where the plan has any; absent or empty: the settings' one group for all. */
  readonly areaPeerGroups?: readonly AreaPeerGroup[];
}

/** The settings a plan has when its Inställningar sheet says nothing (docs/workbooks.md §1). */
export const DEFAULT_SETTINGS: Settings = {
  municipality: "",
  municipalityCode: "",
  year: 0,
  currentPeriod: "",
  yellowFrom: 0.9,
  trendBand: 0.01,
  rollupMethod: "average",
  minCoverage: 0.5,
  deadline: null,
  commentRequiredOnRed: false,
  language: "sv",
  peerGroup: [],
  peerGroupName: "",
  resultIndicator: null,
  balanceAdjustments: 0,
};
