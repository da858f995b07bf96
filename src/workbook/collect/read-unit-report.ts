/**
 * Reading a filled-in unit workbook (workbooks.md §2, §3): recognising the unit and period from
 * `_puls`, and checking everything the units get wrong before anything is merged.
 */
import {
  History,
  TargetIndex,
  error,
  indicatorStatus,
  indicatorsByReporter,
  isMissingText,
  parseNumberText,
  planFingerprint,
  samePeriodLastYear,
  templateSeal,
  warning,
  type ActualRow,
  type Indicator,
  type Location,
  type Plan,
  type Problem,
} from "../../core";
import { ACTION_STATUS_LABELS, isClosedAction, parseActionStatus } from "../../core";
import { a1, cellText, isDateValue, isErrorCell, type CellValue, type SheetGrid, type WorkbookGrid } from "../grid";
import { findSheet, readTable, type FoundTable } from "../table";
import {
  ACTION_PLAN_SHEET,
  ANALYSIS_SHEET,
  META_KEYS,
  META_SHEET_NAME,
  REPORT_SHEET,
  SEALED_FROM_VERSION,
  SHARED_META_COLUMNS,
  TEMPLATE_FORMAT_VERSION,
  sealOfSharedSheet,
  sealOfUnitTemplate,
} from "../template/template-format";
import { unusable, type ActionRow, type AnalysisRow, type CollectionContext, type UnitReport } from "./unit-report";

/** The context for collecting `period` of `plan`. */
export function collectionContext(plan: Plan, period: string, collectedAt: string): CollectionContext {
  return {
    plan,
    period,
    fingerprint: planFingerprint(plan),
    expected: indicatorsByReporter(plan),
    collectedAt,
    targets: new TargetIndex(plan.targets),
    history: new History(plan.actuals, plan.orgChanges),
  };
}

interface Meta {
  readonly version: number;
  readonly fingerprint: string;
  readonly unit: string;
  /** The unit's name as Puls wrote it into the template ("" in a shared workbook). */
  readonly unitName: string;
  readonly period: string;
  readonly createdAt: string | null;
  /** The seal as found, and the seal its fields call for. */
  readonly seal: string;
  readonly expectedSeal: string;
}

type ReportKey = (typeof REPORT_SHEET.columns)[number]["key"];

/** A measured value from a unit's cell, with the problems of §3. */
function readMeasured(
  value: CellValue | undefined,
  indicator: Indicator,
  unit: string,
  at: Location,
  problems: Problem[],
): { value: number | null; invalid: boolean } {
  const about = { organisation: unit, indicator: indicator.id };
  let number: number | null = null;
  if (value === null || value === undefined) return { value: null, invalid: false };
  if (isErrorCell(value)) {
    // Missing by rules.md §0, but a broken formula in a unit's workbook must not pass unnoticed.
    problems.push(error("invalid-number", at, { value: value.error, column: "Utfall" }, about));
    return { value: null, invalid: true };
  }
  if (typeof value === "number") number = value;
  else if (typeof value === "string") {
    if (isMissingText(value)) return { value: null, invalid: false };
    const parsed = parseNumberText(value);
    if (parsed === undefined) {
      problems.push(error("invalid-number", at, { value, column: "Utfall" }, about));
      return { value: null, invalid: true };
    }
    number = parsed.value;
    if (parsed.decimalComma) problems.push(warning("decimal-comma", at, { value, number: parsed.value }, about));
  } else {
    problems.push(error("invalid-number", at, { value: cellText(value), column: "Utfall" }, about));
    return { value: null, invalid: true };
  }
  if (indicator.unit.trim() === "%") {
    if (number < 0 || number > 100) {
      problems.push(error("not-a-percentage", at, { value: number }, about));
      return { value: null, invalid: true };
    }
    if (number > 1) {
      // 85 where 85 % was meant: unambiguous above 1, since no share exceeds 100 %.
      const share = number / 100;
      problems.push(warning("percent-as-number", at, { value: number, share }, about));
      number = share;
    }
  }
  return { value: number, invalid: false };
}

