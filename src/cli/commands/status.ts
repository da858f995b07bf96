/**
 * `puls status`: a readable summary of a period in the terminal, from a consolidated workbook
 * (with reporting status and problems) or from the plan's own Utfall.
 */
import path from "node:path";
import { evaluate } from "../../core";
import { summarise, toSummaryProblem } from "../../app/collect";
import { summaryProblemsOf } from "../../app/consolidated";
import { loadConsolidated } from "../consolidated-file";
import type { CliContext, Bilingual } from "../context";
import { common, optionalString, parse, required } from "../options";
import { loadPlan, periodOf } from "../plan-file";
import { renderSummary } from "../render-summary";

export const STATUS_HELP: Bilingual = {
  sv: `puls status --plan PLAN [--period ID] [--data SAMMANSTÄLLNING]

Visar en sammanfattning av perioden: inrapportering, status per färg, resultatmålens bedömning och
de viktigaste avvikelserna.

  --plan PLAN     planarbetsboken
  --period ID     perioden (standard: planens aktuella period)
  --data FIL      en sammanställning från puls collect (annars används planens blad Utfall)

Exempel:
  puls status --plan plan.xlsx --period 2026-D --data sammanstallning.xlsx`,
  en: `puls status --plan PLAN [--period ID] [--data CONSOLIDATED]

Shows a summary of the period: reporting, statuses by colour, the result goals' assessments and
the most important issues.

  --plan PLAN     the plan workbook
  --period ID     the period (default: the plan's current period)
  --data FILE     a consolidated workbook from puls collect (otherwise the plan's Utfall sheet)

Examples:
  puls status --plan plan.xlsx --period 2026-D --data consolidated.xlsx`,
};

export async function status(args: readonly string[], context: CliContext): Promise<number> {
  const { values } = parse(args, { plan: { type: "string" }, period: { type: "string" }, data: { type: "string" } });
  const options = common(values);
  const { plan, problems } = await loadPlan(path.resolve(context.cwd, required(values.plan, "plan")));
  const period = periodOf(plan, optionalString(values.period));
  const dataFile = optionalString(values.data);
  const consolidated = dataFile === undefined ? undefined : await loadConsolidated({ file: path.resolve(context.cwd, dataFile), shownAs: dataFile, plan, period }, context, options.lang);
  const evaluation = evaluate(plan, period, consolidated?.actuals ?? []);
  // The collection's problems are said again in the language asked for, from their codes and values.
  const summary = summarise(plan, evaluation, consolidated?.reporting ?? null, [...problems.map((p) => toSummaryProblem(p, options.lang)), ...summaryProblemsOf(consolidated?.problems ?? [], options.lang)]);
  context.out(options.json ? JSON.stringify(summary, null, 2) : renderSummary(summary, options.lang));
  return 0;
}
