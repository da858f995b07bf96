/**
 * The controller's checklist in words: one line per item, saying what is open and what to do —
 * the instructions that must never stand in the council text.
 */
import { ASSESSMENT_LABELS, type ChecklistItem, type Language } from "../core";
import { formatPercent } from "./format";

/** What a checklist item is about, as a short heading for its kind. */
export const CHECKLIST_KINDS: Readonly<Record<Language, Readonly<Record<ChecklistItem["kind"], string>>>> = {
  sv: {
    notReported: "Ej inlämnat",
    lowCoverage: "För lite underlag",
    cannotAssess: "Kan ej bedömas",
    proposedJustification: "Motivering ej bekräftad",
    proposedSoundFinances: "God ekonomisk hushållning ej bekräftad",
    manualDiffers: "Egen bedömning avviker",
    politicalDiffers: "Politisk bedömning avviker",
    politicalMissing: "Politisk analys saknas",
  },
  en: {
    notReported: "Not handed in",
    lowCoverage: "Too little data",
    cannotAssess: "Cannot be assessed",
    proposedJustification: "Justification not confirmed",
    proposedSoundFinances: "Sound financial management not confirmed",
    manualDiffers: "Own assessment differs",
    politicalDiffers: "Political assessment differs",
    politicalMissing: "Political analysis missing",
  },
};

/** The checklist's own words: its sheet and file, and how the command prints it. */
export const CHECKLIST_TEXTS = {
  sv: {
    name: "Checklista",
    columns: { kind: "Att göra", about: "Gäller", line: "Vad och hur" },
    empty: (file: string) => `Checklistan är tom: inget är öppet (${file}).`,
    heading: (count: number, file: string) => `Checklista inför rapporterna (${count} punkter, ${file}):`,
    more: (count: number) => `… och ${count} till i filen.`,
  },
  en: {
    name: "Checklist",
    columns: { kind: "To do", about: "About", line: "What and how" },
    empty: (file: string) => `The checklist is empty: nothing is open (${file}).`,
    heading: (count: number, file: string) => `Checklist before the reports (${count} items, ${file}):`,
    more: (count: number) => `… and ${count} more in the file.`,
  },
} as const satisfies Record<Language, unknown>;

/** The line of one checklist item: what is open, and what to do about it. */
export function checklistLine(item: ChecklistItem, language: Language): string {
  const sv = language === "sv";
  const verdict = (assessment: keyof (typeof ASSESSMENT_LABELS)["sv"]) => ASSESSMENT_LABELS[language][assessment];
  switch (item.kind) {
    case "notReported":
      return sv ? `${item.organisation.name} (${item.organisation.id}) har inte lämnat in: påminn enheten.` : `${item.organisation.name} (${item.organisation.id}) has not handed in: remind the unit.`;
    case "lowCoverage":
      return sv
        ? `Bara ${item.withOutcome} av ${item.values} värden (${formatPercent(item.withOutcome / item.values, language, 0)}) har utfall; planens lägsta täckning är ${formatPercent(item.minCoverage, language, 0)}.`
        : `Only ${item.withOutcome} of ${item.values} values (${formatPercent(item.withOutcome / item.values, language, 0)}) have an outcome; the plan's minimum coverage is ${formatPercent(item.minCoverage, language, 0)}.`;
    case "cannotAssess":
      return sv
        ? `${item.goal.id} ${item.goal.name} (${item.organisation.name}) kan inte bedömas: ${formatPercent(item.coverage, language, 0)} av nyckeltalen har utfall. Samla in det som saknas eller skriv en egen bedömning på bladet Bedömningar.`
        : `${item.goal.id} ${item.goal.name} (${item.organisation.name}) cannot be assessed: ${formatPercent(item.coverage, language, 0)} of its indicators have an outcome. Collect what is missing or write your own assessment on the Bedömningar sheet.`;
    case "proposedJustification":
      return sv
        ? `${item.goal.id} ${item.goal.name}: rapporterna visar Puls förslag till motivering. Godkänn eller skriv om den på bladet Bedömningar (Motivering).`
        : `${item.goal.id} ${item.goal.name}: the reports show Puls's proposed justification. Accept or rewrite it on the Bedömningar sheet (Motivering).`;
    case "proposedSoundFinances":
      return sv
        ? "Bedömningen av god ekonomisk hushållning är Puls förslag. Bekräfta eller ändra den med målet GEH på bladet Bedömningar."
        : "The conclusion on sound financial management is Puls's proposal. Confirm or change it with goal GEH on the Bedömningar sheet.";
    case "manualDiffers":
      return sv
        ? `${item.goal.id} ${item.goal.name}: den egna bedömningen ${verdict(item.manual)}${item.assessedBy === "" ? "" : ` (${item.assessedBy}${item.date === "" ? "" : `, ${item.date}`})`} gäller; beräknat är ${verdict(item.computed)}. Kontrollera att motiveringen förklarar skillnaden.`
        : `${item.goal.id} ${item.goal.name}: the own assessment ${verdict(item.manual)}${item.assessedBy === "" ? "" : ` (${item.assessedBy}${item.date === "" ? "" : `, ${item.date}`})`} stands; computed is ${verdict(item.computed)}. Check that the justification explains the difference.`;
    case "politicalMissing":
      return sv
        ? `${item.goal.id} ${item.goal.name}: den politiska bedömningen, analysen och slutsatserna är inte ifyllda för perioden; den politiska analysen visar då bara nyckeltalen. Fyll i dem på planens blad Politisk analys.`
        : `${item.goal.id} ${item.goal.name}: the political assessment, analysis and conclusions are not filled in for the period; the political analysis then shows the indicators only. Fill them in on the plan's Politisk analys sheet.`;
    case "politicalDiffers":
      return sv
        ? `${item.goal.id} ${item.goal.name}: den politiska bedömningen "${item.political}" skiljer sig från målets bedömning ${verdict(item.standing)}, som står i rapporterna.`
        : `${item.goal.id} ${item.goal.name}: the political assessment "${item.political}" differs from the goal's assessment ${verdict(item.standing)}, which the reports show.`;
  }
}