function readMeta(grid: WorkbookGrid): Map<string, CellValue> | undefined {
  const sheet = grid.sheets.find((s) => s.name === META_SHEET_NAME);
  if (sheet === undefined) return undefined;
  return new Map(sheet.rows.map((row) => [cellText(row[0]), row[1] ?? null]));
}

/**
 * Whether the hidden sheet is what Puls wrote: a template of this format has a seal over its
 * fields, which an edited unit id (one unit's copy passed off as another's) no longer matches.
 */
function identityProblem(meta: Meta, context: CollectionContext, at: Location): Problem | undefined {
  if (meta.version < SEALED_FROM_VERSION || meta.seal === meta.expectedSeal) return undefined;
  const claimed = context.plan.organisation.find((o) => o.id === meta.unit)?.name ?? meta.unit;
  return error("identity-mismatch", at, { unit: claimed, found: meta.unitName !== "" && meta.unitName !== claimed ? meta.unitName : "" });
}

function checkMeta(meta: Meta, context: CollectionContext, at: Location, problems: Problem[]): boolean {
  let usable = true;
  if (meta.unit === "") {
    problems.push(error("missing-unit-id", at));
    return false;
  }
  const identity = identityProblem(meta, context, at);
  if (identity !== undefined) {
    problems.push(identity);
    return false;
  }
  if (meta.version < TEMPLATE_FORMAT_VERSION) problems.push(warning("old-template", at, { version: meta.version }));
  if (!context.plan.organisation.some((o) => o.id === meta.unit)) {
    const successors = context.plan.orgChanges.filter((change) => change.oldId === meta.unit && change.newId !== null);
    if (successors.length > 0) {
      // A template of a unit that has since been merged, split or renamed: say where it went.
      const names = successors.map((change) => context.plan.organisation.find((o) => o.id === change.newId)?.name ?? change.newId).join(", ");
      problems.push(error("unit-changed", at, { unit: meta.unit, from: successors[0]?.from ?? "", successors: names }, { organisation: meta.unit }));
      return false;
    }
    problems.push(error("unknown-unit", at, { unit: meta.unit }, { organisation: meta.unit }));
    usable = false;
  }
  if (meta.period !== context.period) {
    problems.push(error("other-period", at, { found: meta.period, expected: context.period }, { organisation: meta.unit }));
    usable = false;
  }
  if (meta.fingerprint !== context.fingerprint) {
    problems.push(error("other-plan", at, {}, { organisation: meta.unit }));
    usable = false;
  }
  return usable;
}

/** The rows of a unit's report sheet, checked. */
function readReportRows(sheet: SheetGrid, meta: Meta, file: string, context: CollectionContext, problems: Problem[]): { actuals: ActualRow[]; filled: number; expected: number } {
  const unit = meta.unit;
  const expected = context.expected.get(unit) ?? [];
  const { table, problems: tableProblems } = readTable(sheet, REPORT_SHEET, file);
  for (const problem of tableProblems) problems.push({ ...problem, organisation: unit });
  if (table === undefined) return { actuals: [], filled: 0, expected: expected.length };
  const byId = new Map(expected.map((indicator) => [indicator.id, indicator]));
  const seen = new Set<string>();
  const actuals: ActualRow[] = [];
  let filled = 0;
  const { plan } = context;
  for (const row of table.rows) {
    const cell = (key: ReportKey) => cellAt(table, row.cells, key);
    const where = (key: ReportKey): Location => ({ file, sheet: sheet.name, cell: a1(row.index, table.columns[key] ?? 0) });
    const id = cellText(cell("indicatorId"));
    if (id === "") continue;
    const indicator = byId.get(id);
    if (indicator === undefined) {
      problems.push(error("unexpected-row", where("indicatorId"), { indicator: id }, { organisation: unit, indicator: id }));
      continue;
    }
    if (seen.has(id)) {
      problems.push(warning("duplicate-row", where("indicatorId"), { indicator: id }, { organisation: unit, indicator: id }));
      continue;
    }
    seen.add(id);
    const actual = readMeasured(cell("actual"), indicator, unit, where("actual"), problems);
    const women = readMeasured(cell("women"), indicator, unit, where("women"), problems);
    const men = readMeasured(cell("men"), indicator, unit, where("men"), problems);
    const comment = cellText(cell("comment"));
    if (actual.value !== null) filled += 1;
    const about = { organisation: unit, indicator: id };
    if (actual.value !== null && women.value !== null && men.value !== null && indicator.unit.trim() !== "%") {
      const sum = women.value + men.value;
      if (Math.abs(sum - actual.value) > 1e-9 * Math.max(1, Math.abs(actual.value))) {
        problems.push(warning("gender-sum-mismatch", where("actual"), { women: women.value, men: men.value, sum, actual: actual.value }, about));
      }
    }
    if (plan.settings.commentRequiredOnRed && comment === "" && actual.value !== null && isRed(context, indicator, unit, actual.value)) {
      problems.push(warning("comment-required", where("comment"), {}, about));
    }
    actuals.push({
      indicator: id,
      organisation: unit,
      period: context.period,
      actual: actual.value,
      women: women.value,
      men: men.value,
      comment,
      source: sheet.name === REPORT_SHEET.names[0] ? file : `${file} (${sheet.name})`,
      loadedAt: context.collectedAt,
      at: where("actual"),
    });
  }
  for (const indicator of expected) {
    if (!seen.has(indicator.id)) problems.push(error("missing-row", { file, sheet: sheet.name }, { indicator: indicator.id }, { organisation: unit, indicator: indicator.id }));
  }
  return { actuals, filled, expected: expected.length };
}

