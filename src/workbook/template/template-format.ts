/**
 * The unit report template's format (docs/workbooks.md §2): sheet names, columns and the keys of the
 * hidden `_puls` sheet. Written by the template builder, read by the collector.
 */
import { ACTION_STATUS_LABELS, CURRENT_TEMPLATE_VERSION, PDCA_LABELS, PDCA_STAGES } from "../../core";
import { optionalColumn, requiredColumn, type SheetSpec } from "../table";

/** The version of this format (core's rules of collection know it); older versions are still read. */
export const TEMPLATE_FORMAT_VERSION = CURRENT_TEMPLATE_VERSION;

export const REPORT_SHEET = {
  names: ["Inrapportering", "Report"],
  columns: [
    requiredColumn("indicatorId", "Nyckeltal-id", "Indicator id"),
    optionalColumn("indicator", "Nyckeltal", "Indicator"),
    optionalColumn("goal", "Mål", "Goal"),
    optionalColumn("unit", "Måttenhet", "Unit"),
    optionalColumn("direction", "Riktning", "Direction"),
    optionalColumn("target", "Målvärde", "Target"),
    optionalColumn("targetMax", "Målvärde max", "Target max"),
    optionalColumn("previous", "Föregående utfall", "Previous"),
    requiredColumn("actual", "Utfall", "Actual"),
    optionalColumn("women", "Kvinnor", "Women"),
    optionalColumn("men", "Män", "Men"),
    // From version 5: the unit's own full-year forecast of an amount (docs/workbooks.md §2).
    optionalColumn("forecast", "Prognos helår", "Full-year forecast"),
    optionalColumn("comment", "Kommentar", "Comment"),
    optionalColumn("status", "Status", "Status"),
    // Hidden: the number collection reads from Utfall, for the live status (status-formula.ts).
    optionalColumn("actualValue", "Utfall som tal", "Actual as number"),
  ],
} as const satisfies SheetSpec;

/**
 * The unit's own mark that its report is done (from version 4), in the title block above the
 * header: a label in one cell, what the unit wrote in the cell to its right. Swedish first.
 */
export const SUBMISSION_MARK = {
  heading: "Klar att lämna in",
  by: ["Inlämnad av", "Submitted by"],
  date: ["Datum", "Date"],
} as const;

/** The fill of the cells a unit fills in: pale yellow, paler than the status colour Gul, under black text. */
export const INPUT_FILL = "FFFFF8DC";

export const ACTION_PLAN_SHEET = {
  names: ["Handlingsplan", "Action plan"],
  columns: [
    requiredColumn("action", "Aktivitet", "Action"),
    optionalColumn("about", "Mål/Nyckeltal", "Goal/Indicator"),
    optionalColumn("owner", "Ansvarig", "Owner"),
    requiredColumn("due", "Klart senast", "Due"),
    optionalColumn("newDate", "Nytt datum", "New date"),
    requiredColumn("status", "Status", "Status"),
    optionalColumn("comment", "Kommentar", "Comment"),
  ],
} as const satisfies SheetSpec;

/** The improvement items (*förbättringsförslag*, from version 6): a problem asked "varför?" up to five times, its action and PDCA stage. */
export const IMPROVEMENT_SHEET = {
  names: ["Förbättringar", "Improvements"],
  columns: [
    requiredColumn("problem", "Problem", "Problem"),
    optionalColumn("why1", "Varför 1", "Why 1"),
    optionalColumn("why2", "Varför 2", "Why 2"),
    optionalColumn("why3", "Varför 3", "Why 3"),
    optionalColumn("why4", "Varför 4", "Why 4"),
    optionalColumn("why5", "Varför 5", "Why 5"),
    optionalColumn("action", "Åtgärd", "Action"),
    optionalColumn("stage", "PDCA-steg", "PDCA stage"),
    optionalColumn("owner", "Ansvarig", "Owner"),
    optionalColumn("date", "Datum", "Date"),
  ],
} as const satisfies SheetSpec;

/** The "varför?" columns of {@link IMPROVEMENT_SHEET}, in order. */
export const WHY_KEYS = ["why1", "why2", "why3", "why4", "why5"] as const;

/** The unit's one-page board (from version 6): Excel's own formulas over the other sheets, nothing collection reads. */
export const PULSE_BOARD_SHEET = "Pulstavla";

