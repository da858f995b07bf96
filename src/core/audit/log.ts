/**
 * The audit log (*Logg*, docs/workbooks.md §4): what was done with a period's data, by whom and
 * when, one entry per event, appended to and never rewritten. The workbooks Puls writes carry it
 * (the consolidated workbook, every plan copy); the core only says what an entry is and adds
 * entries after the last. Times are Swedish local times given by the caller: the core has no clock.
 */

/** What happened: a collection and each file it read, an assessment set or changed, a target proposal taken into a plan, a plan copy written, a report made, a report signed off. */
export type LogEvent = "collection" | "file" | "assessment" | "targetProposal" | "planCopy" | "report" | "signOff";

export interface LogEntry {
  /** 1, 2, 3 … in the order the entries were made; never reused. */
  readonly number: number;
  /** Swedish local time ("2026-09-21T09:00:00"). */
  readonly at: string;
  /** Who did it: the name given (`--user`, the pane's setting) or the operating system's user. */
  readonly user: string;
  readonly event: LogEvent;
  readonly period: string;
  /** What the entry is about: a file's name, a goal at an organisation ("F01 UTB"), a report. */
  readonly subject: string;
  /** The value before (an assessment's earlier word), "" when there was none. */
  readonly before: string;
  /** The value after (an assessment's word, a target, a signer's name). */
  readonly after: string;
  /** Why, or what else there is to say (a justification, how many files were read). */
  readonly note: string;
  /** A file's SHA-256 as 64 hex digits, "" for other entries. */
  readonly sha256: string;
  /** A file's size in bytes, null for other entries. */
  readonly size: number | null;
  /** A file's change time, "" when unknown or not a file. */
  readonly modified: string;
  /** The data's fingerprint (dataFingerprint) the entry was made from, "" when it has none. */
  readonly fingerprint: string;
}

/** An entry before it has its number. */
export type NewLogEntry = Omit<LogEntry, "number" | "before" | "after" | "note" | "sha256" | "size" | "modified" | "fingerprint"> & Partial<Pick<LogEntry, "before" | "after" | "note" | "sha256" | "size" | "modified" | "fingerprint">>;

/** The log with `entries` after its last, numbered on from the highest number it has. */
export function appendToLog(log: readonly LogEntry[], entries: readonly NewLogEntry[]): LogEntry[] {
  let last = log.reduce((highest, entry) => Math.max(highest, entry.number), 0);
  const added = entries.map((entry): LogEntry => ({ before: "", after: "", note: "", sha256: "", size: null, modified: "", fingerprint: "", ...entry, number: ++last }));
  return [...log, ...added];
}

/** The latest entry of `event` for `period` (and `subject`, when given), or undefined. */
export function latestEntry(log: readonly LogEntry[], event: LogEvent, period: string, subject?: string): LogEntry | undefined {
  for (let i = log.length - 1; i >= 0; i--) {
    const entry = log[i];
    if (entry !== undefined && entry.event === event && entry.period === period && (subject === undefined || entry.subject === subject)) return entry;
  }
  return undefined;
}
