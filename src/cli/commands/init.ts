/**
 * `puls init`: a new plan workbook, empty (headers and default settings) or the example municipality's.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { writeWorkbookFile } from "../../app/node";
import { newPlan } from "../../app/plan";
import { CommandError, type CliContext, type Bilingual } from "../context";
import { common, parse } from "../options";
import { TEXTS } from "../texts";

export const INIT_HELP: Bilingual = {
  sv: `puls init [--example] [--out FIL] [--force]

Skapar en ny planarbetsbok (mål- och resultatplan): tom med rubriker och standardinställningar,
eller med exempelkommunens plan.

  --example      exempelkommunens plan i stället för en tom
  --out FIL      var planen skrivs (standard: plan.xlsx)
  --force        skriv över en befintlig fil

Exempel:
  puls init --out mal-och-resultatplan-2027.xlsx
  puls init --example --out exempel.xlsx`,
  en: `puls init [--example] [--out FILE] [--force]

Makes a new plan workbook (goal and result plan): empty with headers and default settings, or with
the example municipality's plan.

  --example      the example municipality's plan instead of an empty one
  --out FILE     where the plan is written (default: plan.xlsx)
  --force        overwrite an existing file

Examples:
  puls init --out goal-plan-2027.xlsx
  puls init --example --out example.xlsx`,
};

export async function init(args: readonly string[], context: CliContext): Promise<number> {
  const { values } = parse(args, { example: { type: "boolean" }, out: { type: "string" }, force: { type: "boolean" } });
  const options = common(values);
  const out = path.resolve(context.cwd, typeof values.out === "string" ? values.out : "plan.xlsx");
  if (existsSync(out) && values.force !== true) {
    throw new CommandError({ sv: `${out} finns redan. Välj ett annat namn med --out, eller använd --force för att skriva över.`, en: `${out} already exists. Choose another name with --out, or use --force to overwrite it.` });
  }
  await writeWorkbookFile(out, newPlan(values.example === true));
  if (options.json) context.out(JSON.stringify({ plan: out, example: values.example === true }));
  else context.out(TEXTS[options.lang].wrotePlan(values.example === true, out));
  return 0;
}
