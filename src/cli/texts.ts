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
    notFound: "Hittade inget i",
    wrotePlan: (example: boolean, file: string) => `Skrev ${example ? "exempelkommunens plan" : "en tom plan"} till ${file}`,
    wroteTemplates: (shared: boolean, count: number, period: string, where: string) => `Skrev ${shared ? "en gemensam arbetsbok" : `${count} mallar`} för ${period}: ${where}`,
    unknownCommand: "Okänt kommando",
    couldNotFinish: (command: string, reason: string, debug: boolean) => `Puls kunde inte slutföra ${command}: ${reason}${debug ? "" : " (kör med --debug för detaljer)"}`,
    steps: {
      plan: "Skapar exempelkommunens plan",
      templates: "Skapar inrapporteringsmallar",
      inputs: "Skapar enheternas ifyllda arbetsböcker (med inplanterade fel)",
      collect: "Samlar in och sammanställer",
    },
    files: { title: "Filerna:", plan: "Planen", templates: "Mallar", inputs: "Inlämnade", consolidated: "Sammanställningen" },
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
    notFound: "Found nothing in",
    wrotePlan: (example: boolean, file: string) => `Wrote ${example ? "the example municipality's plan" : "an empty plan"} to ${file}`,
    wroteTemplates: (shared: boolean, count: number, period: string, where: string) => `Wrote ${shared ? "a shared workbook" : `${count} templates`} for ${period}: ${where}`,
    unknownCommand: "Unknown command",
    couldNotFinish: (command: string, reason: string, debug: boolean) => `Puls could not finish ${command}: ${reason}${debug ? "" : " (run with --debug for details)"}`,
    steps: {
      plan: "Making the example municipality's plan",
      templates: "Making report templates",
      inputs: "Making the units' filled-in workbooks (with planted problems)",
      collect: "Collecting and consolidating",
    },
    files: { title: "The files:", plan: "The plan", templates: "Templates", inputs: "Submitted", consolidated: "Consolidated" },
  },
} as const satisfies Record<Language, Record<string, unknown>>;
