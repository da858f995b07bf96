/**
 * The whole cycle on the example municipality: the plan, the units' templates, their filled-in
 * workbooks (with the planted problems), the collection and the consolidated workbook.
 */
import { instantOf, type LocalDateTime } from "../core";
import { writeXlsxFile } from "./write-xlsx-file";
import { mkdir, rm, utimes } from "node:fs/promises";
import path from "node:path";
import { indicatorsByReporter, type Language, type Plan } from "../core";
import { EXAMPLE_PERIOD, examplePlan } from "../example/generate-plan";
import { exampleUnitFiles } from "../example/unit-workbooks";
import { reportInputOf, type CollectedPeriod } from "../core";
import { REPORT_KINDS } from "../reports/build-reports";
import { writeReports, type WrittenReport } from "./reports";
import { consolidatedWorkbook } from "../workbook/collect/write-consolidated";
import { planWorkbook } from "../workbook/plan/write-plan";
import { buildTemplate } from "../workbook/template/build-template";
import { templateFileNames } from "../workbook/template/file-name";
import { collectFiles } from "./collect";
import { expandInputs } from "./files";

export interface DemoResult {
  readonly plan: Plan;
  readonly period: string;
  readonly planFile: string;
  readonly templatesFolder: string;
  readonly templates: number;
  readonly inputsFolder: string;
  readonly inputs: number;
  readonly consolidatedFile: string;
  readonly consolidation: CollectedPeriod;
  readonly reportsFolder: string;
  readonly reports: readonly WrittenReport[];
}

export interface DemoOptions {
  /** When the demo runs (ISO date-time): templates are stamped with it; collection judges overdue actions by it. */
  readonly now: string;
  /** The language of the reports (default Swedish). */
  readonly language?: Language;
  readonly onStep?: (step: string) => void;
  readonly onFile?: (done: number, total: number, file: string) => void;
}

export async function runDemo(folder: string, options: DemoOptions): Promise<DemoResult> {
  const plan = examplePlan();
  const period = EXAMPLE_PERIOD;
  await mkdir(folder, { recursive: true });
  const planFile = path.join(folder, "Exempelkommun plan 2026.xlsx");
  options.onStep?.("plan");
  await writeXlsxFile(planFile, planWorkbook(plan));

  options.onStep?.("templates");
  const templatesFolder = path.join(folder, "mallar");
  await rm(templatesFolder, { recursive: true, force: true });
  await mkdir(templatesFolder, { recursive: true });
  const reporters = indicatorsByReporter(plan);
  const units = plan.organisation.filter((o) => reporters.has(o.id));
  const names = templateFileNames(period, units);
  for (const [index, unit] of units.entries()) {
    await writeXlsxFile(path.join(templatesFolder, names[index] ?? unit.id), buildTemplate({ plan, unit: unit.id, period, createdAt: options.now }));
  }

  options.onStep?.("inputs");
  const inputsFolder = path.join(folder, "inlamnat");
  await rm(inputsFolder, { recursive: true, force: true });
  await mkdir(inputsFolder, { recursive: true });
  const filled = exampleUnitFiles(plan, options.now);
  for (const file of filled) {
    const target = path.join(inputsFolder, file.fileName);
    await writeXlsxFile(target, file.book);
    // The example's change times are Swedish wall-clock times, as collection reads them back.
    const when = instantOf(file.modified as LocalDateTime);
    await utimes(target, when, when);
  }

  options.onStep?.("collect");
  const { files } = await expandInputs([inputsFolder]);
  const consolidation = await collectFiles(plan, period, files, { collectedAt: options.now, onFile: options.onFile });
  const consolidatedFile = path.join(folder, `Sammanställning ${period}.xlsx`);
  await writeXlsxFile(consolidatedFile, consolidatedWorkbook(plan, consolidation));

  options.onStep?.("reports");
  const reportsFolder = path.join(folder, "rapporter");
  await rm(reportsFolder, { recursive: true, force: true });
  const reports = await writeReports(reportsFolder, { input: reportInputOf(plan, consolidation), kinds: REPORT_KINDS, formats: ["xlsx", "docx"], language: options.language ?? "sv" });
  return { plan, period, planFile, templatesFolder, templates: units.length, inputsFolder, inputs: filled.length, consolidatedFile, consolidation, reportsFolder, reports };
}
