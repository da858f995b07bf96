/**
 * `puls report`: the operational report, the political analysis and the annual or interim report
 * for a period, as workbooks and Word documents.
 */
import path from "node:path";
import { OutputGuard, PdfExportError, folderSink, makeReportsOnNode, nodePdf, type CutInFile, type PdfFailure } from "../../app/node";
import { FORMATS_OF, REPORT_KINDS, obstacleSentence, periodKindOf, prepareReports, reportInput, reportsForPeriod, type ReportFormat, type ReportKind, type ReportObstacle } from "../../app/reports";
import { CHECKLIST_KINDS, CHECKLIST_TEXTS, checklistLine, writeChecklist } from "../../app/checklist";
import { describeLocation, parsePeriodId, problemMessage, warning, type ChecklistItem, type Language, type Plan } from "../../core";
import { withLog } from "../../app/audit";
import { reportFolderLog, reportLog, reportLogFileName } from "../../app/report-log";
import { loadConsolidated } from "../consolidated-file";
import { USER_OPTION, logContextOf, logOfFile } from "../log-file";
import { CommandError, UsageError, type Bilingual, type CliContext } from "../context";
import { common, optionalString, parse, required } from "../options";
import { loadPlan, periodOf } from "../plan-file";
import { TEXTS } from "../texts";

export const REPORT_HELP: Bilingual = {
  sv: `puls report RAPPORT --plan PLAN [--period ID] [--data SAMMANSTÄLLNING] --out MAPP [--format xlsx,docx,pdf] [--draft] [--faststall NAMN] [--user NAMN]

Skriver en rapport för perioden. RAPPORT är en av:
  verksamhetsrapport   per verksamhetsområde och enhet (arbetsbok), för alla perioder
  politisk-analys      per resultatmål, med underlag och inför nästa plan (arbetsbok och Word)
  arsredovisning       måluppfyllelseavsnittet i årsredovisningen (arbetsbok och Word), för ett helår
  delarsrapport        som årsredovisningen, med prognos för helåret (arbetsbok och Word), för delåret
  alla                 det perioden kräver: verksamhetsrapport, politisk analys och
                       årsredovisning (helår) eller delårsrapport (delår, tertial, månad)

Politisk analys, årsredovisning och delårsrapport skrivs bara när minst planens lägsta täckning
av periodens värden har utfall. Med --draft skrivs rapporten ändå, märkt Utkast på varje sida.

Varje rapport loggas (rapport, period, underlagets fingeravtryck) i MAPP/Logg PERIOD.xlsx: underlagets
logg (sammanställningens, eller planens) och rapporternas poster efter. Rapportens första sida säger
vilken insamling i loggen den gjordes från. Med --faststall NAMN märks rapporterna Fastställda av NAMN
i dag, i loggen och på första sidan; görs de senare om i samma mapp från ändrat underlag blir de Utkast.

  --plan PLAN       planarbetsboken
  --period ID       perioden (standard: planens aktuella period)
  --data FIL        en sammanställning från puls collect (annars används planens blad Utfall)
  --out MAPP        mappen som rapporterna skrivs till (skapas vid behov)
  --format LISTA    xlsx, docx, pdf eller flera med kommatecken (standard: xlsx,docx);
                    pdf är taggad PDF (PDF/UA) av Word-dokumentet, gjord med LibreOffice
  --draft           skriv rapporterna som utkast (Utkast på varje sida), även de perioden inte tillåter
  --faststall NAMN  fastställ rapporterna i NAMN (inte med --draft)
  --user NAMN       vem som gör rapporterna, för loggen (standard: datorns användare)

Exempel:
  puls report delarsrapport --plan plan.xlsx --period 2026-D --data sammanstallning.xlsx --out rapporter
  puls report alla --plan plan.xlsx --data sammanstallning.xlsx --out rapporter --format docx
  puls report delarsrapport --plan plan.xlsx --data sammanstallning.xlsx --out rapporter --faststall "Eva Controller"`,
  en: `puls report REPORT --plan PLAN [--period ID] [--data CONSOLIDATED] --out FOLDER [--format xlsx,docx,pdf] [--draft] [--faststall NAME] [--user NAME]

Writes a report for the period. REPORT is one of:
  verksamhetsrapport   operational report, per division and unit (workbook), for any period
  politisk-analys      political analysis, per result goal, with data quality and the next plan (workbook and Word)
  arsredovisning       the goal-attainment section of the annual report (workbook and Word), for a full year
  delarsrapport        as the annual report, with full-year forecasts (workbook and Word), for the interim period
  alla                 what the period calls for: the operational report, the political analysis and
                       the annual report (full year) or the interim report (interim, tertial, month)

The political analysis, annual and interim report are written only when at least the plan's
minimum coverage of the period's values have an outcome. With --draft they are written anyway,
marked Draft on every page.

Each report is logged (report, period, the data's fingerprint) in FOLDER/Logg PERIOD.xlsx: the data's
log (the consolidated workbook's, or the plan's) with the reports' entries after. A report's first
page says which collection in the log it was made from. With --faststall NAME the reports are signed
off (Fastställd) by NAME today, in the log and on the first page; made again into the same folder
from changed data, they are drafts.

  --plan PLAN       the plan workbook
  --period ID       the period (default: the plan's current period)
  --data FILE       a consolidated workbook from puls collect (otherwise the plan's Utfall sheet)
  --out FOLDER      the folder the reports are written to (made if needed)
  --format LIST     xlsx, docx, pdf or several with commas (default: xlsx,docx);
                    pdf is tagged PDF (PDF/UA) of the Word document, made with LibreOffice
  --draft           write the reports as drafts (Draft on every page), also those the period does not allow
  --faststall NAME  sign the reports off in NAME (not with --draft)
  --user NAME       who makes the reports, for the log (default: the computer's user)

Examples:
  puls report delarsrapport --plan plan.xlsx --period 2026-D --data consolidated.xlsx --out reports
  puls report alla --plan plan.xlsx --data consolidated.xlsx --out reports --format docx`,
};

