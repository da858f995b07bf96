/**
 * What the wizard's buttons do once a plan is open: each action does its work through the
 * library and the host and returns the notice to show (or throws, and the error is shown). The
 * App marks the pane busy around them; nothing here renders.
 */
import { assessmentLog, collectionLog, logSheetOf, planCopyLog, recordedSources, type FileRecord, type LogContext } from "../../app/audit";
import { swedishClock } from "../../app/clock";
import { collectPeriod, collectionSheetsForPlan, collectionTime } from "../../app/collect";
import { assessmentsSheetOf } from "../../app/plan";
import { PLANNING_TEXTS, PlanningError } from "../../app/planning";
import type { UnitSource } from "../../app/ports";
import type { ReportAllowance } from "../../app/report-allowances";
import type { ReportKind } from "../../app/reports";
import { sharedTemplate } from "../../app/templates";
import { reportInputOf, swedishTime, type AssessmentEntry, type Language, type Location, type NextYearPlan, type Plan } from "../../core";
import { renderPngInBrowser } from "../browser/canvas-png";
import type { NoticeText } from "../parts/Notice";
import type { WizardHost } from "./host-port";
import { loadFileWriters } from "./load-file-writers";
import { stopIfCancelled } from "./cancel";
import { pauseEvery } from "./pause";
import { periodMismatch } from "./period-of-files";
import { reportSheetsForWorkbook } from "./report-sheets";
import { backgroundJobs } from "./background-jobs";
import type { ReportJob } from "./background-protocol";
import { browserDigest } from "./digest";
import { assessed, collectOpenWorkbook, type Session } from "./session";
import type { WizardTexts } from "./texts";

/** Work in progress: files done of all, and the one being read. */
export interface WorkProgress {
  readonly done: number;
  readonly total: number;
  readonly current: string;
}

export interface ActionContext {
  readonly host: WizardHost;
  readonly texts: WizardTexts;
  readonly language: Language;
  readonly session: Session;
  readonly plan: Plan;
  readonly planName: string;
  readonly units: readonly string[];
  readonly update: (change: (now: Session) => Session) => void;
  /** Progress of long work; the App clears it when the work ends. */
  readonly onProgress: (progress: WorkProgress) => void;
  /** Which reports the period allows (reportAllowancesOf), made once per plan, period and collection. */
  readonly allowances: readonly ReportAllowance[];
  /** Switches to another period and collects the same files again (offered when the files are for it). */
  readonly onSwitchPeriod: (period: string) => void;
  /** The name the controller gave for the log ("" when none: the log says so). */
  readonly user: string;
}

/** Who the log names when the controller gave no name in the pane (a browser has no operating-system user to fall back on). */
const UNKNOWN_USER = "okänd användare (inget namn angivet i fliken)";

const success = (text: string): NoticeText => ({ kind: "success", text });

/** A picked file as a unit source: read when its turn comes, its change time as the file system has it. */
function fileSource(file: File): UnitSource {
  return { name: file.name, read: async () => ({ bytes: new Uint8Array(await file.arrayBuffer()), modified: swedishTime(new Date(file.lastModified)) }) };
}

