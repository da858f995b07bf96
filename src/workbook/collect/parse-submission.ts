/**
 * Parsing a filled-in unit workbook into submissions (docs/workbooks.md §2): the hidden `_puls`
 * sheet's fields, the report sheet's rows with their cells as typed, the action plan and the
 * analyses, each with its place. Nothing is judged here: the rules are core's
 * (collection/check-submission.ts). A workbook without `_puls` is not a template at all.
 */
import { MAX_WHYS, error, normaliseWord, templateSeal, type CellInput, type Location, type ParsedSubmission, type Problem, type SubmissionMeta, type SubmittedAction, type SubmittedImprovement, type SubmittedMark, type SubmittedReport, type SubmittedRow } from "../../core";
import { a1, cellText, isDateValue, type CellValue, type SheetGrid, type WorkbookGrid } from "../grid";
import { toInput } from "../row-reader";
import { findSheet, readTable, type FoundTable } from "../table";
import {
  ACTION_PLAN_SHEET,
  ANALYSIS_SHEET,
  IMPROVEMENT_SHEET,
  META_KEYS,
  META_SHEET_NAME,
  REPORT_SHEET,
  SHARED_META_COLUMNS,
  SUBMISSION_MARK,
  sealOfSharedSheet,
  sealOfUnitTemplate,
  WHY_KEYS,
} from "../template/template-format";

type ReportKey = (typeof REPORT_SHEET.columns)[number]["key"];
type ActionKey = (typeof ACTION_PLAN_SHEET.columns)[number]["key"];

function cellAt<K extends string>(table: FoundTable<K>, cells: readonly CellValue[], key: K): CellValue | undefined {
  const column = table.columns[key];
  return column === undefined ? undefined : cells[column];
}

function dateText(value: CellValue | undefined): string {
  if (value === undefined || value === null) return "";
  return isDateValue(value) ? value.date.slice(0, 10) : cellText(value);
}

/**
 * The unit's "Klar att lämna in" mark in the rows above the header (a template of version 4 or
 * later): the cells to the right of the labels *Inlämnad av* and *Datum*. None when the sheet has
 * no such labels (an older template) or the unit wrote neither.
 */
function parseMark(sheet: SheetGrid, headerRow: number, file: string): SubmittedMark | undefined {
  const labelled = (labels: readonly string[]) => {
    const wanted = new Set(labels.map(normaliseWord));
    for (let row = 0; row < headerRow; row++) {
      const cells = sheet.rows[row] ?? [];
      const column = cells.findIndex((cell) => wanted.has(normaliseWord(cellText(cell)).replace(/:$/, "")));
      if (column >= 0) return { value: cells[column + 1], at: { file, sheet: sheet.name, cell: a1(row, column + 1) } };
    }
    return undefined;
  };
  const by = labelled(SUBMISSION_MARK.by);
  const date = labelled(SUBMISSION_MARK.date);
  if (date === undefined) return undefined;
  const mark = { by: cellText(by?.value), date: dateText(date.value), at: date.at };
  return mark.by === "" && mark.date === "" ? undefined : mark;
}

/** The report sheet's rows (those with an indicator id), or why its table cannot be read. */
function parseReport(sheet: SheetGrid, file: string, source: string): SubmittedReport {
  const { table, problems } = readTable(sheet, REPORT_SHEET, file);
  if (table === undefined) return { sheet: sheet.name, source, rows: [], problems, readable: false };
  const rows: SubmittedRow[] = [];
  for (const row of table.rows) {
    const cell = (key: ReportKey): CellInput => toInput(cellAt(table, row.cells, key));
    const where = (key: ReportKey): Location => ({ file, sheet: sheet.name, cell: a1(row.index, table.columns[key] ?? 0) });
    const indicator = cellText(cellAt(table, row.cells, "indicatorId"));
    if (indicator === "") continue;
    // Prognos helår came with template version 5: an older sheet has no such column.
    const hasForecast = table.columns.forecast !== undefined;
    rows.push({
      indicator,
      actual: cell("actual"),
      women: cell("women"),
      men: cell("men"),
      ...(hasForecast ? { forecast: cell("forecast") } : {}),
      comment: cellText(cellAt(table, row.cells, "comment")),
      at: { indicator: where("indicatorId"), actual: where("actual"), women: where("women"), men: where("men"), comment: where("comment"), ...(hasForecast ? { forecast: where("forecast") } : {}) },
    });
  }
  const mark = parseMark(sheet, table.headerRow, file);
  return { sheet: sheet.name, source, rows, ...(mark === undefined ? {} : { mark }), problems, readable: true };
}

function parseActions(grid: WorkbookGrid, file: string): SubmittedAction[] {
  const sheet = findSheet(grid, ACTION_PLAN_SHEET.names);
  if (sheet === undefined) return [];
  const { table } = readTable(sheet, ACTION_PLAN_SHEET, file);
  if (table === undefined) return [];
  const actions: SubmittedAction[] = [];
  for (const row of table.rows) {
    const get = (key: ActionKey) => cellAt(table, row.cells, key);
    const action = cellText(get("action"));
    if (action === "") continue;
    const where = (key: ActionKey): Location => ({ file, sheet: sheet.name, cell: a1(row.index, table.columns[key] ?? 0) });
    actions.push({
      action,
      about: cellText(get("about")),
      owner: cellText(get("owner")),
      due: dateText(get("due")),
      newDate: dateText(get("newDate")),
      status: cellText(get("status")),
      comment: cellText(get("comment")),
      at: { due: where("due"), newDate: where("newDate") },
    });
  }
  return actions;
}

