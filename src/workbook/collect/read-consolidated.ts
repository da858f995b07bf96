/**
 * Reading a consolidated workbook (written by collection) back: the period's outcomes, the
 * reporting status and the problems, each the Problem it was where the workbook carries its code
 * and values; and the metadata saying which period and plan the workbook is of.
 */
import { describeLocation, parseActionStatus, planFingerprint, type ActionRow, type ActualRow, type AnalysisRow, type ImprovementRow, type Language, type Location, type Plan, type Problem, type ReportInput } from "../../core";
import type { WorkbookGrid } from "../grid";
import { RowReader } from "../row-reader";
import { findSheet, optionalColumn, readTable, requiredColumn, type SheetSpec } from "../table";
import { ACTUALS_SHEET, readActualRow } from "../plan/plan-sheets";
import type { HandedIn, ReportingState, ReportingStatusRow } from "../../core";
import { IMPROVEMENTS_SHEET, readImprovementRow } from "./improvements-sheet";
import { toSummaryProblem, type SummaryProblem } from "./summary";
import { HANDED_IN_LABELS, REPORTING_STATE_LABELS, SEVERITY_LABELS } from "./write-consolidated";
import { PROBLEMS_SHEET, decodeValues, isProblemCode, readConsolidatedMeta, type ConsolidatedMeta } from "./consolidated-format";

const REPORTING_SHEET = {
  names: ["Inrapporteringsstatus"],
  columns: [requiredColumn("organisation", "Organisation"), requiredColumn("state", "Status"), optionalColumn("file", "Fil"), optionalColumn("modified", "Senast ändrad"), optionalColumn("handedIn", "Inlämnad"), optionalColumn("handedInBy", "Enligt"), optionalColumn("expected", "Antal nyckeltal"), optionalColumn("filled", "Ifyllda"), optionalColumn("errors", "Fel"), optionalColumn("warnings", "Varningar")],
} as const satisfies SheetSpec;

const ACTIONS_SHEET = {
  names: ["Handlingsplaner"],
  columns: [requiredColumn("organisation", "Organisation"), requiredColumn("action", "Aktivitet"), optionalColumn("about", "Mål/Nyckeltal"), optionalColumn("owner", "Ansvarig"), optionalColumn("due", "Klart senast"), optionalColumn("newDate", "Nytt datum"), optionalColumn("status", "Status"), optionalColumn("comment", "Kommentar"), optionalColumn("overdue", "Försenad")],
} as const satisfies SheetSpec;

const ANALYSES_SHEET = {
  names: ["Analyser"],
  columns: [requiredColumn("organisation", "Organisation"), requiredColumn("goal", "Mål"), requiredColumn("analysis", "Analys")],
} as const satisfies SheetSpec;

/** Rows grouped by organisation, in the order they come. */
function byOrganisation<T>(rows: readonly (readonly [string, T])[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const [organisation, row] of rows) grouped.set(organisation, [...(grouped.get(organisation) ?? []), row]);
  return grouped;
}

function rows<K extends string, T>(grid: WorkbookGrid, spec: SheetSpec<K>, read: (row: RowReader<K>) => T): T[] {
  const sheet = findSheet(grid, spec.names);
  if (sheet === undefined) return [];
  const { table } = readTable(sheet, spec);
  if (table === undefined) return [];
  const problems: Problem[] = [];
  return table.rows.map((row) => read(new RowReader(table, spec, row, undefined, problems)));
}

/**
 * A problem read back from Avvikelser: the problem itself where its row carries a known code and
 * readable values, or else (a workbook from before the Värden column, or an edited row) the row
 * as it was written, with its Swedish message.
 */
export type ReadProblem = { readonly problem: Problem } | { readonly written: SummaryProblem };

export interface ConsolidatedData {
  readonly actuals: readonly ActualRow[];
  readonly reporting: readonly ReportingStatusRow[];
  readonly problems: readonly ReadProblem[];
  readonly actions: ReadonlyMap<string, readonly ActionRow[]>;
  readonly analyses: ReadonlyMap<string, readonly AnalysisRow[]>;
  /** The units' improvement items (none in a workbook from before the Förbättringar sheet). */
  readonly improvements: ReadonlyMap<string, readonly ImprovementRow[]>;
  /** When the collection was made (its metadata; else the latest Inläst of the period), or null. */
  readonly collectedAt: string | null;
  /** The period, plan and time of the collection; null for a workbook written before it was recorded. */
  readonly meta: ConsolidatedMeta | null;
}

/** The workbook is a collection of another period than the one asked for: read, it would mix periods. */
export class ConsolidatedPeriodError extends Error {
  constructor(
    readonly found: string,
    readonly expected: string,
  ) {
    super(`The consolidated workbook is of the period ${found}, not ${expected}.`);
    this.name = "ConsolidatedPeriodError";
  }
}

/**
 * Reads `period` from a consolidated workbook. Throws {@link ConsolidatedPeriodError} when its
 * metadata says another period; a workbook without metadata is read as before, by Utfall's Period.
 */
function handedInOf(day: string | null, by: HandedIn["by"] | undefined): HandedIn | null {
  return day === null || by === undefined ? null : { day: day.slice(0, 10), by };
}

