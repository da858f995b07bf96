/**
 * `puls init`: a new plan workbook, empty (headers and default settings) or the example municipality's.
 */
import { writeXlsxFile } from "../../node/write-xlsx-file";
import { existsSync } from "node:fs";
import path from "node:path";
import { DEFAULT_SETTINGS, type Plan } from "../../core";
import { examplePlan } from "../../example/generate-plan";
import { planWorkbook } from "../../workbook/plan/write-plan";
import { CommandError, type CliContext } from "../context";
import { common, parse } from "../options";

export const INIT_HELP = `puls init [--example] [--out FIL] [--force]

Skapar en ny planarbetsbok (mål- och resultatplan): tom med rubriker och standardinställningar,
eller med exempelkommunens plan.

  --example      exempelkommunens plan i stället för en tom
  --out FIL      var planen skrivs (standard: plan.xlsx)
  --force        skriv över en befintlig fil

Exempel:
  puls init --out mal-och-resultatplan-2027.xlsx
  puls init --example --out exempel.xlsx`;

const EMPTY_PLAN: Plan = { settings: DEFAULT_SETTINGS, periods: [], organisation: [], goals: [], indicators: [], targets: [], actuals: [], assessments: [], politicalAnalysis: [], peers: [] };

export async function init(args: readonly string[], context: CliContext): Promise<number> {
  const { values } = parse(args, { example: { type: "boolean" }, out: { type: "string" }, force: { type: "boolean" } });
  const options = common(values);
  const out = path.resolve(context.cwd, typeof values.out === "string" ? values.out : "plan.xlsx");
  if (existsSync(out) && values.force !== true) throw new CommandError(`${out} finns redan. Välj ett annat namn med --out, eller använd --force för att skriva över.`);
  const plan = values.example === true ? examplePlan() : EMPTY_PLAN;
  await writeXlsxFile(out, planWorkbook(plan));
  if (options.json) context.out(JSON.stringify({ plan: out, example: values.example === true }));
  else context.out(`Skrev ${values.example === true ? "exempelkommunens plan" : "en tom plan"} till ${out}`);
  return 0;
}