/** The checklist as the command prints it: the file, then each kind of item with its first lines. */
function checklistLines(items: readonly ChecklistItem[], file: string, language: Language): string[] {
  const t = CHECKLIST_TEXTS[language];
  if (items.length === 0) return [t.empty(file)];
  const lines = [t.heading(items.length, file)];
  const kinds = [...new Set(items.map((item) => item.kind))];
  for (const kind of kinds) {
    const ofKind = items.filter((item) => item.kind === kind);
    lines.push(`  ${CHECKLIST_KINDS[language][kind]} (${ofKind.length}):`);
    for (const item of ofKind.slice(0, SHOWN_PER_KIND)) lines.push(`    ${checklistLine(item, language)}`);
    if (ofKind.length > SHOWN_PER_KIND) lines.push(`    ${t.more(ofKind.length - SHOWN_PER_KIND)}`);
  }
  return lines;
}

/** How many items of a kind the command prints; the file has them all. */
const SHOWN_PER_KIND = 3;

/** The report names the command accepts (Swedish with or without å/ä, and English). */
const KIND_NAMES: Readonly<Record<string, readonly ReportKind[]>> = {
  verksamhetsrapport: ["operational"],
  operational: ["operational"],
  "politisk-analys": ["political"],
  political: ["political"],
  "political-analysis": ["political"],
  arsredovisning: ["annual"],
  "årsredovisning": ["annual"],
  annual: ["annual"],
  delarsrapport: ["interim"],
  "delårsrapport": ["interim"],
  interim: ["interim"],
};

/** The reports by name, as the CLI says them. */
const REPORT_NAMES: Readonly<Record<"sv" | "en", Readonly<Record<ReportKind, string>>>> = {
  sv: { operational: "Verksamhetsrapporten", political: "Den politiska analysen", annual: "Årsredovisningen", interim: "Delårsrapporten" },
  en: { operational: "The operational report", political: "The political analysis", annual: "The annual report", interim: "The interim report" },
};

/** The names that make what the period calls for. */
const ALL_NAMES = new Set(["alla", "all"]);