export function readConsolidated(grid: WorkbookGrid, period: string): ConsolidatedData {
  const meta = readConsolidatedMeta(grid);
  if (meta !== null && meta.period !== period) throw new ConsolidatedPeriodError(meta.period, period);
  const stateOf = new Map(Object.entries(REPORTING_STATE_LABELS).map(([state, label]) => [label, state as ReportingState]));
  const handedInBy = new Map(Object.entries(HANDED_IN_LABELS).map(([by, label]) => [label, by as HandedIn["by"]]));
  const actuals = rows(grid, ACTUALS_SHEET, readActualRow).filter((a) => a.period === period);
  const reporting = rows(grid, REPORTING_SHEET, (row): ReportingStatusRow => ({
    organisation: row.text("organisation"),
    state: stateOf.get(row.text("state")) ?? "missing",
    file: row.text("file"),
    modified: row.optionalText("modified"),
    // A workbook from before these columns says nothing of when units handed in.
    handedIn: handedInOf(row.optionalText("handedIn"), handedInBy.get(row.text("handedInBy"))),
    expected: row.number("expected") ?? 0,
    filled: row.number("filled") ?? 0,
    errors: row.number("errors") ?? 0,
    warnings: row.number("warnings") ?? 0,
  }));
  const problems = rows(grid, PROBLEMS_SHEET, readProblem);
  const dateText = (text: string | null) => (text ?? "").slice(0, 10);
  const actions = byOrganisation(
    rows(grid, ACTIONS_SHEET, (row) => [
      row.text("organisation"),
      {
        action: row.text("action"),
        about: row.text("about"),
        owner: row.text("owner"),
        due: dateText(row.optionalText("due")),
        newDate: dateText(row.optionalText("newDate")),
        status: parseActionStatus(row.text("status")),
        statusText: row.text("status"),
        comment: row.text("comment"),
        overdue: row.text("overdue") === "Ja",
      } satisfies ActionRow,
    ] as const),
  );
  const analyses = byOrganisation(rows(grid, ANALYSES_SHEET, (row) => [row.text("organisation"), { goal: row.text("goal"), text: row.text("analysis") } satisfies AnalysisRow] as const));
  const improvements = byOrganisation(rows(grid, IMPROVEMENTS_SHEET, readImprovementRow));
  const loaded = actuals.map((a) => a.loadedAt).filter((at) => at !== "").sort();
  const collectedAt = meta !== null && meta.collectedAt !== "" ? meta.collectedAt : (loaded[loaded.length - 1] ?? null);
  return { actuals, reporting, problems, actions, analyses, improvements, collectedAt, meta };
}

type ProblemKey = (typeof PROBLEMS_SHEET.columns)[number]["key"];

/** One row of Avvikelser: the Problem where Kod and Värden say it, else the row as written. */
function readProblem(row: RowReader<ProblemKey>): ReadProblem {
  const present = (key: ProblemKey): string | undefined => row.optionalText(key) ?? undefined;
  const severity = row.text("severity") === SEVERITY_LABELS.error ? "error" : "warning";
  const at: Location = withoutAbsent({ file: present("file"), sheet: present("sheet"), cell: present("cell") });
  const code = row.text("code");
  const values = decodeValues(row.text("values"));
  if (isProblemCode(code) && values !== undefined) {
    return { problem: { severity, code, at, values, ...withoutAbsent({ organisation: present("organisation"), indicator: present("indicator") }) } };
  }
  // An older workbook: its code (if any) still groups the problem; its message is as stored.
  return { written: { severity, code: isProblemCode(code) ? code : "invalid-value", where: describeLocation(at), organisation: row.text("organisation"), message: row.text("message") } };
}

/** The object without its undefined fields, so a problem read back equals the one written. */
function withoutAbsent<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}

/** The problems read back as the summary shows them: messages in `language` where the problem is known. */
export function summaryProblemsOf(problems: readonly ReadProblem[], language: Language = "sv"): SummaryProblem[] {
  return problems.map((read) => ("problem" in read ? toSummaryProblem(read.problem, language) : read.written));
}

/**
 * Whether the workbook was collected against `plan`: "same" plan, the same municipality and year
 * but a "changed" plan (periods, organisation or indicators edited since), an "other" plan
 * altogether, or "unknown" for a workbook without metadata.
 */
export function planOfConsolidated(meta: ConsolidatedMeta | null, plan: Plan): "same" | "changed" | "other" | "unknown" {
  if (meta === null) return "unknown";
  if (meta.fingerprint === planFingerprint(plan)) return "same";
  return meta.municipality === plan.settings.municipality && meta.year === plan.settings.year ? "changed" : "other";
}

/** What the reports need, from the plan and a consolidated workbook read back. */
export function reportInputOfConsolidated(plan: Plan, period: string, data: ConsolidatedData): ReportInput {
  return { plan, period, collected: data.actuals, reporting: data.reporting.length === 0 ? null : data.reporting, collectedAt: data.collectedAt, actions: data.actions, analyses: data.analyses, improvements: data.improvements };
}
