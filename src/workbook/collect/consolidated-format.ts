/**
 * The consolidated workbook's format (docs/workbooks.md §3), where it is read back: the very hidden
 * metadata sheet and the Avvikelser sheet. Each is one spec that both the writer
 * (write-consolidated.ts) and the reader (read-consolidated.ts) use, so the two cannot drift.
 */
import { MESSAGES, type Problem, type ProblemCode } from "../../core";
import { cellText, type WorkbookGrid } from "../grid";
import type { SheetOut } from "../output";
import { findSheet, optionalColumn, readTable, requiredColumn, type SheetSpec } from "../table";

/**
 * The version of this format. Workbooks written before the metadata sheet and the Värden column
 * have no version at all; they are still read, as they were before (message text as stored).
 * Version 2 added the column *Prognos helår* to Utfall (the units' own full-year forecasts); a
 * version 1 workbook has none and is read as before, with no forecasts.
 */
export const CONSOLIDATED_FORMAT_VERSION = 2;

/**
 * Not `_puls`: collection treats a workbook with `_puls` as a unit's template, so a consolidated
 * workbook left among the units' files would be reported as a template without a unit, where
 * "not a template" is the truth.
 */
export const CONSOLIDATED_META_SHEET = "_puls_sammanstallning";

/** What the metadata sheet records of a collection. */
export interface ConsolidatedMeta {
  readonly version: number;
  readonly municipality: string;
  readonly year: number;
  readonly period: string;
  /** Core's planFingerprint of the plan collected against. */
  readonly fingerprint: string;
  readonly collectedAt: string;
}

/** The key (column Nyckel) of each field, one row each, in this order. */
export const CONSOLIDATED_META_KEYS = {
  version: "Formatversion",
  municipality: "Kommun",
  year: "År",
  period: "Period",
  fingerprint: "Planens fingeravtryck",
  collectedAt: "Insamlad",
} as const satisfies Readonly<Record<keyof ConsolidatedMeta, string>>;

export const CONSOLIDATED_META_TABLE = {
  names: [CONSOLIDATED_META_SHEET],
  columns: [requiredColumn("key", "Nyckel"), requiredColumn("value", "Värde")],
} as const satisfies SheetSpec;

const metaFields = Object.keys(CONSOLIDATED_META_KEYS) as (keyof ConsolidatedMeta)[];

/** The metadata sheet: very hidden, as the templates' `_puls`, since it is for Puls, not for people. */
export function consolidatedMetaSheet(meta: ConsolidatedMeta): SheetOut {
  return {
    name: CONSOLIDATED_META_SHEET,
    state: "veryHidden",
    columns: CONSOLIDATED_META_TABLE.columns.map((c) => ({ header: c.headers[0] ?? c.key })),
    rows: metaFields.map((field) => [CONSOLIDATED_META_KEYS[field], meta[field]]),
    headerTools: false,
  };
}

/**
 * The metadata of a consolidated workbook, or null when it has none (written before the sheet
 * existed) or it says no period (then nothing can be checked against it).
 */
export function readConsolidatedMeta(grid: WorkbookGrid): ConsolidatedMeta | null {
  const sheet = findSheet(grid, CONSOLIDATED_META_TABLE.names);
  const table = sheet === undefined ? undefined : readTable(sheet, CONSOLIDATED_META_TABLE).table;
  if (table === undefined) return null;
  const at = (key: "key" | "value") => table.columns[key] ?? 0;
  const byKey = new Map(table.rows.map((row) => [cellText(row.cells[at("key")]), cellText(row.cells[at("value")])]));
  const text = (field: keyof ConsolidatedMeta) => byKey.get(CONSOLIDATED_META_KEYS[field]) ?? "";
  if (text("period") === "") return null;
  return {
    version: Number(text("version")) || CONSOLIDATED_FORMAT_VERSION,
    municipality: text("municipality"),
    year: Number(text("year")) || 0,
    period: text("period"),
    fingerprint: text("fingerprint"),
    collectedAt: text("collectedAt"),
  };
}

/**
 * Avvikelser: the human columns, then Kod and Värden, which together with the location columns
 * are the problem itself, so its message can be said again in any language.
 */
export const PROBLEMS_SHEET = {
  names: ["Avvikelser"],
  columns: [
    requiredColumn("severity", "Allvar"),
    optionalColumn("file", "Fil"),
    optionalColumn("sheet", "Blad"),
    optionalColumn("cell", "Cell"),
    optionalColumn("organisation", "Organisation"),
    optionalColumn("indicator", "Nyckeltal"),
    requiredColumn("message", "Meddelande"),
    optionalColumn("code", "Kod"),
    optionalColumn("values", "Värden"),
  ],
} as const satisfies SheetSpec;

export type ProblemColumn = (typeof PROBLEMS_SHEET.columns)[number]["key"];

/** Column widths; Värden is narrow, being for Puls (a person reads Meddelande). */
export const PROBLEM_COLUMN_WIDTHS: Readonly<Partial<Record<ProblemColumn, number>>> = { file: 34, sheet: 16, organisation: 14, message: 100, code: 18, values: 12 };

/** A problem's values as the Värden cell holds them: JSON, which keeps strings and finite numbers exactly. */
export function encodeValues(values: Problem["values"]): string {
  return JSON.stringify(values);
}

/** The values of a Värden cell, or undefined when the cell is not what {@link encodeValues} wrote. */
export function decodeValues(text: string): Problem["values"] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return undefined;
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (!entries.every(([, value]) => typeof value === "string" || (typeof value === "number" && Number.isFinite(value)))) return undefined;
  return Object.fromEntries(entries) as Problem["values"];
}

/** Whether `code` is one this version has a message for (a newer Puls may have more). */
export function isProblemCode(code: string): code is ProblemCode {
  return Object.prototype.hasOwnProperty.call(MESSAGES.sv, code);
}
