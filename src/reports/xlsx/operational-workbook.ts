/**
 * The operational report as a workbook (docs/reports.md §1): the front sheet, a summary sheet, one
 * sheet per division laid out for print (division-sheet.ts), and as tables to filter: every
 * indicator line, the goals' assessments, the action plans and the units' analyses. Every number
 * has a number format, and every printed page the report's name, period and page number.
 */
import { howAggregatedText } from "../aggregation-text";
import type { ActionItem, AnalysisItem, DivisionSection, GoalSection, IndicatorLine, Language, OperationalReport, OrgRef, RollupResult } from "../../core";
import { NO_ASSESSMENTS, NO_STATUSES, TREND_LABELS, actionStatusWord, pdcaStageWord, rootCauseOf, sumCounts, type DivisionImprovementItem } from "../../core";
import type { CellOut, WorkbookOut } from "../../workbook/output";
import { measuredCell, targetCell } from "../../workbook/number-format";
import { unitPeerSourceText } from "../comparisons";
import { assessmentWord, statusWord } from "../format";
import { REPORT_TEXTS } from "../texts";
import { divisionSheet } from "./division-sheet";
import { date, frontSheet, percent, score, tableSheet, wrapped, type Column } from "./sheets";

/** A count, grouped as every number in the workbook has a format. */
const count = (value: number | null | undefined): CellOut => (value === null || value === undefined ? null : { value, numFmt: "#,##0" });

interface GoalRow {
  readonly division: OrgRef;
  readonly section: GoalSection;
  readonly organisation: OrgRef;
  readonly result: RollupResult;
  /** The assessment that counts (manual where given) and its justification; only at the owner. */
  readonly owner: boolean;
}

/**
 * The row under the divisions' rows: each column summed, so the summary says at a glance how all
 * divisions reported and stand. A sum of the rows above, named so (the front sheet's count of
 * reporting organisations also holds the municipality's own office, which is in no division).
 */
function allDivisions(report: OperationalReport, name: string): DivisionSection {
  const { divisions } = report;
  const reportings = divisions.flatMap((division) => (division.reporting === null ? [] : [division.reporting]));
  return {
    organisation: { id: "", name, type: "municipality" },
    members: [],
    statuses: sumCounts(divisions.map((division) => division.statuses), NO_STATUSES),
    reporting: reportings.length === 0 ? null : { ...sumCounts<"reported" | "expected">(reportings, { reported: 0, expected: 0 }), missing: reportings.flatMap((reporting) => reporting.missing) },
    goalAssessments: sumCounts(divisions.map((division) => division.goalAssessments), NO_ASSESSMENTS),
    goals: [],
    actions: [],
    analyses: [],
  };
}

/** Whether any line of the report has a unit compared with the country's units. */
function hasUnitPeers(report: OperationalReport): boolean {
  return report.divisions.some((division) => division.goals.some((section) => section.lines.some((line) => line.unitPeers !== null)));
}

/** The unit's peer status among the country's units, and where it comes from. */
function unitPeerColumns(language: Language): Column<IndicatorLine>[] {
  const c = REPORT_TEXTS[language].columns;
  return [
    { header: c.unitPeer, width: 12, cell: (l) => (l.unitPeers === null ? "" : statusWord(l.unitPeers.status, language)), colour: "status" },
    { header: c.unitPeerSource, width: 26, cell: (l) => unitPeerSourceText(l.unitPeers, language) ?? "" },
  ];
}