/** The period of a kind in the same year, as the plan lists it ("2026", "2026-D"), or as its id would be. */
function periodOfKind(plan: Plan, period: string, kind: "fullYear" | "interim"): string {
  const year = parsePeriodId(period)?.year ?? plan.settings.year;
  const listed = plan.periods.find((candidate) => candidate.type === kind && parsePeriodId(candidate.id)?.year === year);
  return listed?.id ?? (kind === "fullYear" ? String(year) : `${year}-D`);
}

/**
 * Why a report is refused, and what to do, in one or two sentences with the command's own words:
 * "Årsredovisningen görs för ett helår; perioden 2026-D är ett delår. Välj --period 2026 eller
 * skriv Delårsrapporten (puls report delarsrapport); ett utkast skrivs med --draft."
 */
export function refusal(obstacles: readonly ReportObstacle[], plan: Plan, period: string): Bilingual {
  const say = (language: "sv" | "en") => {
    const sentences = obstacles.map((obstacle) => obstacleSentence(obstacle, language));
    const onPeriod = obstacles.find((obstacle) => obstacle.kind === "period");
    const thin = obstacles.some((obstacle) => obstacle.kind === "coverage");
    if (onPeriod !== undefined) {
      const other = onPeriod.report === "annual" ? "interim" : "annual";
      const right = periodOfKind(plan, period, onPeriod.report === "annual" ? "fullYear" : "interim");
      // The other report only where the period allows it: a tertial has neither.
      const otherFits = !thin && ((other === "interim" && periodKindOf(plan, period) === "interim") || (other === "annual" && periodKindOf(plan, period) === "fullYear"));
      const command = other === "interim" ? "puls report delarsrapport" : "puls report arsredovisning";
      sentences.push(
        language === "sv"
          ? `Välj --period ${right}${otherFits ? ` eller skriv ${other === "interim" ? "Delårsrapporten" : "Årsredovisningen"} (${command})` : ""}${thin ? ", samla in fler inrapporteringar" : ""} eller skriv ett utkast med --draft.`
          : `Choose --period ${right}${otherFits ? ` or write the ${other === "interim" ? "interim report" : "annual report"} (${command})` : ""}${thin ? ", collect more reports" : ""} or write a draft with --draft.`,
      );
    } else if (thin) {
      sentences.push(language === "sv" ? "Samla in fler inrapporteringar eller skriv ett utkast med --draft." : "Collect more reports or write a draft with --draft.");
    }
    return sentences.join(" ");
  };
  return { sv: say("sv"), en: say("en") };
}

/** Why no PDF was written, and what to do: one sentence each. */
const PDF_FAILURES: Readonly<Record<PdfFailure, Bilingual>> = {
  missing: {
    sv: "PDF skrivs med LibreOffice, som inte finns på den här datorn (programmet soffice). Installera LibreOffice, eller skriv Word-dokumentet med --format docx och spara det som PDF i Word (Arkiv › Spara som › PDF, med Dokumentstrukturtaggar för tillgänglighet).",
    en: "PDF is written with LibreOffice, which is not on this computer (the program soffice). Install LibreOffice, or write the Word document with --format docx and save it as PDF in Word (File › Save as › PDF, with Document structure tags for accessibility).",
  },
  failed: { sv: "LibreOffice kunde inte göra PDF av Word-dokumentet. Skriv det med --format docx och spara som PDF i Word, eller försök igen.", en: "LibreOffice could not turn the Word document into PDF. Write it with --format docx and save it as PDF in Word, or try again." },
  timeout: { sv: "LibreOffice blev inte klar med PDF:en inom tre minuter och stoppades. Stäng andra LibreOffice-fönster och försök igen, eller skriv --format docx.", en: "LibreOffice did not finish the PDF within three minutes and was stopped. Close other LibreOffice windows and try again, or write --format docx." },
};

