/**
 * The political analysis as a workbook (docs/reports.md §2): the result goals with their assessments,
 * history and political fields; the indicators behind them; data quality; the next plan.
 */
import { howAggregatedText } from "../aggregation-text";
import { TREND_LABELS, type IndicatorLine, type IndicatorRef, type Language, type OrgRef, type PoliticalAnalysis, type ResultGoalAnalysis, type GoalRef, type StatusCounts } from "../../core";
import { measuredCell, targetCell } from "../../workbook/number-format";
import type { WorkbookOut } from "../../workbook/output";
import { assessmentWord, formatPercent, statusWord } from "../format";
import { REPORT_TEXTS } from "../texts";
import { frontSheet, peerColumns, percent, score, tableSheet, wrapped, type Column } from "./sheets";

interface Finding {
  readonly finding: string;
  readonly id: string;
  readonly name: string;
  readonly detail: string;
}

export function politicalWorkbook(report: PoliticalAnalysis, language: Language): WorkbookOut {
  const t = REPORT_TEXTS[language];
  const c = t.columns;
  const s = t.sentences;
  const goals = report.areas.flatMap(({ area, goals: list }) => list.map((goal) => ({ ...goal, area })));
  const historyPeriods = goals[0]?.history.map((point) => point.name) ?? [];
  const goalColumns: Column<ResultGoalAnalysis & { readonly area: GoalRef | null }>[] = [
    { header: c.area, width: 26, cell: (g) => g.area?.name ?? s.noArea },
    { header: c.goal, width: 8, cell: (g) => g.goal.id },
    { header: c.goalName, width: 40, cell: (g) => g.goal.name },
    { header: c.computed, width: 20, cell: (g) => assessmentWord(g.assessment.computed.assessment, language), colour: "assessment" },
    { header: c.score, cell: (g) => score(g.assessment.computed.score) },
    { header: c.coverage, cell: (g) => percent(g.assessment.computed.coverage) },
    { header: c.assessment, width: 18, cell: (g) => assessmentWord(g.assessment.effective, language), colour: "assessment" },
    { header: c.justification, width: 50, cell: (g) => wrapped(g.assessment.manual?.justification ?? "") },
    { header: c.differs, cell: (g) => (g.assessment.differs ? t.basis.yes : t.basis.no) },
    ...historyPeriods.map(
      (period, index): Column<ResultGoalAnalysis> => ({
        header: `${c.assessment} ${period}`,
        width: 20,
        cell: (g) => {
          const assessment = g.history[index]?.assessment ?? null;
          return assessment === null ? s.noHistory : assessmentWord(assessment, language);
        },
        colour: "assessment",
      }),
    ),
    { header: c.political, width: 22, cell: (g) => g.political?.politicalAssessment ?? "" },
    { header: c.analysis, width: 60, cell: (g) => wrapped(g.political?.analysis ?? "") },
    { header: c.conclusions, width: 50, cell: (g) => wrapped(g.political?.conclusions ?? "") },
  ];
  const indicatorColumns: Column<IndicatorLine & { readonly goal: GoalRef; readonly units: StatusCounts }>[] = [
    { header: c.goal, width: 8, cell: (l) => l.goal.id },
    { header: c.indicator, width: 10, cell: (l) => l.indicator.id },
    { header: c.indicatorName, width: 44, cell: (l) => l.indicator.name },
    { header: c.organisationName, width: 22, cell: (l) => l.organisation.name },
    { header: c.actual, width: 12, cell: (l) => measuredCell(l.actual, l.indicator.unit) },
    { header: c.target, width: 12, cell: (l) => targetCell(l.target, l.indicator.unit) },
    { header: c.attainment, width: 15, cell: (l) => percent(l.attainment) },
    { header: c.status, width: 10, cell: (l) => statusWord(l.status, language), colour: "status" },
    { header: report.basis.previousPeriod === null ? c.previous : c.previousOf(report.basis.previousPeriod.name), width: 22, cell: (l) => measuredCell(l.previous, l.indicator.unit) },
    { header: c.trend, width: 12, cell: (l) => TREND_LABELS[language][l.trend] },
    ...peerColumns<IndicatorLine & { readonly goal: GoalRef; readonly units: StatusCounts }>(goals.flatMap((goal) => goal.indicators), language, { alwaysAmongAll: true }),
    { header: c.green, cell: (l) => l.units.green },
    { header: c.yellow, cell: (l) => l.units.yellow },
    { header: c.red, cell: (l) => l.units.red },
    { header: c.missing, cell: (l) => l.units.missing },
    // How the organisation's value was made from its units' ("viktat medelvärde av 6 enheter, …").
    { header: c.units, width: 34, cell: (l) => howAggregatedText(l.howAggregated, language) },
  ];
  const findingColumns: Column<Finding>[] = [
    { header: c.finding, width: 50, cell: (f) => f.finding },
    { header: c.concerns, width: 12, cell: (f) => f.id },
    { header: c.organisationName, width: 50, cell: (f) => f.name },
    { header: c.comment, width: 60, cell: (f) => wrapped(f.detail) },
  ];
  const orgList = (organisations: readonly OrgRef[]) => (organisations.length > 8 ? s.organisations(organisations.length) : organisations.map((o) => o.name).join(", "));
  const indicatorFinding = (finding: string, list: readonly { indicator: IndicatorRef; organisations: readonly OrgRef[] }[]): Finding[] =>
    list.map(({ indicator, organisations }) => ({ finding, id: indicator.id, name: indicator.name, detail: orgList(organisations) }));
  const quality = report.dataQuality;
  const qualityRows: Finding[] = [
    ...quality.cannotAssess.map((g) => ({ finding: s.cannotAssessGoals, id: g.goal.id, name: g.goal.name, detail: `${g.organisation.name}: ${s.cannotAssess(formatPercent(g.coverage, language, 0))}` })),
    ...indicatorFinding(s.withoutTarget, quality.withoutTarget),
    ...indicatorFinding(s.withoutOutcome, quality.withoutOutcome),
    ...(quality.notReported ?? []).map((o) => ({ finding: s.notReported, id: o.id, name: o.name, detail: "" })),
  ];
  const next = report.nextPlan;
  const nextRows: Finding[] = [
    ...next.notMetTwice.map((g) => ({ finding: s.notMetTwice, id: g.id, name: g.name, detail: "" })),
    ...next.greenThreeYears.map((i) => ({ finding: s.greenThreeYears, id: i.id, name: i.name, detail: i.easyTarget === null ? "" : s.easyTarget[i.easyTarget] })),
    ...next.noDataTwoYears.map((i) => ({ finding: s.noDataTwoYears, id: i.id, name: i.name, detail: "" })),
  ];
  return {
    sheets: [
      frontSheet("political", report.basis, language),
      tableSheet(t.sheets.goals, goalColumns, goals, language),
      tableSheet(t.sheets.indicators, indicatorColumns, goals.flatMap((goal) => goal.indicators.map((line) => ({ ...line, goal: goal.goal }))), language),
      tableSheet(t.sheets.quality, findingColumns, qualityRows, language),
      tableSheet(t.sheets.nextPlan, findingColumns, nextRows, language),
    ],
  };
}
