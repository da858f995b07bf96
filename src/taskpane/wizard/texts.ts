/**
 * The task pane's words, Swedish and English, as plain tables (like the CLI's and the reports').
 * Swedish is the product's language; English when Office's display language is not Swedish.
 */
import type { WorkbookKind } from "../../app/plan";
import type { GoalLevel, Language } from "../../core";
import type { RefusalReason } from "./picked-files";
import type { WizardStep } from "./steps";

const sv = {
  appTitle: "Puls",
  lead: "Från plan och period till färdiga rapporter.",
  hostExcel: "Kör i Excel: resultaten skrivs in i den öppna arbetsboken.",
  hostBrowser: "Kör i webbläsaren på filer du väljer. Inget skickas någonstans: allt stannar på den här datorn.",
  language: "Språk",
  stepsLabel: "Steg",
  stepDone: "klart",
  cancel: "Avbryt",
  cancelled: "Avbrutet: inget har sparats eller ändrats.",
  periodMismatch: (found: string, files: number, total: number, chosen: string) =>
    `${files} av ${total} filer gäller perioden ${found}, men vald period är ${chosen}. Inget har hämtats in: enheterna har inte gjort fel, perioden eller filerna är fel valda.`,
  periodMismatchUnknown: (found: string, files: number, total: number, chosen: string) =>
    `${files} av ${total} filer gäller perioden ${found}, som inte finns i planen; vald period är ${chosen}. Inget har hämtats in: välj filerna för ${chosen}.`,
  periodSwitch: (found: string) => `Byt till ${found} och hämta in`,
  stepOf: (n: number, total: number) => `Steg ${n} av ${total}`,
  steps: { plan: "Plan och period", templates: "Inrapporteringsmallar", collect: "Hämta in", review: "Granska", assess: "Bedöm mål", reports: "Rapporter", nextYear: "Planera nästa år" } satisfies Record<WizardStep, string>,
  previous: "Föregående",
  next: "Nästa",
  working: "Arbetar …",
  // 1 Plan
  planOpenWorkbook: "Använd den öppna arbetsboken som plan",
  planPickFile: "Välj planens arbetsbok (.xlsx)",
  planFileHint: "Planen är arbetsboken med bladen Inställningar, Perioder, Organisation, Mål, Nyckeltal och Målvärden.",
  planNewTitle: "Börja en ny plan",
  planNewHint: "En ny planarbetsbok, som puls init gör: tom med rubriker och standardinställningar, eller exempelkommunens plan att utgå från.",
  planNewEmpty: "Tom plan",
  planNewExample: "Exempelkommunens plan",
  planNewOpened: "Den nya planen har öppnats som en ny arbetsbok. Fyll i den där och öppna Puls i den.",
  planNewSaved: (name: string, example: boolean) =>
    example
      ? `Exempelplanen är sparad som ${name} och öppnad här: gå vidare, eller ändra den i Excel och välj den sedan här igen.`
      : `Den nya planen är sparad som ${name} och öppnad här. Fyll i den i Excel och välj den sedan här igen.`,
  planLoaded: (municipality: string, year: number, name: string) => `${municipality} ${year} (${name})`,
  planCounts: (goals: number, indicators: number, units: number) => `${goals} mål, ${indicators} nyckeltal, ${units} organisationsenheter`,
  period: "Period",
  planHealthy: "Planen är kontrollerad: inga problem.",
  planProblems: (errors: number, warnings: number) => `Planen har ${errors} fel och ${warnings} varningar. Rätta felen i planen; varningarna kan vänta.`,
  planUnreadable: (name: string) => `${name} gick inte att läsa som en Excel-arbetsbok (.xlsx). Spara den som .xlsx och försök igen.`,
  /** A workbook that is not a plan, said as what it is (by Puls's sheets in it); the plan already open stays. */
  notAPlan: (name: string, workbook: WorkbookKind) => {
    const kept = "Planen och insamlingen du har öppna ligger kvar.";
    switch (workbook.kind) {
      case "unit-template":
        return `Det här är en inrapporteringsmall för ${workbook.unitName}${workbook.period === "" ? "" : ` (${workbook.period})`}, inte en plan (${name}). Mallar hör hemma i steg 3. ${kept}`;
      case "shared-template":
        return `Det här är en gemensam inrapporteringsmall för ${workbook.units} enheter${workbook.period === "" ? "" : ` (${workbook.period})`}, inte en plan (${name}). Den hör hemma i steg 3. ${kept}`;
      case "consolidated":
        return `Det här är en sammanställning från en insamling, inte en plan (${name}). Välj planens arbetsbok. ${kept}`;
      case "report":
        return `Det här är en rapport${workbook.title === "" ? "" : ` (${workbook.title})`}, inte en plan (${name}). Välj planens arbetsbok. ${kept}`;
      case "other":
        return `${name} är ingen plan: den saknar planens blad (Nyckeltal, Organisation, Mål). ${kept}`;
    }
  },
  needPlan: "Välj först en plan i steg 1.",
  // 2 Templates
  templatesLead: (units: number, period: string) => `${units} enheter rapporterar för ${period}.`,
  templatesZip: "Ladda ner en fil per enhet (zip)",
  templatesShared: "Ladda ner en gemensam arbetsbok med ett blad per enhet",
  templatesSheets: "Lägg till ett blad per enhet i den här arbetsboken",
  templatesWritten: (count: number) => `${count} blad har lagts till.`,
  fileNames: {
    templates: (period: string) => `Inrapporteringsmallar ${period}.zip`,
    shared: (period: string) => `${period} alla enheter.xlsx`,
    consolidated: (period: string) => `Sammanställning ${period}.xlsx`,
    planWithAssessments: (plan: string) => `${plan} med bedömningar.xlsx`,
    nextPlan: (municipality: string, year: number) => `${municipality === "" ? "Plan" : `${municipality} plan`} ${year}.xlsx`,
    newPlan: (example: boolean) => (example ? "Exempelkommun plan.xlsx" : "Ny plan.xlsx"),
  },
  workbookFallback: "Arbetsbok",
  saved: (names: string) => `Klart: ${names}. Filerna sparas där webbläsaren sparar nedladdningar.`,
  // 3 Collect
  collectLead: "Välj enheternas ifyllda arbetsböcker. Filerna läses här och ändras aldrig.",
  collectPick: "Välj filer",
  collectDrop: "… eller släpp filerna här",
  collectDropLabel: "Släppyta för enheternas arbetsböcker",
  collectUseSheets: "Använd enheternas blad i den här arbetsboken",
  collectStart: "Hämta in",
  collectChosen: (count: number) => (count === 1 ? "1 fil vald" : `${count} filer valda`),
  collectChosenLabel: "Valda filer",
  collectRemove: "Ta bort",
  collectRemoveFile: (name: string) => `Ta bort ${name}`,
  collectClear: "Töm listan",
  collectRefusedLabel: "Filer som inte kan läsas",
  collectRefused: (count: number) => (count === 1 ? "1 fil kan inte läsas och tas inte med:" : `${count} filer kan inte läsas och tas inte med:`),
  /** Why a file is not taken, after its name. */
  refusals: {
    "old-excel": "det gamla Excel-formatet (.xls). Öppna den i Excel och spara som .xlsx.",
    "macro-workbook": "en arbetsbok med makron (.xlsm, .xlsb). Spara den som .xlsx.",
    "lock-file": "Excels låsfil för en öppen arbetsbok, ingen inlämning.",
    "not-a-workbook": "ingen Excel-arbetsbok (.xlsx).",
  } satisfies Record<RefusalReason, string>,
  fileRefused: (name: string, why: string) => `${name} är ${why}`,
  collectPeriod: (period: string, name: string) => `Hämtningen gäller perioden ${period}${name === "" ? "" : ` (${name})`}, vald i steg 1.`,
  collectProgress: (done: number, total: number) => `${done} av ${total} filer lästa`,
  collectDone: (files: number, problems: number, missing: number) =>
    `Klart: ${files} filer lästa, ${problems} problem hittade${missing === 0 ? "" : `, ${missing === 1 ? "1 enhet har" : `${missing} enheter har`} inte lämnat in`}. Se steg 4.`,
  collectSheetsDone: (units: number, problems: number) => `Klart: ${units} enheters blad lästa, ${problems} problem hittade. Se steg 4.`,
  collectDate: "Insamlingsdag",
  logUser: "Ditt namn i loggen",
  logUserHint: "Står i bladet Logg vid varje insamling, bedömning och plankopia som fliken skriver.",
  needCollection: "Hämta först in enheternas underlag i steg 3.",
  downloadConsolidated: "Ladda ner sammanställningen",
  writeConsolidated: "Skriv sammanställningen i arbetsboken",
  consolidatedWritten: (sheets: number) => `${sheets} blad har skrivits i arbetsboken.`,
  // 4 Review
  reviewStatus: "Inrapporteringsstatus",
  reviewTriage: "Läget",
  reviewCountsLabel: "Enheter per status",
  reviewMissing: (count: number) => `Har inte lämnat in (${count})`,
  reviewLate: (count: number) => `Sena (${count})`,
  /** What "Sen" is judged against: said once, under the late units and the table. */
  reviewLateMeans: (deadline: string | null) =>
    `Sen: inlämnad efter sista dag${deadline === null ? "" : ` (${deadline})`}, enligt enhetens egen markering i mallen eller, där den saknas, filens ändringstid. En kopia som sparats om i dag ser därför sen ut; be enheten sätta markeringen.`,
  reviewByUnit: "Fel och varningar per enhet",
  // The overview at the top of the review, and the goal tree (also in step 5)
  overviewTitle: "Översikt",
  overviewOrganisation: "Organisation",
  overviewStatuses: "Nyckeltalens värden per färg",
  overviewGoals: "Målen per bedömning",
  overviewTree: (organisation: string) => `Målen för ${organisation}, från vision till enhet`,
  overviewTreeHint: "Öppna ett mål för dess nyckeltal och ett nyckeltal för enheterna under.",
  goalLevels: { vision: "Vision", priorityArea: "Prioriterat område", resultGoal: "Resultatmål", administrationGoal: "Förvaltningsmål", divisionGoal: "Verksamhetsmål" } satisfies Record<GoalLevel, string>,
  treeIndicators: (goal: string) => `Nyckeltal under ${goal}`,
  treeGoalsUnder: (goal: string) => `Mål under ${goal}`,
  treeUnitsOf: (indicator: string) => `Enheterna för ${indicator}`,
  treeActual: "Utfall och mål",
  treeTarget: (target: string) => `mål ${target}`,
  treeStatus: "Status",
  // The reminder list (the same as puls remind)
  remindTitle: "Påminnelse",
  remindLead: (deadline: string | null, passed: boolean) =>
    deadline === null ? "Planen anger ingen sista dag." : `Sista dag för inlämning ${passed ? "var" : "är"} ${deadline}.`,
  remindListLabel: "Enheter att påminna",
  remindNoEmail: "saknar e-post i Organisation",
  remindNoManager: "ingen ansvarig angiven",
  remindMail: (count: number) => `Skriv påminnelsen till ${count === 1 ? "1 enhet" : `${count} enheter`} (e-post, dold kopia)`,
  remindWithoutEmail: (count: number) => `${count === 1 ? "1 enhet saknar" : `${count} enheter saknar`} e-post och får nås på annat sätt.`,
  remindCopy: "Kopiera listan",
  remindCopied: "Listan är kopierad: klistra in den i ett e-postmeddelande eller i Excel.",
  remindCopyFailed: "Det gick inte att kopiera. Markera listan och kopiera med Ctrl+C.",
  reviewUnitCounts: (errors: number, warnings: number) => `${errors} fel, ${warnings} varningar`,
  reviewNoUnit: "Filer utan enhet",
  reviewAllProblems: "Alla problem",
  reviewProblems: "Problem",
  reviewFilter: "Visa",
  reviewAll: "Alla",
  reviewErrors: "Bara fel",
  reviewWarnings: "Bara varningar",
  reviewSearch: "Sök (enhet, fil, text)",
  reviewNone: "Inga problem att visa.",
  reviewShowCell: "Visa cellen",
  reviewCounts: (shown: number, total: number) => `${shown} av ${total} visas`,
  stateWords: { submitted: "Inlämnad", late: "Sen", submittedWithErrors: "Inlämnad med fel", missing: "Saknas" },
  severity: { error: "Fel", warning: "Varning" },
  unitColumn: "Enhet",
  stateColumn: "Status",
  filledColumn: "Ifyllt",
  // 5 Assess
  assessLead: "Varje mål med sin beräknade bedömning. Sätt en egen bedömning när du vet mer än siffrorna; den måste motiveras.",
  assessComputed: "Beräknad",
  assessScore: "Poäng",
  assessCoverage: "Täckning",
  assessEffective: "Gäller",
  assessOwn: "Egen bedömning",
  assessJustification: "Motivering",
  assessProposal: "Förslag från Puls, skrivet ur utfallen: spara det som det är eller skriv om det.",
  assessBy: "Bedömd av",
  assessSave: "Spara bedömningen",
  assessSaved: "Bedömningen är sparad.",
  assessCancel: "Avbryt",
  assessTree: "Alla mål, från vision till verksamhetsmål",
  assessTermsLabel: "Vad orden betyder",
  assessComputedMeans: "Puls bedömning ur nyckeltalens färger, med planens regel.",
  assessScoreMeans: "Hur nära full måluppfyllelse målets nyckeltal och delmål ligger (grön 100\u00a0%, gul 50\u00a0%, röd 0\u00a0%), viktat; de utan värde räknas inte.",
  assessCoverageMeans: "Hur stor del av dem (viktat) som har ett värde; under planens lägsta täckning kan målet inte bedömas.",
  assessEffectiveMeans: "Den bedömning rapporterna använder: din egen där du satt en, annars den beräknade.",
  assessNoChoice: "Välj en bedömning",
  assessStoredExcel: "Bedömningarna sparas på bladet Bedömningar i arbetsboken.",
  assessStoredBrowser: "Bedömningarna sparas i webbläsaren tills du laddar ner planen med dem.",
  downloadPlan: "Ladda ner planen med utfall och bedömningar",
  assessFilter: "Visa mål",
  assessAllGoals: "Alla mål",
  assessOnlyOwn: "Med egen bedömning",
  assessResultGoals: "Resultatmål",
  assessSearch: "Sök mål (id, namn, organisation)",
  // 6 Reports
  reportsLead: (period: string) => `Rapporterna för ${period}, från planen och det som hämtats in.`,
  reportsPlanOnly: "Inget är hämtat i steg 3: rapporterna bygger på planens eget utfall.",
  reportNames: { operational: "Verksamhetsrapport", political: "Politisk analys", annual: "Årsredovisning", interim: "Delårsrapport" },
  reportMake: "Skapa",
  reportMakeDraft: "Skapa utkast",
  /** Under a report the period does not allow: why, and that it can be made only as a draft. */
  reportDraftOnly: (why: string) => `${why} Rapporten kan bara skapas som utkast, märkt Utkast på varje sida.`,
  reportInWorkbook: "Skriv in i arbetsboken",
  reportNewWorkbook: "Öppna som ny arbetsbok",
  reportWritten: (sheets: number) => `${sheets} blad har skrivits i arbetsboken.`,
  // 7 Plan next year
  nextLead: (year: number) =>
    `Gör planen för ${year} av den här: samma organisation, mål och nyckeltal (samma id), nästa års perioder, all historik, förslag till målvärden och det planeringen bör ta upp. Planen du har öppen ändras inte.`,
  nextWithCollection: (period: string) => `Utfallen som hämtats in för ${period} följer med som historik.`,
  nextYear: "Året den nya planen gäller",
  nextMake: (year: number) => `Skapa planen för ${year}`,
  nextOpened: (year: number) => `Planen för ${year} har öppnats som en ny arbetsbok. Spara den under ett eget namn.`,
  nextSummary: (raised: number, total: number, findings: number) => `${total} målvärden föreslagna, ${raised} av dem höjda till utfallet (se kolumnen Förslag på bladet Målvärden). ${findings} iakttagelser inför planeringen:`,
  nextNoFindings: "Inga iakttagelser: inget mål eller nyckeltal sticker ut.",
  nextFindingsLabel: "Inför planeringen, per mål",
} as const;