/** The actions of a wizard with an open plan. */
export function wizardActions(context: ActionContext) {
  const { host, texts, language, session, plan, units, update, onProgress } = context;
  const period = session.period;
  // Templates are stamped with when they were made, in Swedish local time.
  const createdAt = swedishClock().now();
  // A report the period does not allow is made only as a draft (the step offers it so, with the reason).
  const { allowances } = context;
  const draftOf = (kind: ReportKind) => {
    const obstacles = allowances.find((allowance) => allowance.kind === kind)?.obstacles ?? [];
    return obstacles.length === 0 ? null : { reasons: obstacles };
  };
  /** A report to build, as the report worker takes it (no chart painter: a function cannot cross to it). */
  const job = (kind: ReportKind): ReportJob => ({ plan, period, consolidation: session.consolidation, kind, language, draft: draftOf(kind) });
  const order = (kind: ReportKind) => ({ ...job(kind), renderChart: renderPngInBrowser });
  // Who does what when, for the audit log: the name given in the pane, at the Swedish time now.
  // The log is workbook text, Swedish whatever the pane's language (docs/workbooks.md §4).
  const logContext = (): LogContext => ({ at: swedishClock().now(), user: context.user.trim() === "" ? UNKNOWN_USER : context.user.trim() });
  /**
   * The log after a collection (the files it read, the assessments set since), kept in the
   * session at once: saving or writing the consolidation again writes the same log, not a second entry.
   */
  const loggedCollection = (consolidation: NonNullable<Session["consolidation"]>, files: readonly FileRecord[]) =>
    collectionLog(session.log, plan, consolidation, reportInputOf(plan, consolidation), files, logContext());
  const save = (name: string, bytes: Uint8Array) => {
    host.save(name, bytes);
    return success(texts.saved(name));
  };

  return {
    templatesZip: async (signal: AbortSignal): Promise<NoticeText> => {
      const writers = await loadFileWriters();
      const zip = await writers.templatesZip(plan, period, units, createdAt, (done, total) => onProgress({ done, total, current: "" }));
      stopIfCancelled(signal);
      return save(texts.fileNames.templates(period), zip);
    },

    sharedTemplate: async (): Promise<NoticeText> => {
      const writers = await loadFileWriters();
      return save(texts.fileNames.shared(period), await writers.sharedTemplateBytes(plan, period, units, createdAt));
    },

    unitSheets: async (): Promise<NoticeText> => {
      const written = (await host.workbook?.writeSheets(sharedTemplate({ plan, period, units, createdAt }).sheets)) ?? [];
      // The hidden _puls sheet is not a unit's.
      return success(texts.templatesWritten(written.length - 1));
    },

    /**
     * Collects the picked files. When most of them are for another period, nothing is kept and
     * that is said once (with the switch offered where the plan has that period); a cancel stops
     * between two files and keeps the collection there was.
     */
    collectFiles: async (files: readonly File[], collectedAt: string, signal: AbortSignal): Promise<NoticeText> => {
      const breathe = pauseEvery(50);
      const read: FileRecord[] = [];
      const consolidation = await collectPeriod({
        plan,
        period,
        sources: recordedSources(files.map(fileSource), browserDigest, read),
        collectedAt: collectionTime(collectedAt, new Date()),
        onFile: (done, total, current) => onProgress({ done, total, current }),
        pause: async () => {
          await breathe();
          stopIfCancelled(signal);
        },
      });
      stopIfCancelled(signal);
      const mismatch = periodMismatch(plan, consolidation, files.length);
      if (mismatch !== null) {
        const said = (mismatch.inPlan ? texts.periodMismatch : texts.periodMismatchUnknown)(mismatch.found, mismatch.files, mismatch.total, period);
        return { kind: "warning", text: said, action: mismatch.inPlan ? { label: texts.periodSwitch(mismatch.found), run: () => context.onSwitchPeriod(mismatch.found) } : undefined };
      }
      const log = loggedCollection(consolidation, read);
      update((now) => ({ ...now, consolidation, nextYear: null, log }));
      const missing = consolidation.reporting.filter((row) => row.state === "missing").length;
      return success(texts.collectDone(files.length, consolidation.problems.length, missing));
    },

    collectSheets: async (collectedAt: string): Promise<NoticeText | null> => {
      const workbook = host.workbook;
      if (workbook === null) return null;
      const consolidation = collectOpenWorkbook(plan, period, await workbook.read(), workbook.name, collectionTime(collectedAt, new Date()));
      const log = loggedCollection(consolidation, []);
      update((now) => ({ ...now, consolidation, nextYear: null, log }));
      const submitted = consolidation.reporting.filter((row) => row.state !== "missing").length;
      return success(texts.collectSheetsDone(submitted, consolidation.problems.length));
    },

    saveConsolidated: async (): Promise<NoticeText | null> => {
      if (session.consolidation === null) return null;
      const writers = await loadFileWriters();
      return save(texts.fileNames.consolidated(period), await writers.consolidatedBytes(plan, session.consolidation, session.log));
    },

    writeConsolidated: async (): Promise<NoticeText | null> => {
      if (session.consolidation === null || host.workbook === null) return null;
      const written = await host.workbook.writeSheets([...collectionSheetsForPlan(plan, session.consolidation), logSheetOf(session.log)]);
      return success(texts.consolidatedWritten(written.length));
    },

    showCell: async (location: Location): Promise<null> => {
      await host.workbook?.selectCell(location);
      return null;
    },

    /**
     * Stores the assessment (on Bedömningar inside Excel, logged on Logg beside it) and only then
     * keeps it in the session. No notice: the step confirms it beside the goal.
     */
    assess: async (entry: AssessmentEntry): Promise<NoticeText | null> => {
      const next = assessed(session, entry);
      if (host.workbook !== null && next.plan !== null) {
        const log = assessmentLog(session.log, next.plan.plan, entry.period, logContext());
        await host.workbook.writeSheets([assessmentsSheetOf(next.plan.plan), logSheetOf(log)]);
        update(() => ({ ...next, log }));
      } else update(() => next);
      return null;
    },

    /** The plan with the assessments set here, as a copy: its log says so, and which assessments were set or changed. */
    savePlan: async (): Promise<NoticeText> => {
      const writers = await loadFileWriters();
      const name = texts.fileNames.planWithAssessments(context.planName.replace(/\.xlsx$/i, ""));
      const log = planCopyLog(assessmentLog(session.log, plan, period, logContext()), plan, name, logContext());
      const saved = save(name, await writers.planBytes(plan, session.consolidation, log));
      update((now) => ({ ...now, log }));
      return saved;
    },

    reportFiles: async (kind: ReportKind, signal: AbortSignal): Promise<NoticeText> => {
      // Built in the report worker: the pane stays responsive while exceljs and docx write.
      const files = await backgroundJobs().reportFiles(job(kind), signal);
      stopIfCancelled(signal);
      for (const file of files) host.save(file.fileName, file.bytes);
      return success(texts.saved(files.map((f) => f.fileName).join(", ")));
    },

    reportIntoWorkbook: async (kind: ReportKind, signal: AbortSignal): Promise<NoticeText> => {
      const writers = await loadFileWriters();
      const book = await writers.reportWorkbook(order(kind));
      stopIfCancelled(signal);
      const written = (await host.workbook?.writeSheets(reportSheetsForWorkbook(kind, book))) ?? [];
      return success(texts.reportWritten(written.length));
    },

    /**
     * Next year's plan: opened as a new workbook inside Excel where it can be (ExcelApi 1.8), else
     * saved as a file; its proposals and findings are kept in the session for the step to show.
     */
    planNextYear: async (year: number, signal: AbortSignal): Promise<NoticeText> => {
      let result: NextYearPlan;
      let bytes: Uint8Array;
      try {
        // Built in the report worker, like the reports.
        ({ result, bytes } = await backgroundJobs().nextYear({ plan, year, collected: session.consolidation?.actuals ?? [] }, signal));
      } catch (caught) {
        if (caught instanceof PlanningError) return { kind: "error", text: PLANNING_TEXTS[language].errors[caught.code](caught.values) };
        throw caught;
      }
      stopIfCancelled(signal);
      update((now) => ({ ...now, nextYear: result }));
      const open = host.workbook?.openAsNewWorkbook ?? null;
      if (open !== null) {
        await open(bytes);
        return success(texts.nextOpened(year));
      }
      return save(texts.fileNames.nextPlan(plan.settings.municipality, year), bytes);
    },

    reportAsNewWorkbook: async (kind: ReportKind, signal: AbortSignal): Promise<null> => {
      const writers = await loadFileWriters();
      const workbook = (await writers.reportFiles({ ...order(kind), formats: ["xlsx"] }))[0];
      stopIfCancelled(signal);
      if (workbook !== undefined) await host.workbook?.openAsNewWorkbook?.(workbook.bytes);
      return null;
    },
  };
}
