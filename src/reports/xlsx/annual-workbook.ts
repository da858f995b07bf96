/**
 * The annual or interim report's goal-attainment section as a workbook (docs/reports.md §3): overview
 * with its chart, result goals, key indicators with their history and charts, financial goals,
 * and for the interim report the full-year forecasts.
 */
import { howAggregatedText } from "../aggregation-text";
import { balanceSentence, conclusionSentence, proposalSentences } from "../sound-finances-text";
import { forecastSourceText } from "../forecast-text";

/** A deviation's format with its sign always shown: + is better than budget (docs/rules.md §9). */
const SIGNED_AMOUNT_FORMAT = "+#,##0;-#,##0;0";
const SIGNED_PERCENT_FORMAT = "+0.0%;-0.0%;0.0%";
import { SOUND_FINANCES_OF_ASSESSMENT, TREND_LABELS, type AnnualReport, type ForecastLine, type GoalRef, type IndicatorLine, type KeyIndicator, type Language, type ResultGoalSection } from "../../core";
import { measuredCell, targetCell } from "../../workbook/number-format";
import { columnLetters } from "../../workbook/grid";
import type { ChartOut, ImageOut, SheetOut, WorkbookOut } from "../../workbook/output";
import { STATUS_COLOURS } from "../charts/svg";
import type { RenderedChart } from "../charts/rendered";
import { comparisonSentence } from "../comparisons";
import { assessmentWord, statusWord } from "../format";
import { REPORT_TEXTS } from "../texts";
import { chartSheet } from "./chart-sheet";
import { frontSheet, peerColumns, sheetName, tableSheet, wrapped, type Column, type FrontRow } from "./sheets";

export interface AnnualCharts {
  readonly overview: RenderedChart;
  /** By result goal id: the goal's key-indicator charts, several to a picture. */
  readonly keyIndicators: ReadonlyMap<string, readonly RenderedChart[]>;
}

interface FinancialRow {
  readonly goal: GoalRef;
  readonly assessment: string;
  readonly line: IndicatorLine | null;
}

/** Pictures one below the other in column A from `firstRow` (zero-based; a row is 20 pixels high). */
function stacked(charts: readonly RenderedChart[], firstRow = 0, scale = 0.8): ImageOut[] {
  let row = firstRow;
  return charts.map((chart) => {
    const image = { png: chart.png, column: 0, row, width: Math.round(chart.width * scale), height: Math.round(chart.height * scale), ofChart: true };
    row += Math.ceil(image.height / 20) + 1;
    return image;
  });
}

/** Excel's own stacked bar of the overview table (areas in rows, the four assessments in columns B–E; the total row left out). */
function overviewExcelChart(areas: number, title: string, at: ImageOut | undefined): ChartOut {
  const last = areas + 1;
  return {
    kind: "stackedBar",
    title,
    values: `B2:E${last}`,
    categories: `A2:A${last}`,
    seriesNames: "B1:E1",
    colours: [STATUS_COLOURS.green, STATUS_COLOURS.yellow, STATUS_COLOURS.red, STATUS_COLOURS.missing],
    column: 0,
    row: at?.row ?? last + 2,
    width: at?.width ?? 640,
    height: at?.height ?? 320,
  };
}

/** Excel's own line chart of each key indicator's history (its row of the history columns, from column E), below the table. */
function keyIndicatorExcelCharts(lines: readonly { readonly indicator: { readonly name: string }; readonly organisation: { readonly name: string } }[], periods: number): ChartOut[] {
  if (periods === 0) return [];
  const first = columnLetters(4);
  const last = columnLetters(4 + periods - 1);
  const height = 220;
  const rowsPerChart = Math.ceil(height / 20) + 1;
  return lines.map((line, index) => ({
    kind: "line",
    title: `${line.indicator.name} (${line.organisation.name})`,
    values: `${first}${index + 2}:${last}${index + 2}`,
    categories: `${first}1:${last}1`,
    column: 0,
    row: lines.length + 3 + index * rowsPerChart,
    width: 480,
    height,
  }));
}

