/**
 * `puls collect`: read the units' filled-in workbooks, check them, consolidate and write the result.
 */
import path from "node:path";
import { collectionLog, recordedSources, withLog, type FileRecord } from "../../app/audit";
import { collectPeriod, collectedWorkbook, collectionTime, summarise, toSummaryProblem } from "../../app/collect";
import { OutputGuard, collectionThreads, expandInputs, fileSources, nodeDigest, writeWorkbookFile } from "../../app/node";
import { reportInputOf, warning } from "../../core";
import { CommandError, UsageError, progress, type CliContext, type Bilingual } from "../context";
import { common, optionalString, parse, required } from "../options";
import { USER_OPTION, logContextOf, logToCarry } from "../log-file";
import { loadPlan, periodOf } from "../plan-file";
import { renderSummary } from "../render-summary";
import { TEXTS } from "../texts";

export const COLLECT_HELP: Bilingual = {
  sv: `puls collect --plan PLAN [--period ID] --out FIL [--into-plan] [--date ÅÅÅÅ-MM-DD] [--user NAMN] INDATA…

Läser enheternas ifyllda arbetsböcker (filer, mappar eller mönster), kontrollerar dem, sammanställer
och skriver Utfall, Inrapporteringsstatus, Avvikelser, Status och Målbedömning till en ny arbetsbok,
med bladet Logg: insamlingen och varje fil som lästes (SHA-256, storlek, ändringstid), och
bedömningar som satts eller ändrats. Fanns arbetsboken redan med en Logg följer dess rader med.
Indatafilerna ändras aldrig. Körningen slutförs även när enheternas filer har fel: felen redovisas.

  --plan PLAN       planarbetsboken
  --period ID       perioden (standard: planens aktuella period)
  --out FIL         arbetsboken som skrivs (skrivs klart under ett tillfälligt namn, sedan byts namnet)
  --into-plan       skriv en kopia av planen med utfallet tillagt och de nya bladen efter
  --date DATUM      insamlingsdagen, för försenade aktiviteter (standard: i dag)
  --user NAMN       vem som samlar in, för loggen (standard: datorns användare)

Exempel:
  puls collect --plan plan.xlsx --period 2026-D --out sammanstallning.xlsx inlamnat/
  puls collect --plan plan.xlsx --out plan-med-utfall.xlsx --into-plan "inlamnat/*.xlsx"`,
  en: `puls collect --plan PLAN [--period ID] --out FILE [--into-plan] [--date YYYY-MM-DD] [--user NAME] INPUTS…

Reads the units' filled-in workbooks (files, folders or patterns), checks them, consolidates and
writes Utfall, Inrapporteringsstatus, Avvikelser, Status and Målbedömning to a new workbook, with
the sheet Logg: the collection and each file read (SHA-256, size, change time), and assessments
set or changed. Where the workbook was there already with a Logg, its rows are carried over. The
input files are never changed. The run completes even when units' files have problems: they are
reported.

  --plan PLAN       the plan workbook
  --period ID       the period (default: the plan's current period)
  --out FILE        the workbook written (under a temporary name, then renamed)
  --into-plan       write a copy of the plan with the outcomes added and the new sheets after
  --date DATE       the collection date, for overdue actions (default: today)
  --user NAME       who collects, for the log (default: the computer's user)

Examples:
  puls collect --plan plan.xlsx --period 2026-D --out consolidated.xlsx submitted/
  puls collect --plan plan.xlsx --out plan-with-outcomes.xlsx --into-plan "submitted/*.xlsx"`,
};

export async function collect(args: readonly string[], context: CliContext): Promise<number> {
  const { values, positionals } = parse(args, { plan: { type: "string" }, period: { type: "string" }, out: { type: "string" }, "into-plan": { type: "boolean" }, date: { type: "string" }, ...USER_OPTION }, { allowPositionals: true });
  const options = common(values);
  const planFile = path.resolve(context.cwd, required(values.plan, "plan"));
  const out = path.resolve(context.cwd, required(values.out, "out"));
  if (positionals.length === 0) throw new UsageError({ sv: "Ange enheternas arbetsböcker: filer, mappar eller mönster.", en: "Give the units' workbooks: files, folders or patterns." });
  const date = optionalString(values.date);
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError({ sv: `--date tar ett datum som 2026-09-21, inte "${date}".`, en: `--date takes a date like 2026-09-21, not "${date}".` });
  const inputPaths = positionals.map((input) => path.resolve(context.cwd, input));
  // Before anything is read: --out must not replace the plan or a unit's file, nor land in a folder read.
  const { files, notFound, folders } = await expandInputs(inputPaths);
  const guard = await OutputGuard.of([planFile, ...files], folders);
  await guard.check(out);
  const { plan, problems: planProblems } = await loadPlan(planFile);
  const period = periodOf(plan, optionalString(values.period));
  if (notFound.length > 0) context.err(`${TEXTS[options.lang].notFound}: ${notFound.join(", ")}\n`);
  const inputs = files;
  if (inputs.length === 0) throw new CommandError({ sv: "Inga arbetsböcker (.xlsx) hittades i det som angavs.", en: "No workbooks (.xlsx) were found in what was given." });
  // The collection runs in Swedish local time: at 00:30 on the day after the deadline, it is the day after.
  const collectedAt = collectionTime(date, context.now());
  const show = progress(context, TEXTS[options.lang].progress);
  // Progress names each file by its full path, as the user gave the folders.
  const onFile = (done: number, total: number, _name: string, index: number) => show(done, total, inputs[index] ?? "");
  const read: FileRecord[] = [];
  const consolidation = await collectPeriod({ plan, period, sources: recordedSources(fileSources(inputs), nodeDigest, read), collectedAt, onFile, parallel: collectionThreads() });
  // The log carried on: an earlier run's at --out, else the plan's (a copy of a plan Puls wrote).
  const log = collectionLog(await logToCarry(out, planFile), plan, consolidation, reportInputOf(plan, consolidation), read, logContextOf(values.user, context));
  const cut = await writeWorkbookFile(out, withLog(collectedWorkbook(plan, consolidation, values["into-plan"] === true), log));
  // Texts cut to Excel's limit are said as warnings about the cells of the workbook written.
  const cutWarnings = cut.map((at) => warning("text-too-long", { file: path.basename(out), sheet: at.sheet, cell: at.cell }, { length: at.length }));
  const summary = summarise(plan, consolidation.evaluation, consolidation.reporting, [...planProblems, ...consolidation.problems, ...cutWarnings].map((p) => toSummaryProblem(p, options.lang)));
  if (options.json) context.out(JSON.stringify({ out, files: inputs.length, summary }, null, 2));
  else context.out(`${renderSummary(summary, options.lang)}\n\n${TEXTS[options.lang].wrote} ${out}`);
  return 0;
}
