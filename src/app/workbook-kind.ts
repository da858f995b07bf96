/**
 * What a workbook Puls made is, told by the sheets Puls writes into each kind: a unit's template
 * (its hidden `_puls` names the unit and the period), a shared template (one `_puls` row per unit
 * sheet), a consolidated workbook, a report (its front sheet). Used to refuse a wrong file as the
 * plan with a sentence that says what it is, and to read the period a unit's file is for.
 */
import { cellText, type CellValue, type WorkbookGrid } from "../workbook/grid";
import { CONSOLIDATED_META_SHEET } from "../workbook/collect/consolidated-format";
import { META_KEYS, META_SHEET_NAME, SHARED_META_COLUMNS } from "../workbook/template/template-format";
import { REPORT_TEXTS } from "../reports/texts";

export type WorkbookKind =
  | { readonly kind: "unit-template"; readonly unitName: string; readonly period: string }
  | { readonly kind: "shared-template"; readonly units: number; readonly period: string }
  | { readonly kind: "consolidated" }
  | { readonly kind: "report"; readonly title: string }
  | { readonly kind: "other" };

/** The front sheet every report workbook opens with, in both languages. */
const REPORT_FRONT_SHEETS = new Set([REPORT_TEXTS.sv.sheets.front, REPORT_TEXTS.en.sheets.front]);

/** The value of `key` in a unit template's `_puls` (key in column A, value in B). */
function metaValue(rows: readonly (readonly CellValue[])[], key: string): string {
  const row = rows.find((r) => cellText(r[0]) === key);
  return row === undefined ? "" : cellText(row[1]);
}

/** What the workbook is, by its sheets; "other" for one Puls did not make (a plan among them). */
export function workbookKindOf(grid: WorkbookGrid): WorkbookKind {
  const byName = new Map(grid.sheets.map((sheet) => [sheet.name, sheet]));
  if (byName.has(CONSOLIDATED_META_SHEET)) return { kind: "consolidated" };
  const meta = byName.get(META_SHEET_NAME);
  if (meta !== undefined) {
    const header = (meta.rows[0] ?? []).map((cell) => cellText(cell));
    if (header[0] === SHARED_META_COLUMNS[0]) {
      const periodColumn = header.indexOf("Period");
      const rows = meta.rows.slice(1).filter((row) => cellText(row[0]) !== "");
      return { kind: "shared-template", units: rows.length, period: cellText(rows[0]?.[periodColumn]) };
    }
    return { kind: "unit-template", unitName: metaValue(meta.rows, META_KEYS.unitName), period: metaValue(meta.rows, META_KEYS.period) };
  }
  const front = grid.sheets.find((sheet) => REPORT_FRONT_SHEETS.has(sheet.name));
  if (front !== undefined) return { kind: "report", title: cellText(front.rows[0]?.[0]) };
  return { kind: "other" };
}
