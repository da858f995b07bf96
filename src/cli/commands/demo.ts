/**
 * `puls demo`: the whole cycle on the bundled example municipality.
 */
import { swedishTime } from "../../core";
import path from "node:path";
import { summaryOf } from "../../app/collect";
import { logUser, runDemo } from "../../app/node";
import { progress, type CliContext, type Bilingual } from "../context";
import { common, parse } from "../options";
import { renderSummary } from "../render-summary";
import { TEXTS } from "../texts";

export const DEMO_HELP: Bilingual = {
  sv: `puls demo [--out MAPP]

Kör hela uppföljningen på exempelkommunen: planen, en inrapporteringsmall per enhet, enheternas
ifyllda arbetsböcker (med vanliga fel inplanterade), insamlingen, sammanställningen och de
rapporter som perioden 2026-D kräver (verksamhetsrapport, politisk analys och delårsrapport) i MAPP/rapporter.

  --out MAPP    var filerna skrivs (standard: out/demo)

Exempel:
  puls demo --out out/demo`,
  en: `puls demo [--out FOLDER]

Runs the whole follow-up on the example municipality: the plan, a report template per unit, the
units' filled-in workbooks (with common mistakes planted), the collection, the consolidation and
the reports the period 2026-D calls for (operational report, political analysis and interim report) in FOLDER/rapporter.

  --out FOLDER    where the files are written (default: out/demo)

Examples:
  puls demo --out out/demo`,
};

export async function demo(args: readonly string[], context: CliContext): Promise<number> {
  const { values } = parse(args, { out: { type: "string" }, user: { type: "string" } });
  const options = common(values);
  const folder = path.resolve(context.cwd, typeof values.out === "string" ? values.out : "out/demo");
  const result = await runDemo(folder, {
    user: logUser(typeof values.user === "string" ? values.user : undefined),
    now: swedishTime(context.now()),
    language: options.lang,
    onStep: (step) => {
      const steps: Readonly<Record<string, string>> = TEXTS[options.lang].steps;
      if (!options.json) context.err(`${steps[step] ?? step} …\n`);
    },
    onFile: progress(context, TEXTS[options.lang].progress),
  });
  const { plan, consolidation } = result;
  const summary = summaryOf(plan, consolidation, [], options.lang);
  if (options.json) {
    context.out(JSON.stringify({ ...result, plan: undefined, consolidation: undefined, reports: result.reports.map((report) => report.path), summary }, null, 2));
    return 0;
  }
  const files = TEXTS[options.lang].files;
  const line = (label: string, where: string) => `  ${`${label}:`.padEnd(24)}${where}`;
  context.out(
    [
      renderSummary(summary, options.lang),
      "",
      files.title,
      line(files.plan, result.planFile),
      line(`${files.templates} (${result.templates})`, result.templatesFolder),
      line(`${files.inputs} (${result.inputs})`, result.inputsFolder),
      line(files.consolidated, result.consolidatedFile),
      line(`${files.reports} (${result.reports.length})`, result.reportsFolder),
      ...result.reports.map((report) => `    ${report.path}`),
      line(files.log, result.reportLog),
      line(`${files.checklist} (${result.checklist.items.length})`, result.checklist.path),
    ].join("\n"),
  );
  return 0;
}
