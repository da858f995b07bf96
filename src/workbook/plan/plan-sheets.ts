/**
 * The sheets and columns of the plan workbook (workbooks.md §1): Swedish names first (what Puls
 * writes and names in messages), English names accepted too.
 */
import type { ActualRow } from "../../core";
import type { RowReader } from "../row-reader";
import { column, type SheetSpec } from "../table";

const col = column;

export const SETTINGS_SHEET = {
  names: ["Inställningar", "Settings"],
  columns: [col("key", "Nyckel", "Key", true), col("value", "Värde", "Value", true)],
} as const satisfies SheetSpec;

export const PERIODS_SHEET = {
  names: ["Perioder", "Periods"],
  columns: [col("id", "Id", "Id", true), col("name", "Namn", "Name"), col("from", "Från", "From"), col("to", "Till", "To"), col("type", "Typ", "Type")],
} as const satisfies SheetSpec;

export const ORGANISATION_SHEET = {
  names: ["Organisation", "Organisation"],
  columns: [
    col("id", "Id", "Id", true),
    col("name", "Namn", "Name"),
    col("parent", "Överordnad", "Parent"),
    col("type", "Typ", "Type", true),
    col("manager", "Ansvarig", "Manager"),
    col("email", "E-post", "Email"),
  ],
} as const satisfies SheetSpec;

export const GOALS_SHEET = {
  names: ["Mål", "Goals"],
  columns: [
    col("id", "Id", "Id", true),
    col("name", "Namn", "Name"),
    col("level", "Nivå", "Level", true),
    col("parent", "Överordnat", "Parent"),
    col("organisation", "Organisation", "Organisation"),
    col("financial", "Finansiellt", "Financial"),
    col("rollup", "Sammanvägning", "Roll-up"),
    col("description", "Beskrivning", "Description"),
  ],
} as const satisfies SheetSpec;

export const INDICATORS_SHEET = {
  names: ["Nyckeltal", "Indicators"],
  columns: [
    col("id", "Id", "Id", true),
    col("name", "Namn", "Name"),
    col("goal", "Mål", "Goal", true),
    col("unit", "Måttenhet", "Unit"),
    col("direction", "Riktning", "Direction"),
    col("weight", "Vikt", "Weight"),
    col("yellowFrom", "Gul från", "Yellow from"),
    col("tolerance", "Tolerans", "Tolerance"),
    col("aggregation", "Sammanställning", "Aggregation"),
    col("weightedBy", "Viktas med", "Weighted by"),
    col("reportedBy", "Rapporteras av", "Reported by"),
    col("genderSplit", "Könsuppdelat", "Gender split"),
    col("koladaId", "Kolada-id", "Kolada id"),
    col("description", "Beskrivning", "Description"),
  ],
} as const satisfies SheetSpec;

export const TARGETS_SHEET = {
  names: ["Målvärden", "Targets"],
  columns: [
    col("indicator", "Nyckeltal", "Indicator", true),
    col("organisation", "Organisation", "Organisation"),
    col("period", "Period", "Period", true),
    col("target", "Målvärde", "Target", true),
    col("targetMax", "Målvärde max", "Target max"),
    col("baseline", "Utgångsvärde", "Baseline"),
    col("budget", "Budget", "Budget"),
  ],
} as const satisfies SheetSpec;

export const ACTUALS_SHEET = {
  names: ["Utfall", "Actuals"],
  columns: [
    col("indicator", "Nyckeltal", "Indicator", true),
    col("organisation", "Organisation", "Organisation", true),
    col("period", "Period", "Period", true),
    col("actual", "Utfall", "Actual", true),
    col("women", "Kvinnor", "Women"),
    col("men", "Män", "Men"),
    col("comment", "Kommentar", "Comment"),
    col("source", "Källa", "Source"),
    col("loadedAt", "Inläst", "Loaded at"),
  ],
} as const satisfies SheetSpec;

export const ASSESSMENTS_SHEET = {
  names: ["Bedömningar", "Assessments"],
  columns: [
    col("goal", "Mål", "Goal", true),
    col("organisation", "Organisation", "Organisation", true),
    col("period", "Period", "Period", true),
    col("assessment", "Bedömning", "Assessment", true),
    col("justification", "Motivering", "Justification", true),
    col("assessedBy", "Bedömd av", "Assessed by"),
    col("date", "Datum", "Date"),
  ],
} as const satisfies SheetSpec;

export const POLITICAL_ANALYSIS_SHEET = {
  names: ["Politisk analys", "Political analysis"],
  columns: [
    col("goal", "Mål", "Goal", true),
    col("period", "Period", "Period", true),
    col("politicalAssessment", "Politisk bedömning", "Political assessment"),
    col("analysis", "Analys", "Analysis"),
    col("conclusions", "Slutsatser inför nästa period", "Conclusions for the next period"),
  ],
} as const satisfies SheetSpec;

export const PEERS_SHEET = {
  names: ["Jämförelse", "Peers"],
  columns: [
    col("indicator", "Nyckeltal", "Indicator"),
    col("koladaId", "Kolada-id", "Kolada id"),
    col("municipalityCode", "Kommunkod", "Municipality code", true),
    col("year", "År", "Year", true),
    col("gender", "Kön", "Gender"),
    col("value", "Värde", "Value", true),
  ],
} as const satisfies SheetSpec;

export const ORG_CHANGES_SHEET = {
  names: ["Organisationsförändringar", "Organisation changes"],
  columns: [
    col("oldId", "Gammalt id", "Old id", true),
    col("newId", "Nytt id", "New id", true),
    col("from", "Från period", "From period", true),
    col("comment", "Kommentar", "Comment"),
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
} as const;

/** One row of an Utfall sheet (the plan's, or a consolidated workbook's) as an outcome. */
export function readActualRow(row: RowReader<(typeof ACTUALS_SHEET.columns)[number]["key"]>): ActualRow {
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
    at: row.at("actual"),
  };
}
