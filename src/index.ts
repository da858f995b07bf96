/**
 * Puls as a Node library (the package's `main` and `exports`): the follow-up cycle on files, as
 * the `puls` command runs it, and the computation core's rules. docs/library.md describes it,
 * with an example.
 *
 * Only what is exported here is the library's surface; the modules behind it may move. Each
 * export is what the CLI itself calls, so the library and the command cannot drift apart.
 */

// The use cases of the application layer, as the CLI and the task pane call them (docs/library.md).
export { loadPlan, choosePeriod, newPlan, PlanLoadError, PeriodChoiceError, type PlanLoadFailure, type PeriodChoiceFailure } from "./app/plan";
export { makeTemplates, sharedTemplate, reportingUnits, type TemplatesRequest } from "./app/templates";
export { collectPeriod, collectedWorkbook, collectionTime, summaryOf, type CollectRequest } from "./app/collect";
export { makeReports, reportInput, ReportNotAllowedError, type OutcomeSource, type ReportsRequest, type MadeReportFile } from "./app/reports";
export { reportAllowances, reportAllowancesOf, reportsForPeriod, periodKindOf, obstacleSentence, type ReportAllowance } from "./app/report-allowances";
export { readConsolidatedFor, ConsolidatedReadError, type ConsolidatedReading, type ConsolidatedFailure } from "./app/consolidated";
export { planNextYear } from "./app/planning";
export { remindersOf, remindersCsv, mailtoLink, REMINDER_STATE_LABELS, type Reminders } from "./app/remind";
export { pulseBoardSheets, pulseBoardWorkbook, pulseBoardFileName, type NamedBoard } from "./app/pulse-boards";
export { collectionLog, planCopyLog, recordedSources, logOfWorkbook, withLog, type Digest, type FileRecord, type LogContext } from "./app/audit";
export { reportLog, reportFolderLog, reportLogFileName, type ReportLog, type ReportLogRequest } from "./app/report-log";
export { koladaValues, planWithPeers, fetchKolada, KoladaFetchError, KoladaFormatError } from "./app/kolada";
export { swedishClock } from "./app/clock";
export type { Clock, FileSink, MadeFile, UnitSource, SourceContent, ChartRenderer } from "./app/ports";
export { folderSink, fileSources, systemClock, writeWorkbookFile, OutputGuard, OutputRefusedError, nodeDigest, logUser } from "./app/node";

// Reading the cycle's workbooks from disk.
export { loadPlanFile, loadConsolidatedFile } from "./app/node";
export type { PlanReading } from "./workbook/plan/read-plan";
export type { ConsolidatedData, ReadProblem } from "./workbook/collect/read-consolidated";
export type { ConsolidatedMeta } from "./workbook/collect/consolidated-format";

// Plans and unit templates as workbooks (write them with writeXlsxFile).
export { planWorkbook } from "./workbook/plan/write-plan";
export { buildTemplate, buildSharedTemplate, type TemplateRequest } from "./workbook/template/build-template";
export { templateFileName, templateFileNames } from "./workbook/template/file-name";

// Collecting the units' workbooks and writing the consolidated workbook.
export { expandInputs } from "./node/files";
export { collectFiles, type CollectOptions } from "./node/collect";
export { consolidatedWorkbook, planWithConsolidation } from "./workbook/collect/write-consolidated";
export { writeXlsxFile } from "./node/write-xlsx-file";
export type { WorkbookOut } from "./workbook/output";
export { summarise, toSummaryProblem, type PeriodSummary, type SummaryProblem } from "./workbook/collect/summary";

// The reports (reportInputOf and planOnlyInput are among the core's exports, as is CollectedPeriod).
export { ConsolidatedPeriodError, planOfConsolidated, reportInputOfConsolidated, summaryProblemsOf } from "./workbook/collect/read-consolidated";
export { writeReports, type WrittenReport } from "./app/node";
export { REPORT_KINDS, FORMATS_OF, type ReportFormat, type ReportRequest } from "./reports/build-reports";
export type { ReportKind } from "./reports/texts";

// The example municipality and the whole cycle on it (`puls demo`).
export { examplePlan, EXAMPLE_PERIOD } from "./example/generate-plan";
export { runDemo, type DemoOptions, type DemoResult } from "./app/node/demo";

// The computation core: the rules of docs/rules-decisions.md as pure functions, and the plan,
// evaluation and report models.
export * from "./core";
