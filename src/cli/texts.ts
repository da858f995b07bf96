/**
 * The CLI's own words, in Swedish (default) and English.
 */
import type { Language } from "../core";

export const TEXTS = {
  sv: {
    reporting: (submitted: number, expected: number) => `Inrapportering: ${submitted} av ${expected} enheter har lämnat in`,
    missing: "Saknas",
    late: "Sena",
    withErrors: "Med fel",
    statuses: "Status för nyckeltalen (enheter, verksamhetsområden och kommunen)",
    resultGoals: "Resultatmålen",
    problems: (errors: number, warnings: number) => `Avvikelser: ${errors} fel, ${warnings} varningar`,
    more: (n: number) => `… och ${n} till`,
    error: "Fel",
    warning: "Varning",
    wrote: "Skrev",
    progress: "Läser",
  },
  en: {
    reporting: (submitted: number, expected: number) => `Reporting: ${submitted} of ${expected} units have reported`,
    missing: "Missing",
    late: "Late",
    withErrors: "With errors",
    statuses: "Indicator statuses (units, divisions and the municipality)",
    resultGoals: "Result goals",
    problems: (errors: number, warnings: number) => `Issues: ${errors} errors, ${warnings} warnings`,
    more: (n: number) => `… and ${n} more`,
    error: "Error",
    warning: "Warning",
    wrote: "Wrote",
    progress: "Reading",
  },
} as const satisfies Record<Language, Record<string, unknown>>;