function formatsOf(value: string | undefined): ReportFormat[] {
  if (value === undefined) return ["xlsx", "docx"];
  const asked = value.split(",").map((part) => part.trim().toLowerCase()).filter((part) => part !== "");
  const unknown = asked.filter((part) => part !== "xlsx" && part !== "docx" && part !== "pdf");
  if (asked.length === 0 || unknown.length > 0) throw new UsageError({ sv: `--format tar xlsx, docx, pdf eller flera med kommatecken (xlsx,docx), inte "${value}".`, en: `--format takes xlsx, docx, pdf or several with commas (xlsx,docx), not "${value}".` });
  return asked as ReportFormat[];
}

export async function report(args: readonly string[], context: CliContext): Promise<number> {
  const { values, positionals } = parse(args, { plan: { type: "string" }, period: { type: "string" }, data: { type: "string" }, out: { type: "string" }, format: { type: "string" }, draft: { type: "boolean" }, faststall: { type: "string" }, ...USER_OPTION }, { allowPositionals: true });
  const options = common(values);
  const [name, ...rest] = positionals;
  if (name === undefined) throw new UsageError({ sv: "Ange vilken rapport: verksamhetsrapport, politisk-analys, arsredovisning, delarsrapport eller alla.", en: "Say which report: verksamhetsrapport, politisk-analys, arsredovisning, delarsrapport or alla." });
  const all = ALL_NAMES.has(name.toLowerCase());
  const asked = all ? REPORT_KINDS : KIND_NAMES[name.toLowerCase()];
  if (asked === undefined) throw new UsageError({ sv: `Okänd rapport: ${name}.`, en: `Unknown report: ${name}.` });
  if (rest.length > 0) throw new UsageError({ sv: `Ange en rapport åt gången (eller alla), inte ${positionals.join(" ")}.`, en: `Give one report at a time (or alla), not ${positionals.join(" ")}.` });
  const formats = formatsOf(optionalString(values.format));
  const folder = path.resolve(context.cwd, required(values.out, "out"));
  if (!asked.some((kind) => FORMATS_OF[kind].some((format) => formats.includes(format)))) {
    throw new UsageError({ sv: "Verksamhetsrapporten finns bara som arbetsbok: använd --format xlsx.", en: "The operational report is a workbook only: use --format xlsx." });
  }
  const planFile = path.resolve(context.cwd, required(values.plan, "plan"));
  const { plan } = await loadPlan(planFile);
  const period = periodOf(plan, optionalString(values.period));
  const dataFile = optionalString(values.data);
  const source = dataFile === undefined ? ({ kind: "plan" } as const) : ({ kind: "consolidated", data: await loadConsolidated({ file: path.resolve(context.cwd, dataFile), shownAs: dataFile, plan, period }, context, options.lang) } as const);
  const draft = values.draft === true;
  const signOffBy = optionalString(values.faststall);
  if (signOffBy !== undefined && draft) throw new UsageError({ sv: "Ett utkast kan inte fastställas: ange --faststall eller --draft, inte båda.", en: "A draft cannot be signed off: give --faststall or --draft, not both." });
  const input = reportInput(plan, period, source);
  const prepared = prepareReports(input);
  const obstaclesOf = (kind: ReportKind) => prepared.allowances.find((allowance) => allowance.kind === kind)?.obstacles ?? [];
  // `alla` makes what the period calls for, and without --draft leaves out a council report the data is too thin for; it says which it left out and why.
  let kinds: readonly ReportKind[] = asked;
  const skipped: { kind: ReportKind; why: Bilingual }[] = [];
  if (all) {
    const called = reportsForPeriod(plan, period);
    for (const kind of REPORT_KINDS.filter((candidate) => !called.includes(candidate))) {
      const because = obstaclesOf(kind).filter((obstacle) => obstacle.kind === "period");
      skipped.push({ kind, why: { sv: because.map((obstacle) => obstacleSentence(obstacle, "sv")).join(" "), en: because.map((obstacle) => obstacleSentence(obstacle, "en")).join(" ") } });
    }
    kinds = called.filter((kind) => draft || obstaclesOf(kind).length === 0);
    for (const kind of called.filter((candidate) => !kinds.includes(candidate))) skipped.push({ kind, why: refusal(obstaclesOf(kind), plan, period) });
  } else {
    const kind = asked[0];
    const obstacles = kind === undefined ? [] : obstaclesOf(kind);
    if (!draft && obstacles.length > 0) throw new CommandError(refusal(obstacles, plan, period));
  }
  const guard = await OutputGuard.of([planFile, ...(dataFile === undefined ? [] : [path.resolve(context.cwd, dataFile)])]);
  await guard.check(folder, { folder: true });
  // The log: the data's (the consolidated workbook's, else the plan's), with the folder's earlier report entries and this run's.
  const logFile = reportLogFileName(period);
  const dataLog = await logOfFile(dataFile === undefined ? planFile : path.resolve(context.cwd, dataFile));
  const logged = reportLog({ log: reportFolderLog(dataLog, await logOfFile(path.join(folder, logFile))), input, kinds, context: logContextOf(values.user, context), language: options.lang, ...(signOffBy === undefined ? {} : { signOffBy }) });
  const cut: CutInFile[] = [];
  const made = await makeReportsOnNode(
    {
      input,
      prepared,
      firstPage: logged.firstPage,
      draftsBecause: logged.draftsBecause,
      kinds,
      formats,
      draft,
      language: options.lang,
      toPdf: async (docx, fileName) => {
        try {
          return await nodePdf(docx, fileName);
        } catch (caught) {
          if (caught instanceof PdfExportError) throw new CommandError(PDF_FAILURES[caught.failure]);
          throw caught;
        }
      },
      onFile: (file) => {
        if (context.interactive && !options.json) context.err(`${file.fileName}\n`);
      },
    },
    folderSink(folder, guard, (at) => cut.push(at)),
  );
  const written = made.map((file) => ({ ...file, path: path.join(folder, file.fileName) }));
  await folderSink(folder, guard).write(logFile, { workbook: withLog({ sheets: [] }, logged.log) });
  const redrafted = kinds.filter((kind) => logged.draftsBecause[kind] !== undefined);
  // What is open before the council gets the reports: beside them as a file, and printed (never in the documents).
  const checked = await writeChecklist(prepared.followUp, folderSink(folder, guard, (at) => cut.push(at)), options.lang);
  // A text too long for an Excel cell was cut: said once per cell, as a warning about that report.
  for (const at of cut) {
    const problem = warning("text-too-long", { file: at.file, sheet: at.sheet, cell: at.cell }, { length: at.length });
    context.err(`${describeLocation(problem.at)}: ${problemMessage(problem, options.lang)}\n`);
  }
  const t = TEXTS[options.lang];
  if (options.json)
    context.out(
      JSON.stringify(
        {
          period,
          draft,
          fingerprint: logged.fingerprint,
          log: path.join(folder, logFile),
          signedOff: signOffBy ?? null,
          draftsSinceSignOff: redrafted,
          files: written.map((file) => ({ report: file.kind, format: file.format, path: file.path })),
          skipped: skipped.map((left) => ({ report: left.kind, reason: left.why[options.lang] })),
          checklist: { path: path.join(folder, checked.fileName), items: checked.items.map((item) => ({ kind: item.kind, text: checklistLine(item, options.lang) })) },
        },
        null,
        2,
      ),
    );
  else
    context.out(
      [
        `${draft ? t.wroteDrafts : t.wrote}:`,
        ...written.map((file) => `  ${file.path}`),
        `  ${path.join(folder, logFile)}`,
        ...(signOffBy === undefined ? [] : [t.signedOff(signOffBy)]),
        ...redrafted.map((kind) => `${REPORT_NAMES[options.lang][kind]}: ${(logged.draftsBecause[kind] ?? []).map((obstacle) => obstacleSentence(obstacle, options.lang)).join(" ")}`),
        ...skipped.map((left) => `${t.skipped(REPORT_NAMES[options.lang][left.kind])}: ${left.why[options.lang]}`),
        ...checklistLines(checked.items, path.join(folder, checked.fileName), options.lang),
      ].join("\n"),
    );
  // A council report left out for want of data is a report asked for and not written.
  return skipped.some((left) => obstaclesOf(left.kind).some((obstacle) => obstacle.kind === "coverage") && reportsForPeriod(plan, period).includes(left.kind)) ? 1 : 0;
}
