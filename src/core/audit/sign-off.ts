/**
 * Sign-off (*fastställande*, docs/reports.md): a controller marks a report of a period as
 * Fastställd, with their name and the day, for the data it was made from (its fingerprint). A
 * report made later from the same data says it is Fastställd; from data changed since, it is a
 * draft again, saying whose sign-off no longer holds.
 */
import { latestEntry, type LogEntry } from "./log";

/** A report's sign-off as the log holds it. */
export interface SignOff {
  readonly entry: number;
  readonly by: string;
  /** The day it was signed off (ISO date). */
  readonly day: string;
  readonly fingerprint: string;
}

/** How a report stands against its sign-off: none, signed off for this data, or signed off for other data (a draft again). */
export type SignOffState = { readonly kind: "none" } | { readonly kind: "signed"; readonly signOff: SignOff } | { readonly kind: "changed"; readonly signOff: SignOff };

/** The latest sign-off of the report `subject` for `period` in the log, held against the data's `fingerprint`. */
export function signOffState(log: readonly LogEntry[], subject: string, period: string, fingerprint: string): SignOffState {
  const entry = latestEntry(log, "signOff", period, subject);
  if (entry === undefined) return { kind: "none" };
  const signOff: SignOff = { entry: entry.number, by: entry.after, day: entry.at.slice(0, 10), fingerprint: entry.fingerprint };
  return entry.fingerprint === fingerprint ? { kind: "signed", signOff } : { kind: "changed", signOff };
}
