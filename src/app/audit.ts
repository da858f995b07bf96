/**
 * Use case: the audit log (docs/workbooks.md §4) of what Puls does with a period's data. Each
 * workbook Puls writes with a log carries the entries of the log it read (an earlier run's file
 * at the same place, or its input) and appends its own: a collection and each file it read (with
 * its SHA-256, size and change time), assessments set or changed, target proposals taken into a
 * plan, plan copies, reports made and signed off. The time comes from the caller's clock and the
 * user from the entry point: neither is looked up here.
 */
import { appendToLog, assessmentEntries, dataFingerprint, type CollectedPeriod, type LogEntry, type NewLogEntry, type NextYearPlan, type Plan, type ReportInput } from "../core";
import type { WorkbookGrid } from "../workbook/grid";
import { logSheet, readLog, withLogSheet } from "../workbook/log/log-sheet";
import type { SheetOut } from "../workbook/output";
import { WorkbookReadError, readWorkbookValues } from "../workbook/xlsx-values-reader";
import type { SourceContent, UnitSource, WorkbookOut } from "./ports";

export { LOG_EVENT_LABELS } from "../workbook/log/log-sheet";

/** A SHA-256 of some bytes as 64 hex digits (Node's crypto, a browser's SubtleCrypto). */
export type Digest = (bytes: Uint8Array) => Promise<string>;

/** Who does what when, for the entries a use case adds. */
export interface LogContext {
  /** Swedish local time, from the clock port. */
  readonly at: string;
  readonly user: string;
}

/** A file a collection read, as the log records it. */
export interface FileRecord {
  readonly name: string;
  readonly size: number;
  readonly modified: string | null;
  readonly sha256: string;
}

/** `sources` that, as each is read, record its name, size, change time and SHA-256 in `records`. */
export function recordedSources(sources: readonly UnitSource[], digest: Digest, records: FileRecord[]): UnitSource[] {
  return sources.map((source) => ({
    name: source.name,
    read: async (): Promise<SourceContent> => {
      const content = await source.read();
      records.push({ name: source.name, size: content.bytes.byteLength, modified: content.modified, sha256: await digest(content.bytes) });
      return content;
    },
  }));
}

/** The log a workbook's bytes hold: empty for bytes that are no workbook, or one without Logg. */
export function logOfWorkbook(bytes: Uint8Array | undefined): LogEntry[] {
  if (bytes === undefined) return [];
  try {
    return readLog(readWorkbookValues(bytes));
  } catch (caught) {
    if (caught instanceof WorkbookReadError) return [];
    throw caught;
  }
}

/** The log an open workbook holds (its Logg sheet, as values); empty where it has none. */
export function logOfGrid(grid: WorkbookGrid): LogEntry[] {
  return readLog(grid);
}

/** The Logg sheet of `log`, to write into an open workbook beside the sheets it logs. */
export function logSheetOf(log: readonly LogEntry[]): SheetOut {
  return logSheet(log);
}

/** The log after assessments were set: each of the period's assessments set or changed since the log last said (who, when, old → new, justification). */
export function assessmentLog(log: readonly LogEntry[], plan: Plan, period: string, context: LogContext): LogEntry[] {
  return appendToLog(log, assessmentEntries(log, plan, period, context.at, context.user));
}

/** The first of the logs that has entries: an earlier run's file at the output's place, else the input's. */
export function carriedLog(...logs: readonly (readonly LogEntry[])[]): readonly LogEntry[] {
  return logs.find((log) => log.length > 0) ?? [];
}

/** The workbook with `log` as its Logg sheet. */
export function withLog(book: WorkbookOut, log: readonly LogEntry[]): WorkbookOut {
  return withLogSheet(book, log);
}

/**
 * The log after a collection: the collection (how many files, the data's fingerprint), each file
 * read, then the plan's assessments of the period set or changed since the log last said.
 */
export function collectionLog(log: readonly LogEntry[], plan: Plan, collected: CollectedPeriod, input: ReportInput, files: readonly FileRecord[], context: LogContext): LogEntry[] {
  const { at, user } = context;
  const period = collected.period;
  const reported = collected.reporting.filter((row) => row.state !== "missing").length;
  const entries: NewLogEntry[] = [
    { at, user, event: "collection", period, subject: plan.settings.municipality, after: `${reported} av ${collected.reporting.length} enheter`, note: `${files.length} filer lästa`, fingerprint: dataFingerprint(input) },
    ...files.map((file): NewLogEntry => ({ at, user, event: "file", period, subject: file.name, sha256: file.sha256, size: file.size, modified: file.modified ?? "" })),
    ...assessmentEntries(log, plan, period, at, user),
  ];
  return appendToLog(log, entries);
}

/** The log after a plan copy is written (`what`: "Nästa års plan 2027", "Kolada-import"), with any entries of its own. */
export function planCopyLog(log: readonly LogEntry[], plan: Plan, what: string, context: LogContext, more: readonly NewLogEntry[] = []): LogEntry[] {
  return appendToLog(log, [{ at: context.at, user: context.user, event: "planCopy", period: plan.settings.currentPeriod, subject: what }, ...more]);
}

/** The log of next year's plan: the plan copy, then each target proposal written into it as the new year's target. */
export function nextYearLog(log: readonly LogEntry[], made: NextYearPlan, context: LogContext): LogEntry[] {
  const year = made.plan.settings.year;
  const proposals = made.proposals.map(({ row, basis }): NewLogEntry => ({
    at: context.at,
    user: context.user,
    event: "targetProposal",
    period: row.period,
    subject: `${row.indicator} ${row.organisation ?? "alla"}`,
    after: row.target === null ? "" : typeof row.target === "number" ? String(row.target) : JSON.stringify(row.target),
    note: basis.kind,
  }));
  return planCopyLog(log, made.plan, `Plan för ${year} (puls plan next)`, context, proposals);
}
