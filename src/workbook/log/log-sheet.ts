/**
 * The Logg sheet (docs/workbooks.md §4): the audit log as a sheet, one row per entry, written
 * after the workbook's other sheets, and read back so that the next workbook Puls writes carries
 * the entries over and appends its own. Every cell is text or a number (times as the ISO text
 * they were logged with, so they read back exactly); text from a workbook is always written as
 * text, never as a formula.
 */
import type { LogEntry, LogEvent } from "../../core";
import type { WorkbookGrid } from "../grid";
import type { SheetOut, WorkbookOut } from "../output";
import { RowReader } from "../row-reader";
import { findSheet, optionalColumn, readTable, requiredColumn, type SheetSpec } from "../table";

export const LOG_SHEET = {
  names: ["Logg"],
  columns: [
    requiredColumn("number", "Post"),
    requiredColumn("at", "Tid"),
    optionalColumn("user", "Användare"),
    requiredColumn("event", "Händelse"),
    optionalColumn("period", "Period"),
    optionalColumn("subject", "Avser"),
    optionalColumn("before", "Före"),
    optionalColumn("after", "Efter"),
    optionalColumn("note", "Motivering/uppgift"),
    optionalColumn("sha256", "SHA-256"),
    optionalColumn("size", "Storlek (byte)"),
    optionalColumn("modified", "Ändrad"),
    optionalColumn("fingerprint", "Fingeravtryck"),
  ],
} as const satisfies SheetSpec;

type LogColumn = (typeof LOG_SHEET.columns)[number]["key"];

/** The events as the sheet's Händelse column says them (always Swedish in workbooks). */
export const LOG_EVENT_LABELS: Readonly<Record<LogEvent, string>> = {
  collection: "Insamling",
  file: "Fil inläst",
  assessment: "Bedömning",
  targetProposal: "Målvärdesförslag",
  planCopy: "Plan skriven",
  report: "Rapport",
  signOff: "Fastställd",
};

const WIDTHS: Readonly<Partial<Record<LogColumn, number>>> = { number: 7, at: 20, user: 18, event: 18, period: 9, subject: 40, before: 16, after: 18, note: 50, sha256: 66, size: 14, modified: 20, fingerprint: 18 };

/** At most this many entries are read back: a log is a few thousand rows a year; more is no log Puls wrote. */
export const MAX_LOG_ENTRIES = 200_000;

export function logSheet(log: readonly LogEntry[]): SheetOut {
  return {
    name: LOG_SHEET.names[0],
    columns: LOG_SHEET.columns.map((c) => ({ header: c.headers[0] ?? c.key, width: WIDTHS[c.key] })),
    rows: log.map((e) => [e.number, e.at, e.user, LOG_EVENT_LABELS[e.event], e.period, e.subject, e.before, e.after, e.note, e.sha256, e.size, e.modified, e.fingerprint]),
  };
}

/** The workbook with `log` as its Logg sheet: in place of one it had, else last. */
export function withLogSheet(book: WorkbookOut, log: readonly LogEntry[]): WorkbookOut {
  const sheet = logSheet(log);
  const at = book.sheets.findIndex((candidate) => candidate.name.toLowerCase() === sheet.name.toLowerCase());
  return { ...book, sheets: at < 0 ? [...book.sheets, sheet] : book.sheets.map((candidate, index) => (index === at ? sheet : candidate)) };
}

const EVENT_OF = new Map(Object.entries(LOG_EVENT_LABELS).map(([event, label]) => [label.toLowerCase(), event as LogEvent]));

/**
 * The log a workbook holds, in its order; empty for a workbook without Logg. A row whose event is
 * not one Puls writes, or without a number, is left out (a log edited by hand is read as far as
 * it still is one).
 */
export function readLog(grid: WorkbookGrid): LogEntry[] {
  const sheet = findSheet(grid, LOG_SHEET.names);
  if (sheet === undefined) return [];
  const { table } = readTable(sheet, LOG_SHEET);
  if (table === undefined) return [];
  const entries: LogEntry[] = [];
  for (const row of table.rows.slice(0, MAX_LOG_ENTRIES)) {
    const read = new RowReader(table, LOG_SHEET, row, undefined, []);
    const number = read.number("number");
    const event = EVENT_OF.get(read.text("event").toLowerCase());
    if (number === null || !Number.isInteger(number) || event === undefined) continue;
    entries.push({
      number,
      at: read.text("at"),
      user: read.text("user"),
      event,
      period: read.text("period"),
      subject: read.text("subject"),
      before: read.text("before"),
      after: read.text("after"),
      note: read.text("note"),
      sha256: read.text("sha256"),
      size: read.number("size"),
      modified: read.text("modified"),
      fingerprint: read.text("fingerprint"),
    });
  }
  return entries;
}
