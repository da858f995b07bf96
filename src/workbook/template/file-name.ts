/**
 * Names that are readable and safe: "2026-D Hemtjänst Norr.xlsx" as a file name on Windows, Mac
 * and Linux, and unit names as sheet names (Excel: at most 31 characters, none of []:*?/\, not
 * "History", which Excel keeps for itself, nor a name of the template's own sheets). Both are
 * unique among the units they are made for, ignoring case (as Windows, macOS and Excel do): two
 * units of the same name get their ids added.
 */
import { safeBaseName, safeFileName } from "../file-name";
import { ACTION_PLAN_SHEET, ANALYSIS_SHEET, META_SHEET_NAME, REPORT_SHEET } from "./template-format";

const UNSAFE_IN_SHEET_NAMES = /[[\]:*?/\\]/g;
const MAX_SHEET_NAME = 31;

/** Sheet names Excel keeps for itself or a template already uses (compared ignoring case). */
const RESERVED_SHEET_NAMES = new Set(["history", META_SHEET_NAME, ...REPORT_SHEET.names, ...ACTION_PLAN_SHEET.names, ...ANALYSIS_SHEET.names, "instruktion", "instructions"].map((name) => name.toLowerCase()));

/** The template's file name for a unit and period (not yet unique: see {@link templateFileNames}). */
export function templateFileName(period: string, unitName: string): string {
  return safeFileName(`${period} ${unitName}`, "xlsx");
}

/** A unit to name: its id and its name. */
export interface NamedUnit {
  readonly id: string;
  readonly name: string;
}

/** Makes `base` unique in `used` (lower case): the unit id added, then a number. */
function unique(base: string, id: string, used: Set<string>, fit: (text: string) => string): string {
  let candidate = fit(base);
  if (used.has(candidate.toLowerCase())) candidate = fit(`${base} (${id})`);
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = fit(`${base} (${id}) ${n}`);
  used.add(candidate.toLowerCase());
  return candidate;
}

/** Each unit's template file name, unique ignoring case: "2026-D Centralskolan (GR2).xlsx" for a second Centralskolan. */
export function templateFileNames(period: string, units: readonly NamedUnit[]): string[] {
  const used = new Set<string>();
  const names = units.map((unit) => safeBaseName(`${period} ${unit.name}`));
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name.toLowerCase(), (counts.get(name.toLowerCase()) ?? 0) + 1);
  // Every unit of a shared name gets its id, not only the second: neither file then looks like the only one.
  return units.map((unit, i) => {
    const name = names[i] ?? "";
    const shared = (counts.get(name.toLowerCase()) ?? 0) > 1;
    return `${unique(shared ? `${period} ${unit.name} (${unit.id})` : `${period} ${unit.name}`, unit.id, used, safeBaseName)}.xlsx`;
  });
}

/** A name as a sheet name: Excel's characters only, at most 31 characters. */
function sheetName(text: string): string {
  return text.replace(UNSAFE_IN_SHEET_NAMES, "-").replace(/^'+|'+$/g, "").trim().slice(0, MAX_SHEET_NAME).trim() || "Enhet";
}

/**
 * Sheet names for units in a shared workbook: safe, at most 31 characters, unique ignoring case,
 * never reserved. A name already taken gets the unit's id when `ids` are given, else a number.
 */
export function uniqueSheetNames(names: readonly string[], ids?: readonly string[]): string[] {
  const used = new Set(RESERVED_SHEET_NAMES);
  return names.map((name, i) => {
    const base = sheetName(name);
    const id = ids?.[i];
    let candidate = used.has(base.toLowerCase()) && id !== undefined ? sheetName(`${base.slice(0, MAX_SHEET_NAME - id.length - 3)} (${id})`) : base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = sheetName(`${base.slice(0, MAX_SHEET_NAME - String(n).length - 1)} ${n}`);
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
