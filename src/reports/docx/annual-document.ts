/**
 * The goal-attainment section of the annual or interim report as a Word document (docs/reports.md §3).
 */
import type { FileChild } from "docx";
import { type AnnualReport, type Comparison, type Language, type ResultGoalSection } from "../../core";
import { assessmentWord, formatInTable, formatMeasured, formatPercent, formatTarget, nameWithUnit, statusWord, targetInTable } from "../format";
import type { AnnualCharts } from "../xlsx/annual-workbook";
import { comparisonSentence } from "../comparisons";
import { REPORT_TEXTS } from "../texts";
import { GOAL_LEVEL_WORDS } from "../../workbook/plan/plan-words";
import { aggregationNote, assessmentCell, charts, hasPeerStatus, heading, labelled, numberCell, paragraph, peerCells, peerNote, statusCell, table } from "./blocks";
import { reportDocument } from "./document";
import type { Draft } from "../texts";

export function annualDocument(report: AnnualReport, chartsOf: AnnualCharts, language: Language, draft: Draft | null = null) {
  const t = REPORT_TEXTS[language];
  const c = t.columns;
  const s = t.sentences;
  const { total } = report.overview;
  const overview = chartsOf.overview;
  const count = total.met + total.partlyMet + total.notMet + total.cannotAssess;
  const body: FileChild[] = [
    heading(t.headings.overview, 1),
    paragraph(`${s.metOf(total.met, count)}.`, { bold: true }),
    paragraph(s.assessmentCounts(total.met, total.partlyMet, total.notMet, total.cannotAssess)),
    paragraph(comparisonSentence(report.comparison, language), { italic: report.comparison.earlier.length > 0, bold: report.comparison.earlier.length === 0 }),
    charts([overview], 620),
    table(
      [c.area, c.met, c.partlyMet, c.notMet, c.cannotAssess],
      [...report.overview.areas, { area: null, counts: total }].map(({ area, counts }, index, all) => [
        index === all.length - 1 ? c.total : (area?.name ?? s.noArea),
        numberCell(String(counts.met)),
        numberCell(String(counts.partlyMet)),
        numberCell(String(counts.notMet)),
        numberCell(String(counts.cannotAssess)),
      ]),
      [40, 15, 15, 15, 15],
    ),
  ];
  for (const { area, goals } of report.areas) {
    body.push(heading(area?.name ?? s.noArea, 1, { newPage: true }));
    for (const goal of goals) for (const block of goalBlocks(goal, report.comparison, chartsOf, language)) body.push(block);
  }
  const { financial } = report;
  body.push(
    heading(t.headings.financial, 1, { newPage: true }),
    table(
      [c.goal, c.indicatorName, c.target, c.actual, c.status],
      financial.goals.flatMap(({ goal, assessment, indicators }) => [
        [`${goal.id} ${goal.name}`, "", "", "", assessmentCell(assessmentWord(assessment.effective, language), assessment.effective)],
        ...indicators.map((line) => ["", line.indicator.name, numberCell(formatTarget(line.target, line.indicator.unit, language)), numberCell(formatMeasured(line.actual, line.indicator.unit, language)), statusCell(statusWord(line.status, language), line.status)]),
      ]),
      [28, 34, 13, 13, 12],
    ),
    ...(financial.financialRollup === null ? [] : [paragraph(s.financialRollup(assessmentWord(financial.financialRollup.assessment, language)))]),
    ...(financial.resultRollup === null ? [] : [paragraph(s.resultRollup(assessmentWord(financial.resultRollup.assessment, language)))]),
    financial.judgement === null ? paragraph(s.judgementMissing, { bold: true }) : paragraph(s.judgement(assessmentWord(financial.judgement.assessment, language)), { bold: true }),
    ...(financial.judgement === null ? [] : [paragraph(financial.judgement.justification)]),
  );
  if (report.forecasts !== null) {
    body.push(heading(t.headings.forecasts, 1, { newPage: true }));
    if (report.forecasts.length === 0) body.push(paragraph(s.noForecasts));
    else
      body.push(
        table(
          [c.indicatorName, c.ytd, c.forecast, c.budget, c.deviation, c.relativeDeviation],
          report.forecasts.map((line) => {
            const unit = line.indicator.unit;
            return [line.indicator.name, numberCell(formatMeasured(line.ytd, unit, language)), numberCell(formatMeasured(line.forecast, unit, language)), numberCell(formatMeasured(line.budget, unit, language)), numberCell(formatMeasured(line.deviation, unit, language)), numberCell(formatPercent(line.relative, language))];
          }),
          [36, 13, 13, 13, 13, 12],
        ),
      );
  }
  const peers = report.areas.some(({ goals }) => goals.some((goal) => hasPeerStatus(goal.keyIndicators)));
  return reportDocument(report.kind, report.basis, body, language, draft, { peers });
}

function goalBlocks(goal: ResultGoalSection, comparison: Comparison, chartsOf: AnnualCharts, language: Language): FileChild[] {
  const t = REPORT_TEXTS[language];
  const c = t.columns;
  const { assessment } = goal;
  const blocks: FileChild[] = [
    heading(`${GOAL_LEVEL_WORDS[goal.goal.level]} ${goal.goal.id} ${goal.goal.name}`, 2),
    labelled(c.owner, goal.owner.name),
    labelled(c.assessment, assessmentWord(assessment.effective, language)),
    ...(assessment.manual === null ? [] : [labelled(c.justification, assessment.manual.justification)]),
    ...(assessment.differs ? [paragraph(t.sentences.computedVsManual(assessmentWord(assessment.computed.assessment, language), assessmentWord(assessment.effective, language)), { italic: true })] : []),
    ...(goal.fullYear === null ? [] : [labelled(c.fullYear, `${assessmentWord(goal.fullYear.assessment, language)} (${t.fullYearSource[goal.fullYear.source]})`)]),
  ];
  if (goal.keyIndicators.length === 0) return blocks;
  // The same period in earlier years, then the full-year reference beside them, labelled as such.
  const periods = goal.keyIndicators[0]?.history.map((point) => point.name) ?? [];
  const reference = comparison.reference === null ? [] : [c.reference(comparison.reference.name)];
  const peers = peerCells(goal.keyIndicators, language);
  const headers = [c.indicatorName, ...periods, ...reference, c.target, c.status, ...peers.headers];
  blocks.push(
    table(
      headers,
      goal.keyIndicators.map((line) => [
        nameWithUnit(line.indicator.name, line.indicator.unit),
        ...periods.map((_, index) => numberCell(formatInTable(line.history[index]?.value ?? null, line.indicator.unit, language))),
        ...(reference.length === 0 ? [] : [numberCell(formatInTable(line.reference?.value ?? null, line.indicator.unit, language))]),
        numberCell(targetInTable(line.target, line.indicator.unit, language)),
        statusCell(statusWord(line.status, language), line.status),
        ...peers.cells(line),
      ]),
      // The name narrower than in other tables: the numbers need the room.
      headers.map((_, index) => (index === 0 ? 22 : 78 / (headers.length - 1))),
      { compact: true },
    ),
  );
  const source = peers.headers.length > 0 ? peerNote(goal.keyIndicators, language) : null;
  if (source !== null) blocks.push(source);
  const made = aggregationNote(goal.keyIndicators, language);
  if (made !== null) blocks.push(made);
  // The history charts, one per indicator, several to a picture.
  for (const picture of chartsOf.keyIndicators.get(goal.goal.id) ?? []) blocks.push(charts([picture], 640));
  return blocks;
}
