/**
 * The sheets and columns of the plan workbook (docs/workbooks.md §1): Swedish names first (what Puls
 * writes and names in messages), English names accepted too.
 */
import type { ActualRow } from "../../core";
import type { RowReader } from "../row-reader";
import { optionalColumn, requiredColumn, type SheetSpec } from "../table";

export const SETTINGS_SHEET = {
  names: ["Inställningar", "Settings"],
  columns: [requiredColumn("key", "Nyckel", "Key"), requiredColumn("value", "Värde", "Value")],
} as const satisfies SheetSpec;

export const PERIODS_SHEET = {
  names: ["Perioder", "Periods"],
  columns: [requiredColumn("id", "Id", "Id"), optionalColumn("name", "Namn", "Name"), optionalColumn("from", "Från", "From"), optionalColumn("to", "Till", "To"), optionalColumn("type", "Typ", "Type")],
} as const satisfies SheetSpec;

export const ORGANISATION_SHEET = {
  names: ["Organisation", "Organisation"],
  columns: [
    requiredColumn("id", "Id", "Id"),
    optionalColumn("name", "Namn", "Name"),
    optionalColumn("parent", "Överordnad", "Parent"),
    requiredColumn("type", "Typ", "Type"),
    optionalColumn("manager", "Ansvarig", "Manager"),
    optionalColumn("email", "E-post", "Email"),
    optionalColumn("category", "Verksamhetstyp", "Category"),
    optionalColumn("size", "Storlek", "Size"),
    optionalColumn("sizeMeasure", "Storlek avser", "Size measure"),
    // The unit's id in Kolada (V15E…), for comparing it with the country's units (docs/kolada.md).
    optionalColumn("koladaId", "Kolada-id", "Kolada id"),
  ],
} as const satisfies SheetSpec;

export const GOALS_SHEET = {
  names: ["Mål", "Goals"],
  columns: [
    requiredColumn("id", "Id", "Id"),
    optionalColumn("name", "Namn", "Name"),
    requiredColumn("level", "Nivå", "Level"),
    optionalColumn("parent", "Överordnat", "Parent"),
    optionalColumn("organisation", "Organisation", "Organisation"),
    optionalColumn("financial", "Finansiellt", "Financial"),
    optionalColumn("rollup", "Sammanvägning", "Roll-up"),
    optionalColumn("description", "Beskrivning", "Description"),
  ],
} as const satisfies SheetSpec;

export const INDICATORS_SHEET = {
  names: ["Nyckeltal", "Indicators"],
  columns: [
    requiredColumn("id", "Id", "Id"),
    optionalColumn("name", "Namn", "Name"),
    requiredColumn("goal", "Mål", "Goal"),
    optionalColumn("unit", "Måttenhet", "Unit"),
    optionalColumn("direction", "Riktning", "Direction"),
    optionalColumn("weight", "Vikt", "Weight"),
    optionalColumn("yellowFrom", "Gul från", "Yellow from"),
    optionalColumn("tolerance", "Tolerans", "Tolerance"),
    optionalColumn("aggregation", "Sammanställning", "Aggregation"),
    optionalColumn("weightedBy", "Viktas med", "Weighted by"),
    optionalColumn("reportedBy", "Rapporteras av", "Reported by"),
    optionalColumn("genderSplit", "Könsuppdelat", "Gender split"),
    optionalColumn("koladaId", "Kolada-id", "Kolada id"),
    optionalColumn("description", "Beskrivning", "Description"),
    optionalColumn("profile", "Säsongsprofil", "Seasonal profile"),
  ],
} as const satisfies SheetSpec;

export const TARGETS_SHEET = {
  names: ["Målvärden", "Targets"],
  columns: [
    requiredColumn("indicator", "Nyckeltal", "Indicator"),
    optionalColumn("organisation", "Organisation", "Organisation"),
    requiredColumn("period", "Period", "Period"),
    requiredColumn("target", "Målvärde", "Target"),
    optionalColumn("targetMax", "Målvärde max", "Target max"),
    optionalColumn("baseline", "Utgångsvärde", "Baseline"),
    optionalColumn("budget", "Budget", "Budget"),
  ],
} as const satisfies SheetSpec;

export const ACTUALS_SHEET = {
  names: ["Utfall", "Actuals"],
  columns: [
    requiredColumn("indicator", "Nyckeltal", "Indicator"),
    requiredColumn("organisation", "Organisation", "Organisation"),
    requiredColumn("period", "Period", "Period"),
    requiredColumn("actual", "Utfall", "Actual"),
    optionalColumn("women", "Kvinnor", "Women"),
    optionalColumn("men", "Män", "Men"),
    optionalColumn("comment", "Kommentar", "Comment"),
    optionalColumn("source", "Källa", "Source"),
    optionalColumn("loadedAt", "Inläst", "Loaded at"),
    // The organisation's own full-year forecast of an amount (template version 5); older workbooks have none.
    optionalColumn("forecast", "Prognos helår", "Full-year forecast"),
  ],
} as const satisfies SheetSpec;