/** The Förbättringar sheet's items (rows with a problem); none where the sheet is absent (a template before version 6). */
function parseImprovements(grid: WorkbookGrid, file: string): SubmittedImprovement[] {
  const sheet = findSheet(grid, IMPROVEMENT_SHEET.names);
  if (sheet === undefined) return [];
  const { table } = readTable(sheet, IMPROVEMENT_SHEET, file);
  if (table === undefined) return [];
  const items: SubmittedImprovement[] = [];
  for (const row of table.rows) {
    const text = (key: (typeof IMPROVEMENT_SHEET.columns)[number]["key"]) => cellText(cellAt(table, row.cells, key));
    const problem = text("problem");
    if (problem === "") continue;
    const whys = WHY_KEYS.map(text).filter((why) => why !== "").slice(0, MAX_WHYS);
    items.push({ problem, whys, action: text("action"), stage: text("stage"), owner: text("owner"), date: dateText(cellAt(table, row.cells, "date")) });
  }
  return items;
}

function parseAnalyses(grid: WorkbookGrid, file: string): ParsedSubmission["analyses"] {
  const sheet = findSheet(grid, ANALYSIS_SHEET.names);
  if (sheet === undefined) return [];
  const { table } = readTable(sheet, ANALYSIS_SHEET, file);
  if (table === undefined) return [];
  return table.rows
    .map((row) => ({ goal: cellText(cellAt(table, row.cells, "goal")), text: cellText(cellAt(table, row.cells, "analysis")) }))
    .filter((row) => row.goal !== "" && row.text !== "");
}

function unitMeta(values: ReadonlyMap<string, CellValue>, at: Location): SubmissionMeta {
  const text = (key: string) => cellText(values.get(key));
  const [unit, unitName, period, fingerprint, createdAt] = [text(META_KEYS.unit), text(META_KEYS.unitName), text(META_KEYS.period), text(META_KEYS.fingerprint), text(META_KEYS.createdAt)];
  return {
    version: Number(text(META_KEYS.version)) || 1,
    fingerprint,
    unit,
    unitName,
    period,
    createdAt: createdAt || null,
    seal: text(META_KEYS.seal),
    expectedSeal: templateSeal(sealOfUnitTemplate(unit, unitName, period, fingerprint, createdAt)),
    at,
  };
}

/** A unit's own workbook: one submission. */
function parseUnitWorkbook(grid: WorkbookGrid, meta: SheetGrid, file: string, modified: string | null): ParsedSubmission {
  const values = new Map(meta.rows.map((row) => [cellText(row[0]), row[1] ?? null]));
  const report = findSheet(grid, REPORT_SHEET.names);
  return {
    file,
    modified,
    meta: unitMeta(values, { file, sheet: META_SHEET_NAME }),
    report: report === undefined ? undefined : parseReport(report, file, report.name === REPORT_SHEET.names[0] ? file : `${file} (${report.name})`),
    reportSheetName: REPORT_SHEET.names[0],
    actions: parseActions(grid, file),
    analyses: parseAnalyses(grid, file),
    improvements: parseImprovements(grid, file),
  };
}

/** A shared workbook: `_puls` lists each unit's sheet (Blad, Enhet, Period, fingerprint, version, seal). */
function parseSharedWorkbook(grid: WorkbookGrid, meta: SheetGrid, file: string, modified: string | null): ParsedSubmission[] {
  const submissions: ParsedSubmission[] = [];
  for (const row of meta.rows.slice(1)) {
    const sheetName = cellText(row[0]);
    if (sheetName === "") continue;
    const [unit, period, fingerprint] = [cellText(row[1]), cellText(row[2]), cellText(row[3])];
    const sheet = grid.sheets.find((s) => s.name === sheetName);
    submissions.push({
      file,
      sheet: sheetName,
      modified,
      meta: {
        version: Number(cellText(row[4])) || 1,
        fingerprint,
        unit,
        unitName: "",
        period,
        createdAt: null,
        seal: cellText(row[5]),
        expectedSeal: templateSeal(sealOfSharedSheet(sheetName, unit, period, fingerprint)),
        at: { file, sheet: sheetName },
      },
      report: sheet === undefined ? undefined : parseReport(sheet, file, `${file} (${sheet.name})`),
      reportSheetName: sheetName,
      actions: [],
      analyses: [],
      improvements: [],
    });
  }
  return submissions;
}

/**
 * Every submission in a workbook: one for a unit's own workbook, one per unit sheet for a shared
 * workbook; or the problem that it is no template at all. Never throws for what is in the workbook.
 */
export function parseSubmissions(grid: WorkbookGrid, file: string, modified: string | null): ParsedSubmission[] | Problem {
  const meta = grid.sheets.find((s) => s.name === META_SHEET_NAME);
  if (meta === undefined) return error("not-a-template", { file });
  if (cellText(meta.rows[0]?.[0]) === SHARED_META_COLUMNS[0]) return parseSharedWorkbook(grid, meta, file, modified);
  return [parseUnitWorkbook(grid, meta, file, modified)];
}
