/**
 * `puls collect`: read the units' filled-in workbooks, check them, consolidate and write the result.
 */
import { writeXlsxFile } from "../../node/write-xlsx-file";
import path from "node:path";
import { collectFiles } from "../../node/collect";
import { expandInputs } from "../../node/files";
import { summarise, toSummaryProblem } from "../../workbook/collect/summary";
import { consolidatedWorkbook, planWithConsolidation } from "../../workbook/collect/write-consolidated";
import { CommandError, UsageError, progress, type CliContext } from "../context";
import { common, optionalString, parse, required } from "../options";
import { loadPlan, periodOf } from "../plan-file";
import { renderSummary } from "../render-summary";
import { TEXTS } from "../texts";

export const COLLECT_HELP = `puls collect --plan PLAN [--period ID] --out FIL [--into-plan] [--date ÅÅÅÅ-MM-DD] INDATA…

Läser enheternas ifyllda arbetsböcker (filer, mappar eller mönster), kontrollerar dem, sammanställer
och skriver Utfall, Inrapporteringsstatus, Avvikelser, Status och Målbedömning till en ny arbetsbok.
Indatafilerna ändras aldrig. Körningen slutförs även när enheternas filer har fel: felen redovisas.

  --plan PLAN       planarbetsboken
  --period ID       perioden (standard: planens aktuella period)
  --out FIL         arbetsboken som skrivs (skrivs klart under ett tillfälligt namn, sedan byts namnet)
  --into-plan       skriv en kopia av planen med utfallet tillagt och de nya bladen efter
  --date DATUM      insamlingsdagen, för försenade aktiviteter (standard: i dag)

Exempel:
  puls collect --plan plan.xlsx --period 2026-D --out sammanstallning.xlsx inlamnat/
  puls collect --plan plan.xlsx --out plan-med-utfall.xlsx --into-plan "inlamnat/*.xlsx"`;

export async function collect(args: readonly string[], context: CliContext): Promise<number> {
  const { values, positionals } = parse(args, { plan: { type: "string" }, period: { type: "string" }, out: { type: "string" }, "into-plan": { type: "boolean" }, date: { type: "string" } }, true);
  const options = common(values);
  const planFile = path.resolve(context.cwd, required(values.plan, "plan"));
  const out = path.resolve(context.cwd, required(values.out, "out"));
  if (positionals.length === 0) throw new UsageError("Ange enheternas arbetsböcker: filer, mappar eller mönster.");
  const date = optionalString(values.date);
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date tar ett datum som 2026-09-21, inte "${date}".`);
  const { plan, problems: planProblems } = await loadPlan(planFile);
  const period = periodOf(plan, optionalString(values.period));
  const { files, notFound } = await expandInputs(positionals.map((input) => path.resolve(context.cwd, input)));
  if (notFound.length > 0) context.err(`Hittade inget i: ${notFound.join(", ")}\n`);
  const inputs = files.filter((file) => file !== out && file !== planFile);
  if (inputs.length === 0) throw new CommandError("Inga arbetsböcker (.xlsx) hittades i det som angavs.");
  const collectedAt = date === undefined ? context.now().toISOString().slice(0, 19) : `${date}T12:00:00`;
  const consolidation = await collectFiles(plan, period, inputs, { collectedAt, onFile: progress(context, TEXTS[options.lang].progress) });
  const book = values["into-plan"] === true ? planWithConsolidation(plan, consolidation) : consolidatedWorkbook(plan, consolidation);
  await writeXlsxFile(out, book);
  const summary = summarise(plan, consolidation.evaluation, consolidation.reporting, [...planProblems, ...consolidation.problems].map((p) => toSummaryProblem(p, options.lang)));
  if (options.json) context.out(JSON.stringify({ out, files: inputs.length, summary }, null, 2));
  else context.out(`${renderSummary(summary, options.lang)}\n\n${TEXTS[options.lang].wrote} ${out}`);
  return 0;
}