export function operationalWorkbook(report: OperationalReport, language: Language): WorkbookOut {
  const t = REPORT_TEXTS[language];
  const c = t.columns;
  const summary: Column<DivisionSection>[] = [
    { header: c.division, width: 30, cell: (d) => (d.organisation.type === "municipality" ? { value: d.organisation.name, style: "bold" } : d.organisation.name) },
    { header: c.reported, cell: (d) => count(d.reporting?.reported) },
    { header: c.expected, cell: (d) => count(d.reporting?.expected) },
    { header: c.green, cell: (d) => count(d.statuses.green) },
    { header: c.yellow, cell: (d) => count(d.statuses.yellow) },
    { header: c.red, cell: (d) => count(d.statuses.red) },
    { header: c.missing, cell: (d) => count(d.statuses.missing) },
    { header: c.met, cell: (d) => count(d.goalAssessments.met) },
    { header: c.partlyMet, width: 15, cell: (d) => count(d.goalAssessments.partlyMet) },
    { header: c.notMet, width: 13, cell: (d) => count(d.goalAssessments.notMet) },
    { header: c.cannotAssess, width: 16, cell: (d) => count(d.goalAssessments.cannotAssess) },
  ];
  // Narrow enough to print across one landscape page at 60 % or more, long names wrapped; with
  // the units' peer columns it prints across pages, and its leading columns (organisation,
  // indicator, division) are repeated on each, so every page says whose row it is.
  const lines: Column<IndicatorLine & { readonly division: OrgRef; readonly goalId: string; readonly goalName: string }>[] = [
    { header: c.organisation, width: 13, cell: (l) => l.organisation.id },
    { header: c.indicator, width: 10, cell: (l) => l.indicator.id },
    { header: c.division, width: 18, cell: (l) => l.division.name },
    { header: c.goal, width: 6, cell: (l) => l.goalId },
    { header: c.goalName, width: 22, cell: (l) => l.goalName },
    { header: c.indicatorName, width: 26, cell: (l) => l.indicator.name },
    { header: c.organisationName, width: 16, cell: (l) => l.organisation.name },
    { header: c.level, width: 13, cell: (l) => (l.aggregated ? t.levels.aggregated : t.levels.reported) },
    { header: c.actual, width: 10, cell: (l) => measuredCell(l.actual, l.indicator.unit) },
    { header: c.target, width: 10, cell: (l) => targetCell(l.target, l.indicator.unit) },
    { header: c.attainment, width: 15, cell: (l) => percent(l.attainment) },
    { header: c.status, width: 8, cell: (l) => statusWord(l.status, language), colour: "status" },
    { header: report.basis.previousPeriod === null ? c.previous : c.previousOf(report.basis.previousPeriod.name), width: 14, cell: (l) => measuredCell(l.previous, l.indicator.unit) },
    { header: c.trend, width: 11, cell: (l) => TREND_LABELS[language][l.trend] },
    { header: c.units, width: 20, cell: (l) => howAggregatedText(l.howAggregated, language) },
    { header: c.comment, width: 22, cell: (l) => l.comment },
    // A unit with a Kolada id among the country's units, beside its target status (Status above).
    ...(hasUnitPeers(report) ? unitPeerColumns(language) : []),
  ];
  const goals: Column<GoalRow>[] = [
    { header: c.division, width: 20, cell: (g) => g.division.name },
    { header: c.goal, width: 8, cell: (g) => g.section.goal.id },
    { header: c.goalName, width: 40, cell: (g) => g.section.goal.name },
    { header: c.organisation, width: 12, cell: (g) => g.organisation.id },
    { header: c.organisationName, width: 26, cell: (g) => g.organisation.name },
    { header: c.computed, width: 20, cell: (g) => assessmentWord(g.result.assessment, language), colour: "assessment" },
    { header: c.score, cell: (g) => score(g.result.score) },
    { header: c.coverage, cell: (g) => percent(g.result.coverage) },
    { header: c.assessment, width: 18, cell: (g) => assessmentWord(g.owner ? (g.section.assessment?.effective ?? g.result.assessment) : g.result.assessment, language), colour: "assessment" },
    { header: c.justification, width: 50, cell: (g) => (g.owner ? (g.section.assessment?.manual?.justification ?? "") : "") },
    { header: c.differs, cell: (g) => (g.owner && g.section.assessment?.differs === true ? t.basis.yes : t.basis.no) },
  ];
  const actions: Column<ActionItem & { readonly division: OrgRef }>[] = [
    { header: c.division, width: 20, cell: (a) => a.division.name },
    { header: c.organisationName, width: 26, cell: (a) => a.organisation.name },
    { header: c.action, width: 40, cell: (a) => a.action },
    { header: c.about, width: 14, cell: (a) => a.about },
    { header: c.owner, width: 18, cell: (a) => a.owner },
    // The original due date is kept; an overdue one is marked in Försenad and coloured.
    { header: c.due, width: 13, cell: (a) => date(a.due) },
    { header: c.newDate, width: 13, cell: (a) => date(a.newDate) },
    { header: c.actionStatus, width: 13, cell: (a) => actionStatusWord(a, language) },
    { header: c.overdue, width: 10, cell: (a) => (a.overdue ? t.basis.yes : t.basis.no) },
    { header: c.comment, width: 40, cell: (a) => a.comment },
  ];
  const analyses: Column<AnalysisItem & { readonly division: OrgRef }>[] = [
    { header: c.division, width: 20, cell: (a) => a.division.name },
    { header: c.organisationName, width: 26, cell: (a) => a.organisation.name },
    { header: c.goal, width: 10, cell: (a) => a.goal?.id ?? "" },
    { header: c.goalName, width: 34, cell: (a) => a.goal?.name ?? "" },
    { header: c.analysis, width: 100, cell: (a) => wrapped(a.text) },
  ];
  const improvements: Column<DivisionImprovementItem>[] = [
    { header: c.division, width: 20, cell: (i) => i.division.name },
    { header: c.organisationName, width: 26, cell: (i) => i.organisation.name },
    { header: c.problem, width: 34, cell: (i) => wrapped(i.problem) },
    // The "varför?" chain as the unit asked it, each answer the reason for the one before.
    { header: c.whys, width: 50, cell: (i) => wrapped(i.whys.map((why, index) => `${index + 1}. ${why}`).join("\n")) },
    { header: c.rootCause, width: 30, cell: (i) => wrapped(rootCauseOf(i)) },
    { header: c.improvementAction, width: 34, cell: (i) => wrapped(i.action) },
    { header: c.stage, width: 12, cell: (i) => pdcaStageWord(i, language) },
    { header: c.owner, width: 18, cell: (i) => i.owner },
    { header: c.date, width: 12, cell: (i) => date(i.date) },
  ];
  const goalRows = report.divisions.flatMap((division) =>
    division.goals.flatMap((section): GoalRow[] => [
      ...(section.assessment === undefined ? [] : [{ division: division.organisation, section, organisation: section.owner, result: section.assessment.computed, owner: true }]),
      ...section.byOrganisation.map(({ organisation, result }) => ({ division: division.organisation, section, organisation, result, owner: false })),
    ]),
  );
  const actionRows = report.divisions.flatMap((division) => division.actions.map((action) => ({ ...action, division: division.organisation })));
  const actionSheet = tableSheet(t.sheets.actions, actions, actionRows, language);
  const overdueFill = { range: `F2:F${actionRows.length + 1}`, rules: [{ formula: `$I2="${t.basis.yes}"`, fill: "FFFFC7CE", font: "FF9C0006" }] };
  const lineRows = report.divisions.flatMap((division) =>
    division.goals.flatMap((section) => section.lines.map((line) => ({ ...line, division: division.organisation, goalId: section.goal.id, goalName: section.goal.name }))),
  );
  const pageFooter = { title: `${t.titles.operational} – ${report.basis.municipality}, ${report.basis.period.name}`, page: t.operational.page };
  const sheets = [
    frontSheet("operational", report.basis, language),
    tableSheet(t.sheets.summary, summary, [...report.divisions, allDivisions(report, t.operational.allDivisions)], language),
    ...report.divisions.map((division) => divisionSheet(report, division, language)),
    tableSheet(t.sheets.indicators, lines, lineRows, language),
    tableSheet(REPORT_TEXTS[language].columns.assessment, goals, goalRows, language),
    { ...actionSheet, conditionalFormats: actionRows.length === 0 ? [] : [overdueFill] },
    tableSheet(t.sheets.analyses, analyses, report.divisions.flatMap((division) => division.analyses.map((analysis) => ({ ...analysis, division: division.organisation }))), language),
    tableSheet(t.sheets.improvements, improvements, report.improvements, language),
  ];
  return { sheets: sheets.map((sheet) => ({ ...sheet, pageFooter })) };
}
