/**
 * Reading a consolidated workbook (written by collection) back: the period's outcomes, the
 * reporting status and the problems as they were written.
 */
import { describeLocation, parseActionStatus, type ActionRow, type ActualRow, type AnalysisRow, type Plan, type Problem, type ReportInput } from "../../core";
import type { WorkbookGrid } from "../grid";
import { RowReader } from "../row-reader";
import { findSheet, optionalColumn, readTable, requiredColumn, type SheetSpec } from "../table";
import { ACTUALS_SHEET, readActualRow } from "../plan/plan-sheets";
import type { ReportingState, ReportingStatusRow } from "./consolidate";
import type { SummaryProblem } from "./summary";
import { REPORTING_STATE_LABELS, SEVERITY_LABELS } from "./write-consolidated";

const REPORTING_SHEET = {
  names: ["Inrapporteringsstatus"],
  columns: [requiredColumn("organisation", "Organisation"), requiredColumn("state", "Status"), optionalColumn("file", "Fil"), optionalColumn("modified", "Senast ändrad"), optionalColumn("expected", "Antal nyckeltal"), optionalColumn("filled", "Ifyllda"), optionalColumn("errors", "Fel"), optionalColumn("warnings", "Varningar")],
} as const satisfies SheetSpec;

const PROBLEMS_SHEET = {
  names: ["Avvikelser"],
  columns: [requiredColumn("severity", "Allvar"), optionalColumn("file", "Fil"), optionalColumn("sheet", "Blad"), optionalColumn("cell", "Cell"), optionalColumn("organisation", "Organisation"), requiredColumn("message", "Meddelande"), optionalColumn("code", "Kod")],
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

export interface ConsolidatedData {
  readonly actuals: readonly ActualRow[];
  readonly reporting: readonly ReportingStatusRow[];
  readonly problems: readonly SummaryProblem[];
  readonly actions: ReadonlyMap<string, readonly ActionRow[]>;
  readonly analyses: ReadonlyMap<string, readonly AnalysisRow[]>;
  /** When the outcomes were read in (the latest Inläst of the period), or null. */
  readonly collectedAt: string | null;
}

export function readConsolidated(grid: WorkbookGrid, period: string): ConsolidatedData {
  const stateOf = new Map(Object.entries(REPORTING_STATE_LABELS).map(([state, label]) => [label, state as ReportingState]));
  const actuals = rows(grid, ACTUALS_SHEET, readActualRow).filter((a) => a.period === period);
  const reporting = rows(grid, REPORTING_SHEET, (row): ReportingStatusRow => ({
    organisation: row.text("organisation"),
    state: stateOf.get(row.text("state")) ?? "missing",
    file: row.text("file"),
    modified: row.optionalText("modified"),
    expected: row.number("expected") ?? 0,
    filled: row.number("filled") ?? 0,
    errors: row.number("errors") ?? 0,
    warnings: row.number("warnings") ?? 0,
  }));
  const problems = rows(grid, PROBLEMS_SHEET, (row): SummaryProblem => {
    const part = (key: "file" | "sheet" | "cell") => row.optionalText(key) ?? undefined;
    return {
      severity: row.text("severity") === SEVERITY_LABELS.error ? "error" : "warning",
      code: (row.text("code") || "invalid-value") as Problem["code"],
      where: describeLocation({ file: part("file"), sheet: part("sheet"), cell: part("cell") }),
      organisation: row.text("organisation"),
      message: row.text("message"),
    };
  });
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
  const loaded = actuals.map((a) => a.loadedAt).filter((at) => at !== "").sort();
  return { actuals, reporting, problems, actions, analyses, collectedAt: loaded[loaded.length - 1] ?? null };
}


/** What the reports need, from the plan and a consolidated workbook read back. */
export function reportInputOfConsolidated(plan: Plan, period: string, data: ConsolidatedData): ReportInput {
  return { plan, period, collected: data.actuals, reporting: data.reporting.length === 0 ? null : data.reporting, collectedAt: data.collectedAt, actions: data.actions, analyses: data.analyses };
}
