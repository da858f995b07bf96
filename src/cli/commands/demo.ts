/**
 * `puls demo`: the whole cycle on the bundled example municipality.
 */
import path from "node:path";
import { runDemo } from "../../node/demo";
import { summarise, toSummaryProblem } from "../../workbook/collect/summary";
import { progress, type CliContext } from "../context";
import { common, parse } from "../options";
import { renderSummary } from "../render-summary";

export const DEMO_HELP = `puls demo [--out MAPP]

Kör hela uppföljningen på exempelkommunen: planen, en inrapporteringsmall per enhet, enheternas
ifyllda arbetsböcker (med vanliga fel inplanterade), insamlingen och sammanställningen.

  --out MAPP    var filerna skrivs (standard: out/demo)

Exempel:
  puls demo --out out/demo`;

const STEPS = {
  plan: "Skapar exempelkommunens plan",
  templates: "Skapar inrapporteringsmallar",
  inputs: "Skapar enheternas ifyllda arbetsböcker (med inplanterade fel)",
  collect: "Samlar in och sammanställer",
} as const;

export async function demo(args: readonly string[], context: CliContext): Promise<number> {
  const { values } = parse(args, { out: { type: "string" } });
  const options = common(values);
  const folder = path.resolve(context.cwd, typeof values.out === "string" ? values.out : "out/demo");
  const result = await runDemo(folder, {
    now: context.now().toISOString().slice(0, 19),
    onStep: (step) => {
      if (!options.json) context.err(`${STEPS[step as keyof typeof STEPS] ?? step} …\n`);
    },
    onFile: progress(context, "Läser"),
  });
  const { plan, consolidation } = result;
  const summary = summarise(plan, consolidation.evaluation, consolidation.reporting, consolidation.problems.map((p) => toSummaryProblem(p, options.lang)));
  if (options.json) {
    context.out(JSON.stringify({ ...result, plan: undefined, consolidation: undefined, summary }, null, 2));
    return 0;
  }
  context.out(
    [
      renderSummary(summary, options.lang),
      "",
      "Filerna:",
      `  Planen:                ${result.planFile}`,
      `  Mallar (${result.templates}):          ${result.templatesFolder}`,
      `  Inlämnade (${result.inputs}):       ${result.inputsFolder}`,
      `  Sammanställningen:     ${result.consolidatedFile}`,
    ].join("\n"),
  );
  return 0;
}
