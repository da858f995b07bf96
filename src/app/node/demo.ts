/**
 * Use case: the whole cycle on the example municipality, on files: the plan, the units'
 * templates, their filled-in workbooks (with the planted problems), the collection, the
 * consolidated workbook and the reports the period calls for (for the example's 2026-D: the
 * operational report, the political analysis and the interim report). Every step is the use case the CLI runs alone.
 */
import { mkdir, rm, utimes } from "node:fs/promises";
import path from "node:path";
import { instantOf, parseLocalDateTime, reportInputOf, type ChecklistItem, type CollectedPeriod, type Language, type LocalDateTime, type Plan } from "../../core";
import { EXAMPLE_PERIOD, examplePlan } from "../../example/generate-plan";
import { exampleUnitFiles } from "../../example/unit-workbooks";
import { collectionThreads } from "../../node/collect-threads";
import { expandInputs } from "../../node/files";
import { planWorkbook } from "../../workbook/plan/write-plan";
import { collectionLog, recordedSources, withLog, type FileRecord } from "../audit";
import { collectPeriod, collectedWorkbook } from "../collect";
import { reportLog, reportLogFileName } from "../report-log";
import { reportInput, reportsForPeriod, type MadeReportFile } from "../reports";
import { makeTemplates, reportingUnits } from "../templates";
import { withShortLivedAllocations } from "../../node/short-lived-allocations";
import { nodeDigest } from "./audit";
import { fileSources, folderSink, makeReportsOnNode, writeWorkbookFile } from "./files";
import { writeChecklist } from "../checklist";

/** A report written by the demo, with its path. */
export interface WrittenReport extends MadeReportFile {
  readonly path: string;
}

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
  /** The reports' log (`Logg 2026-D.xlsx`), written beside them. */
  readonly reportLog: string;
  /** The controller's checklist, written beside the reports. */
  readonly checklist: { readonly path: string; readonly items: readonly ChecklistItem[] };
}

export interface DemoOptions {
  /** When the demo runs, Swedish local time ("2026-09-21T09:00:00"): templates are stamped with it; collection judges overdue actions by it. */
  readonly now: string;
  /** The language of the reports (default Swedish). */
  readonly language?: Language;
  /** Who runs the demo, for its log (default "Puls demo"). */
  readonly user?: string;
  readonly onStep?: (step: string) => void;
  readonly onFile?: (done: number, total: number, file: string) => void;
}

/** A folder made anew: the demo's own output from an earlier run goes. */
async function freshFolder(folder: string): Promise<string> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  return folder;
}

export async function runDemo(folder: string, options: DemoOptions): Promise<DemoResult> {
  const now = parseLocalDateTime(options.now);
  if (now === undefined) throw new RangeError(`runDemo: now must be a Swedish local time like 2026-09-21T09:00:00, not "${options.now}"`);
  const plan = examplePlan();
  const period = EXAMPLE_PERIOD;
  await mkdir(folder, { recursive: true });
  const planFile = path.join(folder, "Exempelkommun plan 2026.xlsx");
  options.onStep?.("plan");
  await writeWorkbookFile(planFile, planWorkbook(plan));

  options.onStep?.("templates");
  const templatesFolder = await freshFolder(path.join(folder, "mallar"));
  const units = reportingUnits(plan);
  await makeTemplates({ plan, period, units, createdAt: now }, folderSink(templatesFolder));

  options.onStep?.("inputs");
  const inputsFolder = await freshFolder(path.join(folder, "inlamnat"));
  const filled = exampleUnitFiles(plan, options.now);
  for (const file of filled) {
    const target = path.join(inputsFolder, file.fileName);
    await writeWorkbookFile(target, file.book);
    // The example's change times are Swedish wall-clock times, as collection reads them back.
    const when = instantOf(file.modified as LocalDateTime);
    await utimes(target, when, when);
  }

  options.onStep?.("collect");
  const { files } = await expandInputs([inputsFolder]);
  const onFile = options.onFile === undefined ? undefined : (done: number, total: number, _name: string, index: number) => options.onFile?.(done, total, files[index] ?? "");
  const read: FileRecord[] = [];
  const consolidation = await withShortLivedAllocations(() => collectPeriod({ plan, period, sources: recordedSources(fileSources(files), nodeDigest, read), collectedAt: now, onFile, parallel: collectionThreads() }));
  const consolidatedFile = path.join(folder, `Sammanställning ${period}.xlsx`);
  const logContext = { at: now, user: options.user ?? "Puls demo" };
  const log = collectionLog([], plan, consolidation, reportInputOf(plan, consolidation), read, logContext);
  await writeWorkbookFile(consolidatedFile, withLog(collectedWorkbook(plan, consolidation), log));

  options.onStep?.("reports");
  const reportsFolder = await freshFolder(path.join(folder, "rapporter"));
  const input = reportInput(plan, period, { kind: "collected", collected: consolidation });
  const kinds = reportsForPeriod(plan, period);
  // The reports say on their first page which collection in the log they were made from.
  const logged = reportLog({ log, input, kinds, context: logContext, language: options.language ?? "sv" });
  const made = await makeReportsOnNode({ input, kinds, formats: ["xlsx", "docx"], language: options.language ?? "sv", firstPage: logged.firstPage }, folderSink(reportsFolder));
  const reportLogFile = path.join(reportsFolder, reportLogFileName(period));
  await folderSink(reportsFolder).write(reportLogFileName(period), { workbook: withLog({ sheets: [] }, logged.log) });
  const reports = made.map((report) => ({ ...report, path: path.join(reportsFolder, report.fileName) }));
  // The controller's checklist beside the reports: what is open before they go to the council.
  const checked = await writeChecklist(input, folderSink(reportsFolder), options.language ?? "sv");
  const checklist = { path: path.join(reportsFolder, checked.fileName), items: checked.items };
  return { plan, period, planFile, templatesFolder, templates: units.length, inputsFolder, inputs: filled.length, consolidatedFile, consolidation, reportsFolder, reports, reportLog: reportLogFile, checklist };
}
