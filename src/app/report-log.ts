/**
 * Use case: the log of a round of reports (docs/reports.md, *Underlag och fastställande*). Each
 * report made is logged with its kind, period and the data's fingerprint; signed off
 * (*Fastställd*) when asked, by name, on the clock's day. The first page of each report says which
 * collection in the log it was made from and its own entry; a report signed off for this data says
 * so, and one signed off for data that has changed since is a draft again, saying whose sign-off
 * no longer holds.
 */
import { appendToLog, assessmentEntries, dataFingerprint, latestEntry, signOffState, type Language, type LogEntry, type NewLogEntry, type ReportInput } from "../core";
import { PROVENANCE_TEXTS, loggedTime } from "../reports/provenance-text";
import { REPORT_TEXTS, type FirstPageLines, type ReportKind, type ReportObstacle } from "../reports/texts";
import { safeFileName } from "../workbook/file-name";
import type { LogContext } from "./audit";

export interface ReportLogRequest {
  /** The log read with the data (the consolidated workbook's, or the plan's). */
  readonly log: readonly LogEntry[];
  readonly input: ReportInput;
  readonly kinds: readonly ReportKind[];
  /** Sign the reports off (Fastställd) in this name. */
  readonly signOffBy?: string;
  readonly context: LogContext;
  readonly language: Language;
}

export interface ReportLog {
  /** The log with this round's entries: assessments set or changed, each report, each sign-off. */
  readonly log: readonly LogEntry[];
  readonly fingerprint: string;
  readonly firstPage: FirstPageLines;
  /** Reports signed off for other data than now: drafts whatever the period allows, and why. */
  readonly draftsBecause: Readonly<Partial<Record<ReportKind, readonly ReportObstacle[]>>>;
}

/** A report as the log's Avser column names it: "Delårsrapport". */
export function loggedReport(kind: ReportKind): string {
  return REPORT_TEXTS.sv.fileNames[kind];
}

export function reportLog(request: ReportLogRequest): ReportLog {
  const { input, context, language } = request;
  const { at, user } = context;
  const t = PROVENANCE_TEXTS[language];
  const period = input.period;
  const fingerprint = dataFingerprint(input);
  let log = appendToLog(request.log, assessmentEntries(request.log, input.plan, period, at, user));
  const collection = latestEntry(log, "collection", period);
  const basis = collection === undefined ? t.noCollection(fingerprint) : t.basis(collection.number, loggedTime(collection.at), fingerprint);
  const firstPage: Partial<Record<ReportKind, readonly string[]>> = {};
  const draftsBecause: Partial<Record<ReportKind, readonly ReportObstacle[]>> = {};
  for (const kind of request.kinds) {
    const subject = loggedReport(kind);
    const earlier = signOffState(log, subject, period, fingerprint);
    const signing = request.signOffBy !== undefined;
    const entries: NewLogEntry[] = [{ at, user, event: "report", period, subject, note: collection === undefined ? "" : `insamling post ${collection.number}`, fingerprint }];
    if (signing) entries.push({ at, user, event: "signOff", period, subject, after: request.signOffBy, fingerprint });
    log = appendToLog(log, entries);
    const reportEntry = log[log.length - entries.length];
    const lines = [basis, ...(reportEntry === undefined ? [] : [t.logged(reportEntry.number)])];
    const signed = signing ? signOffState(log, subject, period, fingerprint) : earlier;
    if (signed.kind === "signed") lines.push(t.signed(signed.signOff.by, signed.signOff.day, signed.signOff.entry));
    if (signed.kind === "changed") draftsBecause[kind] = [{ kind: "changedSinceSignOff", by: signed.signOff.by, day: signed.signOff.day, entry: signed.signOff.entry }];
    firstPage[kind] = lines;
  }
  return { log, fingerprint, firstPage, draftsBecause };
}

/**
 * The report folder's log (`Logg <period>.xlsx`): the data's log, then the entries of the folder's
 * earlier log that the data's does not hold (reports made and signed off before), so that a
 * sign-off is found again the next time reports are made into the same folder.
 */
export function reportFolderLog(dataLog: readonly LogEntry[], folderLog: readonly LogEntry[]): LogEntry[] {
  const key = (entry: LogEntry) => [entry.at, entry.event, entry.period, entry.subject, entry.after, entry.sha256, entry.fingerprint].join("\u001f");
  const known = new Set(dataLog.map(key));
  const carried = folderLog.filter((entry) => !known.has(key(entry)));
  // Where the folder's log extends the data's, its entries keep their numbers; else they follow on.
  const last = dataLog.reduce((highest, entry) => Math.max(highest, entry.number), 0);
  const follows = carried.every((entry) => entry.number > last);
  return follows ? [...dataLog, ...carried] : appendToLog(dataLog, carried);
}

/** The report folder's log file: "Logg 2026-D.xlsx". */
export function reportLogFileName(period: string): string {
  return safeFileName(`Logg ${period}`, "xlsx");
}
