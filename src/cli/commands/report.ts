/**
 * `puls report`: the operational report, the political analysis and the annual or interim report
 * for a period, as workbooks and Word documents.
 */
import path from "node:path";
import { OutputGuard, folderSink, nodeCharts, type CutInFile } from "../../app/node";
import { FORMATS_OF, REPORT_KINDS, makeReports, reportInput, type ReportFormat, type ReportKind } from "../../app/reports";
import { describeLocation, problemMessage, warning } from "../../core";
import { loadConsolidated } from "../consolidated-file";
import { UsageError, type Bilingual, type CliContext } from "../context";
import { common, optionalString, parse, required } from "../options";
import { loadPlan, periodOf } from "../plan-file";
import { TEXTS } from "../texts";

export const REPORT_HELP: Bilingual = {
  sv: `puls report RAPPORT --plan PLAN [--period ID] [--data SAMMANSTÄLLNING] --out MAPP [--format xlsx,docx]

Skriver en rapport för perioden. RAPPORT är en av:
  verksamhetsrapport   per verksamhetsområde och enhet (arbetsbok)
  politisk-analys      per resultatmål, med underlag och inför nästa plan (arbetsbok och Word)
  arsredovisning       måluppfyllelseavsnittet i årsredovisningen (arbetsbok och Word)
  delarsrapport        som årsredovisningen, med prognos för helåret (arbetsbok och Word)
  alla                 alla fyra

  --plan PLAN       planarbetsboken
  --period ID       perioden (standard: planens aktuella period)
  --data FIL        en sammanställning från puls collect (annars används planens blad Utfall)
  --out MAPP        mappen som rapporterna skrivs till (skapas vid behov)
  --format LISTA    xlsx, docx eller xlsx,docx (standard: båda)

Exempel:
  puls report delarsrapport --plan plan.xlsx --period 2026-D --data sammanstallning.xlsx --out rapporter
  puls report alla --plan plan.xlsx --data sammanstallning.xlsx --out rapporter --format docx`,
  en: `puls report REPORT --plan PLAN [--period ID] [--data CONSOLIDATED] --out FOLDER [--format xlsx,docx]

Writes a report for the period. REPORT is one of:
  verksamhetsrapport   operational report, per division and unit (workbook)
  politisk-analys      political analysis, per result goal, with data quality and the next plan (workbook and Word)
  arsredovisning       the goal-attainment section of the annual report (workbook and Word)
  delarsrapport        as the annual report, with full-year forecasts (workbook and Word)
  alla                 all four

  --plan PLAN       the plan workbook
  --period ID       the period (default: the plan's current period)
  --data FILE       a consolidated workbook from puls collect (otherwise the plan's Utfall sheet)
  --out FOLDER      the folder the reports are written to (made if needed)
  --format LIST     xlsx, docx or xlsx,docx (default: both)

Examples:
  puls report delarsrapport --plan plan.xlsx --period 2026-D --data consolidated.xlsx --out reports
  puls report alla --plan plan.xlsx --data consolidated.xlsx --out reports --format docx`,
};

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
  alla: REPORT_KINDS,
  all: REPORT_KINDS,
};

function formatsOf(value: string | undefined): ReportFormat[] {
  if (value === undefined) return ["xlsx", "docx"];
  const asked = value.split(",").map((part) => part.trim().toLowerCase()).filter((part) => part !== "");
  const unknown = asked.filter((part) => part !== "xlsx" && part !== "docx");
  if (asked.length === 0 || unknown.length > 0) throw new UsageError({ sv: `--format tar xlsx, docx eller xlsx,docx, inte "${value}".`, en: `--format takes xlsx, docx or xlsx,docx, not "${value}".` });
  return asked as ReportFormat[];
}

export async function report(args: readonly string[], context: CliContext): Promise<number> {
  const { values, positionals } = parse(args, { plan: { type: "string" }, period: { type: "string" }, data: { type: "string" }, out: { type: "string" }, format: { type: "string" } }, { allowPositionals: true });
  const options = common(values);
  const [name, ...rest] = positionals;
  if (name === undefined) throw new UsageError({ sv: "Ange vilken rapport: verksamhetsrapport, politisk-analys, arsredovisning, delarsrapport eller alla.", en: "Say which report: verksamhetsrapport, politisk-analys, arsredovisning, delarsrapport or alla." });
  const kinds = KIND_NAMES[name.toLowerCase()];
  if (kinds === undefined) throw new UsageError({ sv: `Okänd rapport: ${name}.`, en: `Unknown report: ${name}.` });
  if (rest.length > 0) throw new UsageError({ sv: `Ange en rapport åt gången (eller alla), inte ${positionals.join(" ")}.`, en: `Give one report at a time (or alla), not ${positionals.join(" ")}.` });
  const formats = formatsOf(optionalString(values.format));
  const folder = path.resolve(context.cwd, required(values.out, "out"));
  if (!kinds.some((kind) => FORMATS_OF[kind].some((format) => formats.includes(format)))) {
    throw new UsageError({ sv: "Verksamhetsrapporten finns bara som arbetsbok: använd --format xlsx.", en: "The operational report is a workbook only: use --format xlsx." });
  }
  const planFile = path.resolve(context.cwd, required(values.plan, "plan"));
  const { plan } = await loadPlan(planFile);
  const period = periodOf(plan, optionalString(values.period));
  const dataFile = optionalString(values.data);
  const source = dataFile === undefined ? ({ kind: "plan" } as const) : ({ kind: "consolidated", data: await loadConsolidated({ file: path.resolve(context.cwd, dataFile), shownAs: dataFile, plan, period }, context, options.lang) } as const);
  const guard = await OutputGuard.of([planFile, ...(dataFile === undefined ? [] : [path.resolve(context.cwd, dataFile)])]);
  await guard.check(folder, { folder: true });
  const cut: CutInFile[] = [];
  const made = await makeReports(
    {
      input: reportInput(plan, period, source),
      kinds,
      formats,
      language: options.lang,
      renderChart: nodeCharts,
      onFile: (file) => {
        if (context.interactive && !options.json) context.err(`${file.fileName}\n`);
      },
    },
    folderSink(folder, guard, (at) => cut.push(at)),
  );
  const written = made.map((file) => ({ ...file, path: path.join(folder, file.fileName) }));
  // A text too long for an Excel cell was cut: said once per cell, as a warning about that report.
  for (const at of cut) {
    const problem = warning("text-too-long", { file: at.file, sheet: at.sheet, cell: at.cell }, { length: at.length });
    context.err(`${describeLocation(problem.at)}: ${problemMessage(problem, options.lang)}\n`);
  }
  if (options.json) context.out(JSON.stringify({ period, files: written.map((file) => ({ report: file.kind, format: file.format, path: file.path })) }, null, 2));
  else context.out(`${TEXTS[options.lang].wrote}:\n${written.map((file) => `  ${file.path}`).join("\n")}`);
  return 0;
}
