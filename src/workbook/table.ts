/**
 * Finding a table on a sheet by its headers (docs/workbooks.md: columns are found by header, in any
 * order; the header row is row 1, or the header row of an Excel table anywhere on the sheet).
 * Both cases are "the first row, within the first 100, that holds every required header".
 */
import { error, type Problem } from "../core";
import { normaliseWord } from "../core";
import { cellText, type CellValue, type SheetGrid, type WorkbookGrid } from "./grid";

export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  /** Accepted headers: the Swedish one first (used in messages), then the English one. */
  readonly headers: readonly string[];
  readonly required?: boolean;
}

function column<K extends string>(key: K, swedish: string, english: string | undefined, required: boolean): ColumnSpec<K> {
  return { key, headers: english === undefined ? [swedish] : [swedish, english], required };
}

/** A column the table must have: its key, its Swedish header (used in messages) and the English one. */
export function requiredColumn<K extends string>(key: K, swedish: string, english?: string): ColumnSpec<K> {
  return column(key, swedish, english, true);
}

/** A column the table may lack: its key, its Swedish header (used in messages) and the English one. */
export function optionalColumn<K extends string>(key: K, swedish: string, english?: string): ColumnSpec<K> {
  return column(key, swedish, english, false);
}

export interface SheetSpec<K extends string = string> {
  /** Accepted sheet names: Swedish first, then English. */
  readonly names: readonly string[];
  readonly columns: readonly ColumnSpec<K>[];
}

export interface TableRow {
  /** 0-based row index on the sheet. */
  readonly index: number;
  readonly cells: readonly CellValue[];
}

export interface FoundTable<K extends string> {
  readonly sheet: SheetGrid;
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<K, number>>>;
  readonly rows: readonly TableRow[];
}

const HEADER_SEARCH_ROWS = 100;

/** The sheet with one of the spec's names (any case), if present. */
export function findSheet(workbook: WorkbookGrid, names: readonly string[]): SheetGrid | undefined {
  const wanted = new Set(names.map(normaliseWord));
  return workbook.sheets.find((sheet) => wanted.has(normaliseWord(sheet.name)));
}

function columnsIn<K extends string>(row: readonly CellValue[], spec: SheetSpec<K>): Partial<Record<K, number>> {
  const found: Partial<Record<K, number>> = {};
  row.forEach((cell, index) => {
    const header = normaliseWord(cellText(cell)).replace(/[*:]$/, "");
    if (header === "") return;
    const column = spec.columns.find((candidate) => candidate.headers.some((name) => normaliseWord(name) === header));
    if (column !== undefined && found[column.key] === undefined) found[column.key] = index;
  });
  return found;
}

function isEmptyRow(cells: readonly CellValue[]): boolean {
  return cells.every((cell) => cellText(cell) === "");
}

/**
 * Reads the table of `spec` on `sheet`. A missing required column is a problem (and no table);
 * optional columns may be absent.
 */
export function readTable<K extends string>(sheet: SheetGrid, spec: SheetSpec<K>, file?: string): { table?: FoundTable<K>; problems: Problem[] } {
  const required = spec.columns.filter((column) => column.required === true);
  let best: { row: number; columns: Partial<Record<K, number>>; score: number } = { row: 0, columns: {}, score: -1 };
  const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < limit; row++) {
    const columns = columnsIn(sheet.rows[row] ?? [], spec);
    const score = required.filter((column) => columns[column.key] !== undefined).length;
    if (score > best.score) best = { row, columns, score };
    if (score === required.length && Object.keys(columns).length > 0) break;
  }
  const missing = required.filter((column) => best.columns[column.key] === undefined);
  if (missing.length > 0) {
    return {
      problems: missing.map((column) => error("missing-column", { file, sheet: sheet.name }, { column: column.headers[0] ?? column.key, sheet: sheet.name })),
    };
  }
  const rows: TableRow[] = [];
  for (let index = best.row + 1; index < sheet.rows.length; index++) {
    const cells = sheet.rows[index] ?? [];
    if (!isEmptyRow(cells)) rows.push({ index, cells });
  }
  return { table: { sheet, headerRow: best.row, columns: best.columns, rows }, problems: [] };
}