function cellAt<K extends string>(table: FoundTable<K>, cells: readonly CellValue[], key: K): CellValue | undefined {
  const column = table.columns[key];
  return column === undefined ? undefined : cells[column];
}

function isRed(context: CollectionContext, indicator: Indicator, unit: string, actual: number): boolean {
  const { plan, period } = context;
  const previous = context.history.value(indicator, unit, samePeriodLastYear(period));
  return indicatorStatus(plan.settings, indicator, actual, context.targets.find(indicator.id, unit, period), previous) === "red";
}

function dateText(value: CellValue | undefined): string {
  if (value === undefined || value === null) return "";
  return isDateValue(value) ? value.date.slice(0, 10) : cellText(value);
}

function readActions(grid: WorkbookGrid, unit: string, file: string, context: CollectionContext, problems: Problem[]): ActionRow[] {
  const sheet = findSheet(grid, ACTION_PLAN_SHEET.names);
  if (sheet === undefined) return [];
  const { table } = readTable(sheet, ACTION_PLAN_SHEET, file);
  if (table === undefined) return [];
  const today = context.collectedAt.slice(0, 10);
  const actions: ActionRow[] = [];
  for (const row of table.rows) {
    const get = (key: (typeof ACTION_PLAN_SHEET.columns)[number]["key"]) => cellAt(table, row.cells, key);
    const action = cellText(get("action"));
    if (action === "") continue;
    const due = dateText(get("due"));
    const newDate = dateText(get("newDate"));
    const statusText = cellText(get("status")) || ACTION_STATUS_LABELS.sv.notStarted;
    const status = parseActionStatus(statusText);
    const deadline = newDate || due;
    const overdue = !isClosedAction(status) && /^\d{4}-\d{2}-\d{2}$/.test(deadline) && deadline < today;
    if (overdue) {
      const column = table.columns[newDate === "" ? "due" : "newDate"] ?? 0;
      problems.push(warning("overdue-action", { file, sheet: sheet.name, cell: a1(row.index, column) }, { action, due: deadline, status: statusText }, { organisation: unit }));
    }
    actions.push({ action, about: cellText(get("about")), owner: cellText(get("owner")), due, newDate, status, statusText, comment: cellText(get("comment")), overdue });
  }
  return actions;
}

function readAnalyses(grid: WorkbookGrid, file: string): AnalysisRow[] {
  const sheet = findSheet(grid, ANALYSIS_SHEET.names);
  if (sheet === undefined) return [];
  const { table } = readTable(sheet, ANALYSIS_SHEET, file);
  if (table === undefined) return [];
  return table.rows
    .map((row) => ({ goal: cellText(cellAt(table, row.cells, "goal")), text: cellText(cellAt(table, row.cells, "analysis")) }))
    .filter((row) => row.goal !== "" && row.text !== "");
}

