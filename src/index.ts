/**
 * Puls as a Node library (the package's `main` and `exports`): the follow-up cycle on files, as
 * the `puls` command runs it, and the computation core's rules. docs/library.md describes it,
 * with an example.
 *
 * Only what is exported here is the library's surface; the modules behind it may move. Each
 * export is what the CLI itself calls, so the library and the command cannot drift apart.
 */

// Reading the cycle's workbooks from disk.
export { loadPlanFile, loadConsolidatedFile } from "./node/workbook-files";
export type { PlanReading } from "./workbook/plan/read-plan";
export type { ConsolidatedData, ReadProblem } from "./workbook/collect/read-consolidated";
export type { ConsolidatedMeta } from "./workbook/collect/consolidated-format";

// Plans and unit templates as workbooks (write them with writeXlsxFile).
export { planWorkbook } from "./workbook/plan/write-plan";
export { buildTemplate, buildSharedTemplate, type TemplateRequest } from "./workbook/template/build-template";
export { templateFileName } from "./workbook/template/file-name";

// Collecting the units' workbooks and writing the consolidated workbook.
export { expandInputs } from "./node/files";
export { collectFiles, type CollectOptions } from "./node/collect";
export { consolidatedWorkbook, planWithConsolidation } from "./workbook/collect/write-consolidated";
export { writeXlsxFile } from "./node/write-xlsx-file";
export type { WorkbookOut } from "./workbook/output";
export { summarise, toSummaryProblem, type PeriodSummary, type SummaryProblem } from "./workbook/collect/summary";

// The reports (reportInputOf and planOnlyInput are among the core's exports, as is CollectedPeriod).
export { ConsolidatedPeriodError, planOfConsolidated, reportInputOfConsolidated, summaryProblemsOf } from "./workbook/collect/read-consolidated";
export { writeReports, type WrittenReport } from "./node/reports";
export { REPORT_KINDS, FORMATS_OF, type ReportFormat, type ReportRequest } from "./reports/build-reports";
export type { ReportKind } from "./reports/texts";

// The example municipality and the whole cycle on it (`puls demo`).
export { examplePlan, EXAMPLE_PERIOD } from "./example/generate-plan";
export { runDemo, type DemoOptions, type DemoResult } from "./node/demo";

// The computation core: the rules of docs/rules-decisions.md as pure functions, and the plan,
// evaluation and report models.
export * from "./core";