export const ANALYSIS_SHEET = {
  names: ["Analys", "Analysis"],
  columns: [requiredColumn("goal", "Mål", "Goal"), optionalColumn("goalName", "Målets namn", "Goal name"), requiredColumn("analysis", "Analys", "Analysis")],
} as const satisfies SheetSpec;

export const META_SHEET_NAME = "_puls";

/** The keys of `_puls`: one row each in a unit's own workbook. */
export const META_KEYS = {
  version: "Formatversion",
  plan: "Plan",
  fingerprint: "Planens fingeravtryck",
  unit: "Enhet",
  unitName: "Enhetens namn",
  period: "Period",
  createdAt: "Skapad",
  seal: "Kontroll",
} as const;

/** In a shared workbook, `_puls` holds one row per unit sheet with these columns. */
export const SHARED_META_COLUMNS = ["Blad", "Enhet", "Period", "Planens fingeravtryck", "Formatversion", "Kontroll"] as const;

/** What a unit's own template's seal covers, in order. */
export const sealOfUnitTemplate = (unit: string, unitName: string, period: string, fingerprint: string, createdAt: string) => [unit, unitName, period, fingerprint, createdAt];
/** What the seal of a unit's sheet in a shared workbook covers, in order. */
export const sealOfSharedSheet = (sheet: string, unit: string, period: string, fingerprint: string) => ["delad", sheet, unit, period, fingerprint];

const STATUS_WORDS = ACTION_STATUS_LABELS.sv;
/** The action statuses a unit picks from (the core's known statuses, in Swedish, in its order). */
export const ACTION_STATUSES = [STATUS_WORDS.notStarted, STATUS_WORDS.ongoing, STATUS_WORDS.done, STATUS_WORDS.cancelled] as const;

/** The PDCA stages a unit picks from, in the cycle's order. */
export const PDCA_WORDS = PDCA_STAGES.map((stage) => PDCA_LABELS.sv[stage]);

/** The whole-unit row of the Analys sheet. */
export const WHOLE_UNIT = "Helhet";

/** What the template says to the unit (its format is Swedish: the texts are too). */
export const TEMPLATE_TEXTS = {
  actualTitle: "Utfall",
  actualShare: "Skriv andelen i procent, t.ex. 85 % (eller 0,85). Lämna tomt om värdet saknas.",
  actualNumber: "Skriv ett tal, t.ex. 12,5. Lämna tomt om värdet saknas.",
  forecastTitle: "Prognos helår",
  forecast: "Skriv vad ni räknar med för helåret, i samma enhet som utfallet (t.ex. 1 250 tkr). Lämna tomt om ni inte gör någon egen prognos.",
  dateTitle: "Datum",
  date: "Skriv ett datum, t.ex. 2026-10-31.",
  statusTitle: "Status",
  status: `Välj ${ACTION_STATUSES.join(", ")}.`,
  stageTitle: "PDCA-steg",
  stage: `Välj var i förbättringshjulet förslaget är: ${PDCA_WORDS.join(", ")}.`,
  wholeUnit: "Enhetens verksamhet som helhet",
  metaKey: "Nyckel",
  metaValue: "Värde",
  notSplit: "–",
  markDate: "Skriv dagen då rapporten är klar, t.ex. 2026-09-14.",
  period: (name: string, id: string) => (name === id ? `Period: ${id}` : `Period: ${name} (${id})`),
  deadline: (day: string) => `Sista inlämningsdag: ${day}`,
  contact: (who: string) => `Frågor till: ${who}`,
  howTo: "Så fyller du i mallen",
  steps: [
    "1. Skriv utfallet i de gula cellerna: Utfall, och Kvinnor och Män där nyckeltalet är könsuppdelat. En andel skrivs som 85 %. Lämna tomt om värdet saknas. För belopp (tkr): skriv i Prognos helår vad ni räknar med för hela året, eller lämna tomt.",
    "2. Skriv en kommentar där statusen blir Röd och vid andra avvikelser, och fyll i bladen Handlingsplan och Analys.",
    "3. Skriv ditt namn och dagens datum under Klar att lämna in, spara och skicka tillbaka filen.",
  ],
} as const;

const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"] as const;

/** A day in Swedish, "15 september 2026"; text that is no ISO day stays as it is. */
export function swedishDay(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match === null ? undefined : MONTHS[Number(match[2]) - 1];
  return match === null || month === undefined ? iso : `${Number(match[3])} ${month} ${match[1]}`;
}