/** The Swedish table's shape with its words widened to any string: the English table must match it. */
type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : T extends readonly string[] ? readonly string[] : T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };
type Texts = Widen<typeof sv>;

const en: Texts = {
  appTitle: "Puls",
  lead: "From plan and period to finished reports.",
  hostExcel: "Running in Excel: results are written into the open workbook.",
  hostBrowser: "Running in the browser on files you choose. Nothing is sent anywhere: everything stays on this computer.",
  language: "Language",
  stepsLabel: "Steps",
  stepDone: "done",
  cancel: "Cancel",
  cancelled: "Cancelled: nothing was saved or changed.",
  periodMismatch: (found, files, total, chosen) =>
    `${files} of ${total} files are for the period ${found}, but the chosen period is ${chosen}. Nothing was collected: the units made no mistake, the period or the files were chosen wrongly.`,
  periodMismatchUnknown: (found, files, total, chosen) =>
    `${files} of ${total} files are for the period ${found}, which the plan does not have; the chosen period is ${chosen}. Nothing was collected: choose the files for ${chosen}.`,
  periodSwitch: (found) => `Switch to ${found} and collect`,
  stepOf: (n, total) => `Step ${n} of ${total}`,
  steps: { plan: "Plan and period", templates: "Report templates", collect: "Collect", review: "Review", assess: "Assess goals", reports: "Reports", nextYear: "Plan next year" },
  previous: "Previous",
  next: "Next",
  working: "Working …",
  planOpenWorkbook: "Use the open workbook as the plan",
  planPickFile: "Choose the plan workbook (.xlsx)",
  planFileHint: "The plan is the workbook with the sheets Inställningar, Perioder, Organisation, Mål, Nyckeltal and Målvärden.",
  planNewTitle: "Start a new plan",
  planNewHint: "A new plan workbook, as puls init makes it: empty with headers and default settings, or the example municipality's plan to start from.",
  planNewEmpty: "Empty plan",
  planNewExample: "The example municipality's plan",
  planNewOpened: "The new plan has been opened as a new workbook. Fill it in there and open Puls in it.",
  planNewSaved: (name, example) =>
    example
      ? `The example plan is saved as ${name} and opened here: go on, or change it in Excel and choose it here again.`
      : `The new plan is saved as ${name} and opened here. Fill it in in Excel, then choose it here again.`,
  planLoaded: (municipality, year, name) => `${municipality} ${year} (${name})`,
  planCounts: (goals, indicators, units) => `${goals} goals, ${indicators} indicators, ${units} organisational units`,
  period: "Period",
  planHealthy: "The plan is checked: no problems.",
  planProblems: (errors, warnings) => `The plan has ${errors} errors and ${warnings} warnings. Correct the errors in the plan; the warnings can wait.`,
  planUnreadable: (name) => `${name} could not be read as an Excel workbook (.xlsx). Save it as .xlsx and try again.`,
  notAPlan: (name, workbook) => {
    const kept = "The plan and collection you have open stay.";
    switch (workbook.kind) {
      case "unit-template":
        return `This is a report template for ${workbook.unitName}${workbook.period === "" ? "" : ` (${workbook.period})`}, not a plan (${name}). Templates belong in step 3. ${kept}`;
      case "shared-template":
        return `This is a shared report template for ${workbook.units} units${workbook.period === "" ? "" : ` (${workbook.period})`}, not a plan (${name}). It belongs in step 3. ${kept}`;
      case "consolidated":
        return `This is a consolidated workbook from a collection, not a plan (${name}). Choose the plan's workbook. ${kept}`;
      case "report":
        return `This is a report${workbook.title === "" ? "" : ` (${workbook.title})`}, not a plan (${name}). Choose the plan's workbook. ${kept}`;
      case "other":
        return `${name} is not a plan: it has none of a plan's sheets (Nyckeltal, Organisation, Mål). ${kept}`;
    }
  },
  needPlan: "First choose a plan in step 1.",
  templatesLead: (units, period) => `${units} units report for ${period}.`,
  templatesZip: "Download one file per unit (zip)",
  templatesShared: "Download one shared workbook with a sheet per unit",
  templatesSheets: "Add a sheet per unit to this workbook",
  templatesWritten: (count) => `${count} sheets were added.`,
  fileNames: {
    templates: (period) => `Report templates ${period}.zip`,
    shared: (period) => `${period} all units.xlsx`,
    consolidated: (period) => `Consolidated ${period}.xlsx`,
    planWithAssessments: (plan) => `${plan} with assessments.xlsx`,
    nextPlan: (municipality, year) => `${municipality === "" ? "Plan" : `${municipality} plan`} ${year}.xlsx`,
    newPlan: (example) => (example ? "Example municipality plan.xlsx" : "New plan.xlsx"),
  },
  workbookFallback: "Workbook",
  saved: (names) => `Done: ${names}. The files are saved where the browser saves downloads.`,
  collectLead: "Choose the units' filled-in workbooks. The files are read here and never changed.",
  collectPick: "Choose files",
  collectDrop: "… or drop the files here",
  collectDropLabel: "Drop zone for the units' workbooks",
  collectUseSheets: "Use the units' sheets in this workbook",
  collectStart: "Collect",
  collectChosen: (count) => (count === 1 ? "1 file chosen" : `${count} files chosen`),
  collectChosenLabel: "Chosen files",
  collectRemove: "Remove",
  collectRemoveFile: (name) => `Remove ${name}`,
  collectClear: "Clear the list",
  collectRefusedLabel: "Files that cannot be read",
  collectRefused: (count) => (count === 1 ? "1 file cannot be read and is left out:" : `${count} files cannot be read and are left out:`),
  refusals: {
    "old-excel": "in the old Excel format (.xls). Open it in Excel and save it as .xlsx.",
    "macro-workbook": "a workbook with macros (.xlsm, .xlsb). Save it as .xlsx.",
    "lock-file": "Excel's lock file for an open workbook, not a submission.",
    "not-a-workbook": "not an Excel workbook (.xlsx).",
  },
  fileRefused: (name, why) => `${name} is ${why}`,
  collectPeriod: (period, name) => `Collection is for the period ${period}${name === "" ? "" : ` (${name})`}, chosen in step 1.`,
  collectProgress: (done, total) => `${done} of ${total} files read`,
  collectDone: (files, problems, missing) => `Done: ${files} files read, ${problems} problems found${missing === 0 ? "" : `, ${missing === 1 ? "1 unit has" : `${missing} units have`} not handed in`}. See step 4.`,
  collectSheetsDone: (units, problems) => `Done: ${units} units' sheets read, ${problems} problems found. See step 4.`,
  collectDate: "Collection date",
  logUser: "Your name in the log",
  logUserHint: "Written on the Logg sheet with every collection, assessment and plan copy the pane writes.",
  needCollection: "First collect the units' reports in step 3.",
  downloadConsolidated: "Download the consolidated workbook",
  writeConsolidated: "Write the consolidation into the workbook",
  consolidatedWritten: (sheets) => `${sheets} sheets were written into the workbook.`,
  reviewStatus: "Reporting status",
  reviewTriage: "Where things stand",
  reviewCountsLabel: "Units per status",
  reviewMissing: (count) => `Not handed in (${count})`,
  reviewLate: (count) => `Late (${count})`,
  reviewLateMeans: (deadline) =>
    `Late: handed in after the last day${deadline === null ? "" : ` (${deadline})`}, by the unit's own mark in the template or, where there is none, the file's change time. A copy saved again today therefore looks late; ask the unit to set the mark.`,
  reviewByUnit: "Errors and warnings per unit",
  overviewTitle: "Overview",
  overviewOrganisation: "Organisation",
  overviewStatuses: "The indicators' values by colour",
  overviewGoals: "The goals by assessment",
  overviewTree: (organisation) => `The goals of ${organisation}, from vision to unit`,
  overviewTreeHint: "Open a goal for its indicators, and an indicator for the units below.",
  goalLevels: { vision: "Vision", priorityArea: "Priority area", resultGoal: "Result goal", administrationGoal: "Administration goal", divisionGoal: "Division goal" },
  treeIndicators: (goal) => `Indicators under ${goal}`,
  treeGoalsUnder: (goal) => `Goals under ${goal}`,
  treeUnitsOf: (indicator) => `The units for ${indicator}`,
  treeActual: "Outcome and target",
  treeTarget: (target) => `target ${target}`,
  treeStatus: "Status",
  remindTitle: "Reminder",
  remindLead: (deadline, passed) => (deadline === null ? "The plan sets no last day." : `The last day for handing in ${passed ? "was" : "is"} ${deadline}.`),
  remindListLabel: "Units to remind",
  remindNoEmail: "no e-mail in Organisation",
  remindNoManager: "no manager given",
  remindMail: (count) => `Write the reminder to ${count === 1 ? "1 unit" : `${count} units`} (e-mail, blind copy)`,
  remindWithoutEmail: (count) => `${count === 1 ? "1 unit has" : `${count} units have`} no e-mail and must be reached some other way.`,
  remindCopy: "Copy the list",
  remindCopied: "The list is copied: paste it into an e-mail or into Excel.",
  remindCopyFailed: "Copying did not work. Select the list and copy it with Ctrl+C.",
  reviewUnitCounts: (errors, warnings) => `${errors} errors, ${warnings} warnings`,
  reviewNoUnit: "Files without a unit",
  reviewAllProblems: "All problems",
  reviewProblems: "Problems",
  reviewFilter: "Show",
  reviewAll: "All",
  reviewErrors: "Errors only",
  reviewWarnings: "Warnings only",
  reviewSearch: "Search (unit, file, text)",
  reviewNone: "No problems to show.",
  reviewShowCell: "Show the cell",
  reviewCounts: (shown, total) => `${shown} of ${total} shown`,
  stateWords: { submitted: "Submitted", late: "Late", submittedWithErrors: "Submitted with errors", missing: "Missing" },
  severity: { error: "Error", warning: "Warning" },
  unitColumn: "Unit",
  stateColumn: "Status",
  filledColumn: "Filled in",
  assessLead: "Each goal with its computed assessment. Set your own when you know more than the numbers; it must be justified.",
  assessComputed: "Computed",
  assessScore: "Score",
  assessCoverage: "Coverage",
  assessEffective: "In force",
  assessOwn: "Own assessment",
  assessJustification: "Justification",
  assessProposal: "Proposed by Puls from the outcomes: save it as it is or rewrite it.",
  assessBy: "Assessed by",
  assessSave: "Save the assessment",
  assessSaved: "The assessment is saved.",
  assessCancel: "Cancel",
  assessTree: "All goals, from vision to division goal",
  assessTermsLabel: "What the words mean",
  assessComputedMeans: "Puls's assessment from the indicators' colours, by the plan's rule.",
  assessScoreMeans: "How close the goal's indicators and sub-goals are to full attainment (green 100\u00a0%, yellow 50\u00a0%, red 0\u00a0%), weighted; those without a value do not count.",
  assessCoverageMeans: "How much of them (weighted) has a value; below the plan's minimum coverage the goal cannot be assessed.",
  assessEffectiveMeans: "The assessment the reports use: your own where you set one, else the computed one.",
  assessNoChoice: "Choose an assessment",
  assessStoredExcel: "Assessments are stored on the sheet Bedömningar in the workbook.",
  assessStoredBrowser: "Assessments are kept in the browser until you download the plan with them.",
  downloadPlan: "Download the plan with outcomes and assessments",
  assessFilter: "Show goals",
  assessAllGoals: "All goals",
  assessOnlyOwn: "With own assessment",
  assessResultGoals: "Result goals",
  assessSearch: "Search goals (id, name, organisation)",
  reportsLead: (period) => `The reports for ${period}, from the plan and what was collected.`,
  reportsPlanOnly: "Nothing was collected in step 3: the reports use the plan's own outcomes.",
  reportNames: { operational: "Operational report", political: "Political analysis", annual: "Annual report", interim: "Interim report" },
  reportMake: "Make",
  reportMakeDraft: "Make a draft",
  reportDraftOnly: (why) => `${why} The report can be made only as a draft, marked Draft on every page.`,
  reportInWorkbook: "Write into the workbook",
  reportNewWorkbook: "Open as a new workbook",
  reportWritten: (sheets) => `${sheets} sheets were written into the workbook.`,
  nextLead: (year) =>
    `Make the plan for ${year} from this one: the same organisation, goals and indicators (same ids), next year's periods, all history, proposed targets and what the planning should take up. The plan you have open is not changed.`,
  nextWithCollection: (period) => `The outcomes collected for ${period} are carried as history.`,
  nextYear: "The year of the new plan",
  nextMake: (year) => `Make the plan for ${year}`,
  nextOpened: (year) => `The plan for ${year} was opened as a new workbook. Save it under a name of its own.`,
  nextSummary: (raised, total, findings) => `${total} targets proposed, ${raised} of them raised to the outcome (see the Förslag column on the Målvärden sheet). ${findings} findings for the planning:`,
  nextNoFindings: "No findings: no goal or indicator stands out.",
  nextFindingsLabel: "For the planning, per goal",
};

export const WIZARD_TEXTS: Readonly<Record<Language, Texts>> = { sv, en };
export type WizardTexts = Texts;

/** The language for Office's display language ("sv-SE" → Swedish; anything else English). */
export function languageOf(displayLanguage: string | undefined): Language {
  return displayLanguage === undefined || displayLanguage.toLowerCase().startsWith("sv") ? "sv" : "en";
}
