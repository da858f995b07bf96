/**
 * Names that are readable and safe: "2026-D Hemtjänst Norr.xlsx" as a file name on Windows, Mac
 * and Linux, and unit names as sheet names (Excel: at most 31 characters, none of []:*?/\).
 */

// Control characters are unsafe in file names everywhere: matching them is the point.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAMES = /[<>:"/\\|?*\u0000-\u001f]/g;
const UNSAFE_IN_SHEET_NAMES = /[[\]:*?/\\]/g;

/** The template's file name for a unit and period. */
export function templateFileName(period: string, unitName: string): string {
  const safe = `${period} ${unitName}`.replace(UNSAFE_IN_FILE_NAMES, "-").replace(/\s+/g, " ").trim().replace(/[. ]+$/, "");
  return `${safe.slice(0, 120)}.xlsx`;
}

/** Sheet names for units in a shared workbook: safe, at most 31 characters, unique (case-insensitive). */
export function uniqueSheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = name.replace(UNSAFE_IN_SHEET_NAMES, "-").replace(/^'+|'+$/g, "").trim().slice(0, 31) || "Enhet";
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
