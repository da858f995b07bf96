/**
 * A report's sheets for writing into the open workbook: each sheet and table named with the
 * report's short name first ("DR Översikt"), so the four reports and the plan's own sheets (Mål,
 * Nyckeltal, …) never collide, and a report made again replaces its earlier sheets.
 */
import type { ReportKind } from "../../app/reports";
import type { SheetOut, WorkbookOut } from "../../workbook/output";

export const REPORT_SHEET_PREFIX: Readonly<Record<ReportKind, string>> = { operational: "VR", political: "PA", annual: "ÅR", interim: "DR" };

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

export function reportSheetsForWorkbook(kind: ReportKind, book: WorkbookOut): SheetOut[] {
  const prefix = REPORT_SHEET_PREFIX[kind];
  // Table names: letters, digits and underscores only (Å is a letter to Excel, but keep to ASCII).
  const tablePrefix = kind === "annual" ? "AR" : prefix;
  return book.sheets.map((sheet) => ({
    ...sheet,
    name: `${prefix} ${sheet.name}`.slice(0, MAX_SHEET_NAME),
    ...(sheet.table === undefined ? {} : { table: `${tablePrefix}_${sheet.table}` }),
  }));
}
