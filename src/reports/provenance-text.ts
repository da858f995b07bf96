/**
 * What a report says on its first page of where it came from (docs/reports.md, *Underlag och
 * fastställande*): the log entry of the collection it was made from, the data's fingerprint, the
 * report's own entry, and whether it is signed off (*Fastställd*) for this data.
 */
import type { Language } from "../core";

const TEXTS = {
  sv: {
    basis: (entry: number, time: string, fingerprint: string) => `Underlag: Logg post ${entry}, insamling ${time}, fingeravtryck ${fingerprint}.`,
    noCollection: (fingerprint: string) => `Underlag: planens egna utfall (ingen insamling i loggen), fingeravtryck ${fingerprint}.`,
    logged: (entry: number) => `Rapporten är loggförd som post ${entry}.`,
    signed: (by: string, day: string, entry: number) => `Fastställd av ${by} ${day} (Logg post ${entry}).`,
    changed: (by: string, day: string, entry: number) => `Underlaget har ändrats sedan ${by} fastställde rapporten ${day} (Logg post ${entry}): den är ett utkast tills den fastställs på nytt.`,
  },
  en: {
    basis: (entry: number, time: string, fingerprint: string) => `Basis: log entry ${entry}, collection ${time}, fingerprint ${fingerprint}.`,
    noCollection: (fingerprint: string) => `Basis: the plan's own outcomes (no collection in the log), fingerprint ${fingerprint}.`,
    logged: (entry: number) => `The report is logged as entry ${entry}.`,
    signed: (by: string, day: string, entry: number) => `Signed off (Fastställd) by ${by} on ${day} (log entry ${entry}).`,
    changed: (by: string, day: string, entry: number) => `The data has changed since ${by} signed the report off on ${day} (log entry ${entry}): it is a draft until it is signed off again.`,
  },
} as const satisfies Record<Language, unknown>;

/** A logged time as a reader reads it: "2026-09-21 09:00". */
export function loggedTime(at: string): string {
  return at.replace("T", " ").slice(0, 16);
}

export const PROVENANCE_TEXTS: Readonly<Record<Language, (typeof TEXTS)["sv"]>> = TEXTS;