export function annualWorkbook(report: AnnualReport, charts: AnnualCharts, language: Language): WorkbookOut {
  const t = REPORT_TEXTS[language];
  const c = t.columns;
  const s = t.sentences;
  const interim = report.kind === "interim";
  const total = report.overview.total;
  const goalCount = total.met + total.partlyMet + total.notMet + total.cannotAssess;
  const { financial } = report;
  const extra: FrontRow[] = [
    [t.headings.overview, s.metOf(total.met, goalCount)],
    [t.headings.comparison, wrapped(comparisonSentence(report.comparison, language))],
    // The controllers' conclusion where they gave one, else Puls's proposal with why (the checklist says it is unconfirmed).
    [
      t.headings.soundFinances,
      wrapped(financial.judgement === null ? proposalSentences(financial.proposal, language).join(" ") : conclusionSentence(SOUND_FINANCES_OF_ASSESSMENT[financial.judgement.assessment], language)),
    ],
    ...(financial.judgement === null ? [] : [[c.justification, wrapped(financial.judgement.justification)] as FrontRow]),
    ...(financial.judgement === null || financial.proposal.balance === null ? [] : [["", wrapped(balanceSentence(financial.proposal.balance, language))] as FrontRow]),
    ...(financial.financialRollup === null ? [] : [["", s.financialRollup(assessmentWord(financial.financialRollup.assessment, language))] as FrontRow]),
    ...(financial.resultRollup === null ? [] : [["", s.resultRollup(assessmentWord(financial.resultRollup.assessment, language))] as FrontRow]),
    // The sign convention once, for the Prognos sheet (rules.md §9).
    ...(report.forecasts === null || report.forecasts.length === 0 ? [] : [[t.headings.forecasts, wrapped(`${s.signConvention} ${s.forecastSources}`)] as FrontRow]),
  ];
  type AreaCounts = AnnualReport["overview"]["areas"][number];
  const overviewColumns: Column<AreaCounts>[] = [
    { header: c.area, width: 30, cell: (a) => a.area?.name ?? s.noArea },
    { header: c.met, cell: (a) => a.counts.met },
    { header: c.partlyMet, width: 15, cell: (a) => a.counts.partlyMet },
    { header: c.notMet, width: 13, cell: (a) => a.counts.notMet },
    { header: c.cannotAssess, width: 16, cell: (a) => a.counts.cannotAssess },
    { header: c.total, cell: (a) => a.counts.met + a.counts.partlyMet + a.counts.notMet + a.counts.cannotAssess },
  ];
  const overviewRows: AreaCounts[] = [...report.overview.areas, { area: { id: "", name: c.total, level: "priorityArea" }, counts: total }];
  const overviewImages = stacked([charts.overview], overviewRows.length + 3, 0.9);
  const overview: SheetOut = {
    ...tableSheet(t.sheets.overview, overviewColumns, overviewRows, language),
    images: overviewImages,
    charts: [overviewExcelChart(report.overview.areas.length, t.headings.overview, overviewImages[0])],
  };

  const goals = report.areas.flatMap(({ area, goals: list }) => list.map((goal) => ({ ...goal, area })));
  const goalColumns: Column<ResultGoalSection & { readonly area: GoalRef | null }>[] = [
    { header: c.area, width: 26, cell: (g) => g.area?.name ?? s.noArea },
    { header: c.goal, width: 8, cell: (g) => g.goal.id },
    { header: c.goalName, width: 44, cell: (g) => g.goal.name },
    { header: c.assessment, width: 18, cell: (g) => assessmentWord(g.assessment.effective, language), colour: "assessment" },
    { header: c.computed, width: 20, cell: (g) => assessmentWord(g.assessment.computed.assessment, language), colour: "assessment" },
    { header: c.justification, width: 60, cell: (g) => wrapped(g.assessment.manual?.justification ?? "") },
    ...(interim
      ? [
          { header: c.fullYear, width: 20, cell: (g) => (g.fullYear === null ? "" : assessmentWord(g.fullYear.assessment, language)), colour: "assessment" } satisfies Column<ResultGoalSection>,
          { header: c.fullYearSource, width: 34, cell: (g) => (g.fullYear === null ? "" : t.fullYearSource[g.fullYear.source]) } satisfies Column<ResultGoalSection>,
        ]
      : []),
  ];
  const keyIndicators = goals.flatMap((goal) => goal.keyIndicators.map((line) => ({ ...line, goal: goal.goal })));
  const historyPeriods = keyIndicators[0]?.history.map((point) => point.name) ?? [];
  const { reference } = report.comparison;
  const indicatorColumns: Column<KeyIndicator & { readonly goal: GoalRef }>[] = [
    { header: c.goal, width: 8, cell: (l) => l.goal.id },
    { header: c.indicator, width: 10, cell: (l) => l.indicator.id },
    { header: c.indicatorName, width: 44, cell: (l) => l.indicator.name },
    { header: c.organisationName, width: 18, cell: (l) => l.organisation.name },
    ...historyPeriods.map((period, index): Column<KeyIndicator> => ({ header: period, width: 12, cell: (l) => measuredCell(l.history[index]?.value ?? null, l.indicator.unit) })),
    // The full year beside the history, after it: outside the range Excel's history charts draw.
    ...(reference === null ? [] : [{ header: c.reference(reference.name), width: 20, cell: (l) => measuredCell(l.reference?.value ?? null, l.indicator.unit) } satisfies Column<KeyIndicator>]),
    { header: c.target, width: 12, cell: (l) => targetCell(l.target, l.indicator.unit) },
    { header: c.status, width: 10, cell: (l) => statusWord(l.status, language), colour: "status" },
    // Target status and peer status side by side (the peer one is relative: see the note on the front sheet).
    ...peerColumns<KeyIndicator & { readonly goal: GoalRef }>(keyIndicators, language),
    { header: c.trend, width: 12, cell: (l) => TREND_LABELS[language][l.trend] },
    // How the organisation's value was made from its units' ("summa av 7 enheter").
    { header: c.units, width: 34, cell: (l) => howAggregatedText(l.howAggregated, language) },
  ];
  const chartsSheet = chartSheet(
    sheetName(t.sheets.charts),
    goals.map((goal) => ({ caption: t.sentences.historyChartCaption(`${goal.goal.id} ${goal.goal.name}`), pictures: charts.keyIndicators.get(goal.goal.id) ?? [] })).filter((group) => group.pictures.length > 0),
  );
  // A goal's own row (its assessment), then a row per indicator.
  const financialRows = financial.goals.flatMap(({ goal, assessment, indicators }): FinancialRow[] => [
    { goal, assessment: assessmentWord(assessment.effective, language), line: null },
    ...indicators.map((line) => ({ goal, assessment: "", line })),
  ]);
  const financialColumns: Column<FinancialRow>[] = [
    { header: c.goal, width: 8, cell: (r) => r.goal.id },
    { header: c.goalName, width: 40, cell: (r) => r.goal.name },
    { header: c.assessment, width: 18, cell: (r) => r.assessment, colour: "assessment" },
    { header: c.indicator, width: 10, cell: (r) => r.line?.indicator.id ?? "" },
    { header: c.indicatorName, width: 44, cell: (r) => r.line?.indicator.name ?? "" },
    { header: c.target, width: 12, cell: (r) => (r.line === null ? null : targetCell(r.line.target, r.line.indicator.unit)) },
    { header: c.actual, width: 12, cell: (r) => (r.line === null ? null : measuredCell(r.line.actual, r.line.indicator.unit)) },
    { header: c.status, width: 10, cell: (r) => (r.line === null ? "" : statusWord(r.line.status, language)), colour: "status" },
  ];
  const forecastColumns: Column<ForecastLine>[] = [
    { header: c.indicator, width: 10, cell: (f) => f.indicator.id },
    { header: c.indicatorName, width: 44, cell: (f) => f.indicator.name },
    { header: c.organisationName, width: 18, cell: (f) => f.organisation.name },
    { header: c.ytd, width: 14, cell: (f) => measuredCell(f.ytd, f.indicator.unit) },
    { header: c.months, cell: (f) => f.months },
    { header: c.forecast, width: 14, cell: (f) => measuredCell(f.forecast, f.indicator.unit) },
    { header: c.forecastSource, width: 30, cell: (f) => forecastSourceText(f, language) },
    { header: c.budget, width: 14, cell: (f) => measuredCell(f.budget, f.indicator.unit) },
    // + is better than budget (rules.md §9): the sign shown in the format, as in the document.
    { header: c.deviation, width: 14, cell: (f) => (f.deviation === null ? null : { value: f.deviation, numFmt: SIGNED_AMOUNT_FORMAT }) },
    { header: c.relativeDeviation, width: 13, cell: (f) => (f.relative === undefined ? null : { value: f.relative, numFmt: SIGNED_PERCENT_FORMAT }) },
  ];
  return {
    sheets: [
      frontSheet(report.kind, report.basis, language, extra),
      overview,
      tableSheet(t.sheets.goals, goalColumns, goals, language),
      { ...tableSheet(t.sheets.indicators, indicatorColumns, keyIndicators, language), charts: keyIndicatorExcelCharts(keyIndicators, historyPeriods.length) },
      chartsSheet,
      tableSheet(t.sheets.financial, financialColumns, financialRows, language),
      ...(report.forecasts === null ? [] : [tableSheet(t.sheets.forecasts, forecastColumns, report.forecasts, language)]),
    ],
  };
}