export const ASSESSMENTS_SHEET = {
  names: ["Bedömningar", "Assessments"],
  columns: [
    requiredColumn("goal", "Mål", "Goal"),
    requiredColumn("organisation", "Organisation", "Organisation"),
    requiredColumn("period", "Period", "Period"),
    requiredColumn("assessment", "Bedömning", "Assessment"),
    requiredColumn("justification", "Motivering", "Justification"),
    optionalColumn("assessedBy", "Bedömd av", "Assessed by"),
    optionalColumn("date", "Datum", "Date"),
  ],
} as const satisfies SheetSpec;

export const POLITICAL_ANALYSIS_SHEET = {
  names: ["Politisk analys", "Political analysis"],
  columns: [
    requiredColumn("goal", "Mål", "Goal"),
    requiredColumn("period", "Period", "Period"),
    optionalColumn("politicalAssessment", "Politisk bedömning", "Political assessment"),
    optionalColumn("analysis", "Analys", "Analysis"),
    optionalColumn("conclusions", "Slutsatser inför nästa period", "Conclusions for the next period"),
  ],
} as const satisfies SheetSpec;

export const PEERS_SHEET = {
  names: ["Jämförelse", "Peers"],
  columns: [
    optionalColumn("indicator", "Nyckeltal", "Indicator"),
    optionalColumn("koladaId", "Kolada-id", "Kolada id"),
    requiredColumn("municipalityCode", "Kommunkod", "Municipality code"),
    requiredColumn("year", "År", "Year"),
    optionalColumn("gender", "Kön", "Gender"),
    requiredColumn("value", "Värde", "Value"),
  ],
} as const satisfies SheetSpec;

/** Kolada's values of units in the whole country, kept apart from the municipalities' Jämförelse. */
export const UNIT_PEERS_SHEET = {
  names: ["Jämförelse enheter", "Unit peers"],
  columns: [
    optionalColumn("indicator", "Nyckeltal", "Indicator"),
    optionalColumn("koladaId", "Kolada-id", "Kolada id"),
    requiredColumn("unit", "Enhet", "Unit"),
    requiredColumn("year", "År", "Year"),
    optionalColumn("gender", "Kön", "Gender"),
    requiredColumn("value", "Värde", "Value"),
    optionalColumn("count", "Antal", "Count"),
  ],
} as const satisfies SheetSpec;

export const ORG_CHANGES_SHEET = {
  names: ["Organisationsförändringar", "Organisation changes"],
  columns: [
    requiredColumn("oldId", "Gammalt id", "Old id"),
    requiredColumn("newId", "Nytt id", "New id"),
    requiredColumn("from", "Från period", "From period"),
    optionalColumn("comment", "Kommentar", "Comment"),
  ],
} as const satisfies SheetSpec;

/** RKA's groups of similar municipalities chosen per area (`puls kolada groups --area`); an optional sheet. */
export const AREA_PEER_GROUPS_SHEET = {
  names: ["Jämförelsegrupper", "Peer groups by area"],
  columns: [
    requiredColumn("area", "Område", "Area"),
    optionalColumn("groupId", "Grupp-id", "Group id"),
    optionalColumn("name", "Namn", "Name"),
    requiredColumn("members", "Kommuner", "Municipalities"),
  ],
} as const satisfies SheetSpec;

/** The settings' keys, Swedish first. */
export const SETTING_KEYS = {
  municipality: ["Kommun", "Municipality"],
  municipalityCode: ["Kommunkod", "Municipality code"],
  year: ["År", "Year"],
  currentPeriod: ["Aktuell period", "Current period"],
  yellowFrom: ["Gul från", "Yellow from"],
  trendBand: ["Trendband", "Trend band"],
  rollupMethod: ["Sammanvägning", "Roll-up"],
  minCoverage: ["Lägsta täckning", "Minimum coverage"],
  deadline: ["Sista inlämningsdag", "Deadline"],
  commentRequiredOnRed: ["Kommentar krävs vid röd", "Comment required on red"],
  language: ["Språk", "Language"],
  peerGroup: ["Jämförelsegrupp", "Peer group"],
  peerGroupName: ["Jämförelsegruppens namn", "Peer group name"],
  resultIndicator: ["Årets resultat", "Result for the year"],
  balanceAdjustments: ["Justeringar för balanskravet", "Balance requirement adjustments"],
} as const;

/** One row of an Utfall sheet (the plan's, or a consolidated workbook's) as an outcome. */
export function readActualRow(row: RowReader<(typeof ACTUALS_SHEET.columns)[number]["key"]>): ActualRow {
  // Absent where the row has none (as in every workbook before the column).
  const forecast = row.number("forecast");
  return {
    indicator: row.text("indicator"),
    organisation: row.text("organisation"),
    period: row.text("period"),
    actual: row.number("actual"),
    women: row.number("women"),
    men: row.number("men"),
    comment: row.text("comment"),
    source: row.text("source"),
    loadedAt: row.text("loadedAt"),
    ...(forecast === null ? {} : { forecast }),
    at: row.at("actual"),
  };
}