function metaOf(values: ReadonlyMap<string, CellValue>): Meta {
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
  };
}

/**
 * Every unit report in a workbook: one for a unit's own workbook, one per unit sheet for a shared
 * workbook. Never throws for anything in the workbook: problems are reported.
 */
export function readUnitWorkbook(grid: WorkbookGrid, file: string, modified: string | null, context: CollectionContext): UnitReport[] {
  const metaValues = readMeta(grid);
  const at: Location = { file };
  if (metaValues === undefined) return [unusable(file, modified, [error("not-a-template", at)])];
  if (cellText(grid.sheets.find((s) => s.name === META_SHEET_NAME)?.rows[0]?.[0]) === SHARED_META_COLUMNS[0]) {
    return readSharedWorkbook(grid, file, modified, context);
  }
  const meta = metaOf(metaValues);
  const problems: Problem[] = [];
  const usable = checkMeta(meta, context, { file, sheet: META_SHEET_NAME }, problems);
  const report = findSheet(grid, REPORT_SHEET.names);
  // A file whose identity is in doubt belongs to no unit: it must not count as anyone's attempt.
  const doubtful = problems.some((p) => p.code === "identity-mismatch");
  if (!usable) return [{ ...unusable(file, modified, problems), unit: doubtful ? null : meta.unit || null, period: meta.period || null, createdAt: meta.createdAt }];
  if (report === undefined) {
    problems.push(error("missing-sheet", at, { sheet: REPORT_SHEET.names[0] }, { organisation: meta.unit }));
    return [{ ...unusable(file, modified, problems), unit: meta.unit, period: meta.period, createdAt: meta.createdAt }];
  }
  const rows = readReportRows(report, meta, file, context, problems);
  const actions = readActions(grid, meta.unit, file, context, problems);
  return [
    {
      file,
      modified,
      unit: meta.unit,
      period: meta.period,
      createdAt: meta.createdAt,
      usable: true,
      ...rows,
      actions,
      analyses: readAnalyses(grid, file),
      problems,
    },
  ];
}

/** A shared workbook: `_puls` lists each unit's sheet (Blad, Enhet, Period, fingerprint, version). */
function readSharedWorkbook(grid: WorkbookGrid, file: string, modified: string | null, context: CollectionContext): UnitReport[] {
  const metaSheet = grid.sheets.find((s) => s.name === META_SHEET_NAME);
  const reports: UnitReport[] = [];
  for (const row of metaSheet?.rows.slice(1) ?? []) {
    const sheetName = cellText(row[0]);
    if (sheetName === "") continue;
    const [unit, period, fingerprint] = [cellText(row[1]), cellText(row[2]), cellText(row[3])];
    const meta: Meta = {
      version: Number(cellText(row[4])) || 1,
      fingerprint,
      unit,
      unitName: "",
      period,
      createdAt: null,
      seal: cellText(row[5]),
      expectedSeal: templateSeal(sealOfSharedSheet(sheetName, unit, period, fingerprint)),
    };
    const problems: Problem[] = [];
    const sheet = grid.sheets.find((s) => s.name === sheetName);
    const usable = checkMeta(meta, context, { file, sheet: sheetName }, problems);
    if (sheet === undefined) problems.push(error("missing-sheet", { file }, { sheet: sheetName }, { organisation: meta.unit }));
    if (!usable || sheet === undefined) {
      const doubtful = problems.some((p) => p.code === "identity-mismatch");
      reports.push({ ...unusable(file, modified, problems, sheetName), unit: doubtful ? null : meta.unit || null, period: meta.period || null });
      continue;
    }
    const rows = readReportRows(sheet, meta, file, context, problems);
    reports.push({ file, sheet: sheetName, modified, unit: meta.unit, period: meta.period, createdAt: null, usable: true, ...rows, actions: [], analyses: [], problems });
  }
  return reports;
}
