/**
 * `puls templates`: the units' report templates for a period, one file per unit or one shared workbook.
 */
import path from "node:path";
import { swedishClock } from "../../app/clock";
import { OutputGuard, folderSink, writeWorkbookFile } from "../../app/node";
import { makeTemplates, reportingUnits, sharedTemplate } from "../../app/templates";
import { CommandError, UsageError, progress, type CliContext, type Bilingual } from "../context";
import { common, optionalString, parse, required } from "../options";
import { loadPlan, periodOf } from "../plan-file";
import { TEXTS } from "../texts";

export const TEMPLATES_HELP: Bilingual = {
  sv: `puls templates --plan PLAN [--period ID] (--out MAPP | --shared FIL) [--units ID,ID]

Skapar inrapporteringsmallar från planen: en arbetsbok per enhet och period, eller en gemensam
arbetsbok med ett blad per enhet.

  --plan PLAN      planarbetsboken
  --period ID      perioden, t.ex. 2026-D (standard: planens aktuella period)
  --out MAPP       mapp för en fil per enhet
  --shared FIL     en gemensam arbetsbok i stället
  --units ID,ID    bara dessa enheter (standard: alla som rapporterar)

Exempel:
  puls templates --plan plan.xlsx --period 2026-D --out mallar/
  puls templates --plan plan.xlsx --shared 2026-D-alla-enheter.xlsx`,
  en: `puls templates --plan PLAN [--period ID] (--out FOLDER | --shared FILE) [--units ID,ID]

Makes report templates from the plan: one workbook per unit and period, or one shared workbook
with a sheet per unit.

  --plan PLAN      the plan workbook
  --period ID      the period, e.g. 2026-D (default: the plan's current period)
  --out FOLDER     a folder for one file per unit
  --shared FILE    one shared workbook instead
  --units ID,ID    only these units (default: every unit that reports)

Examples:
  puls templates --plan plan.xlsx --period 2026-D --out templates/
  puls templates --plan plan.xlsx --shared 2026-D-all-units.xlsx`,
};

export async function templates(args: readonly string[], context: CliContext): Promise<number> {
  const { values } = parse(args, { plan: { type: "string" }, period: { type: "string" }, out: { type: "string" }, shared: { type: "string" }, units: { type: "string" } });
  const options = common(values);
  const planFile = path.resolve(context.cwd, required(values.plan, "plan"));
  const out = optionalString(values.out);
  const shared = optionalString(values.shared);
  if ((out === undefined) === (shared === undefined)) throw new UsageError({ sv: "Ange antingen --out MAPP eller --shared FIL.", en: "Give either --out FOLDER or --shared FILE." });
  const { plan } = await loadPlan(planFile);
  const period = periodOf(plan, optionalString(values.period));
  const reporters = reportingUnits(plan);
  const asked = optionalString(values.units)?.split(",").map((u) => u.trim()).filter(Boolean);
  const unknown = asked?.filter((u) => !reporters.includes(u)) ?? [];
  if (unknown.length > 0) throw new CommandError({ sv: `Dessa enheter rapporterar inget enligt planen: ${unknown.join(", ")}.`, en: `These units report nothing according to the plan: ${unknown.join(", ")}.` });
  const request = { plan, period, units: asked ?? reporters, createdAt: swedishClock(context.now).now() };
  const guard = await OutputGuard.of([planFile]);
  let written: string[];
  if (shared !== undefined) {
    const file = path.resolve(context.cwd, shared);
    await guard.check(file);
    await writeWorkbookFile(file, sharedTemplate(request));
    written = [file];
  } else {
    const folder = path.resolve(context.cwd, out as string);
    const names = await makeTemplates({ ...request, onFile: progress(context, TEXTS[options.lang].progress) }, folderSink(folder, guard));
    written = names.map((name) => path.join(folder, name));
  }
  if (options.json) context.out(JSON.stringify({ period, files: written }));
  else context.out(TEXTS[options.lang].wroteTemplates(shared !== undefined, written.length, period, shared !== undefined ? (written[0] ?? "") : path.resolve(context.cwd, out as string)));
  return 0;
}
