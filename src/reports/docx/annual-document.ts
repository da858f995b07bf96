/**
 * The goal-attainment section of the annual or interim report as a Word document (docs/reports.md §3).
 */
import type { FileChild } from "docx";
import { SOUND_FINANCES_OF_ASSESSMENT, type AnnualReport, type Comparison, type FinancialSection, type Language, type ResultGoalSection } from "../../core";
import { draftJustification } from "../reasoning-text";
import { balanceSentence, conclusionSentence, proposalSentences } from "../sound-finances-text";
import { assessmentWord, formatDate, formatInTable, formatMeasured, formatSigned, formatSignedPercent, formatTarget, nameWithUnit, statusWord, targetInTable } from "../format";
import { forecastSourceText } from "../forecast-text";
import type { AnnualCharts } from "../xlsx/annual-workbook";
import { comparisonSentence } from "../comparisons";
import { REPORT_TEXTS } from "../texts";
import { GOAL_LEVEL_WORDS } from "../../workbook/plan/plan-words";
import { aggregationNote, assessmentCell, bullets, caption, captionedTable, charts, hasPeerStatus, heading, labelled, numberCell, paragraph, peerCells, peerNote, statusCell, table } from "./blocks";
import { reportDocument } from "./document";
import type { Draft } from "../texts";

export function annualDocument(report: AnnualReport, chartsOf: AnnualCharts, language: Language, draft: Draft | null = null, firstPage: readonly string[] = []) {
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
    caption(t.sentences.overviewChartCaption),
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
    ...soundFinancesBlocks(financial, language),
  );
  if (report.forecasts !== null) {
    body.push(heading(t.headings.forecasts, 1, { newPage: true }));
    if (report.forecasts.length === 0) body.push(paragraph(s.noForecasts));
    else {
      // The sign convention once, above the table (rules.md §9): + is better than budget.
      body.push(paragraph(s.signConvention, { bold: true }), paragraph(s.forecastSources));
      body.push(
        table(
          [c.indicatorName, c.ytd, c.forecast, c.forecastSource, c.budget, c.deviation, c.relativeDeviation],
          report.forecasts.map((line) => {
            // The unit in the row's name, the numbers bare; a division's line under its indicator's.
            const unit = line.indicator.unit.trim() === "%" ? "%" : "";
            return [
              line.level === "division" ? `– ${line.organisation.name}` : nameWithUnit(line.indicator.name, line.indicator.unit),
              numberCell(formatMeasured(line.ytd, unit, language)),
              numberCell(formatMeasured(line.forecast, unit, language)),
              forecastSourceText(line, language),
              numberCell(formatMeasured(line.budget, unit, language)),
              numberCell(formatSigned(line.deviation, unit, language)),
              numberCell(formatSignedPercent(line.relative, language)),
            ];
          }),
          "content",
        ),
      );
      if (report.forecasts.some((line) => line.budget === null)) body.push(paragraph(s.deviationIndicator));
    }
  }
  const peers = report.areas.some(({ goals }) => goals.some((goal) => hasPeerStatus(goal.keyIndicators)));
  return reportDocument(report.kind, report.basis, body, language, draft, { peers, firstPage });
}

function goalBlocks(goal: ResultGoalSection, comparison: Comparison, chartsOf: AnnualCharts, language: Language): FileChild[] {
  const t = REPORT_TEXTS[language];
  const c = t.columns;
  const { assessment } = goal;
  const blocks: FileChild[] = [
    heading(`${GOAL_LEVEL_WORDS[goal.goal.level]} ${goal.goal.id} ${goal.goal.name}`, 2),
    labelled(c.owner, goal.owner.name),
    labelled(c.assessment, assessmentWord(assessment.effective, language)),
    // The controller's own justification stands; without one, the one Puls drafted from the data.
    ...justificationOf(goal, language),
    ...(assessment.differs ? [paragraph(t.sentences.computedVsManual(assessmentWord(assessment.computed.assessment, language), assessmentWord(assessment.effective, language)), { italic: true })] : []),
    ...(goal.fullYear === null ? [] : [labelled(c.fullYear, `${assessmentWord(goal.fullYear.assessment, language)} (${t.fullYearSource[goal.fullYear.source]})`)]),
  ];
  if (goal.keyIndicators.length === 0) return blocks;
  // Two tables that fit a portrait page, never a word broken over two lines: this period against
  // its targets (and the peers), then the same period in earlier years with the full-year reference.
  const s = t.sentences;
  const peers = peerCells(goal.keyIndicators, language);
  blocks.push(
    ...captionedTable(s.resultsCaption(goal.goal.id), [c.indicatorName, c.actual, c.target, c.status, ...peers.headers], goal.keyIndicators, (line) => [
      numberCell(formatInTable(line.actual, line.indicator.unit, language)),
      numberCell(targetInTable(line.target, line.indicator.unit, language)),
      statusCell(statusWord(line.status, language), line.status),
      ...peers.cells(line),
    ]),
  );
  const periods = goal.keyIndicators[0]?.history.map((point) => point.name) ?? [];
  const reference = comparison.reference === null ? [] : [c.reference(comparison.reference.name)];
  if (periods.length > 1) {
    blocks.push(
      ...captionedTable(s.historyCaption(goal.goal.id), [c.indicatorName, ...periods, ...reference], goal.keyIndicators, (line) => [
        ...periods.map((_, index) => numberCell(formatInTable(line.history[index]?.value ?? null, line.indicator.unit, language))),
        ...(reference.length === 0 ? [] : [numberCell(formatInTable(line.reference?.value ?? null, line.indicator.unit, language))]),
      ]),
    );
  }
  const source = peers.headers.length > 0 ? peerNote(goal.keyIndicators, language) : null;
  if (source !== null) blocks.push(source);
  const made = aggregationNote(goal.keyIndicators, language);
  if (made !== null) blocks.push(made);
  // The history charts, one per indicator, several to a picture.
  const pictures = chartsOf.keyIndicators.get(goal.goal.id) ?? [];
  if (pictures.length > 0) blocks.push(caption(t.sentences.historyChartCaption(goal.goal.id)));
  for (const picture of pictures) blocks.push(charts([picture], 640));
  blocks.push(...unitVoices(goal, language));
  return blocks;
}

/**
 * The conclusion on good financial management: the controllers' own where Bedömningar has it for
 * the period (goal GEH), else the one Puls proposes, with why; then the balance requirement.
 */
function soundFinancesBlocks(financial: FinancialSection, language: Language): FileChild[] {
  const t = REPORT_TEXTS[language];
  const { proposal, judgement } = financial;
  const blocks: FileChild[] = [heading(t.headings.soundFinances, 2)];
  if (judgement !== null) {
    blocks.push(paragraph(conclusionSentence(SOUND_FINANCES_OF_ASSESSMENT[judgement.assessment], language), { bold: true }));
    if (judgement.justification.trim() !== "") blocks.push(paragraph(judgement.justification));
    if (proposal.balance !== null) blocks.push(paragraph(balanceSentence(proposal.balance, language)));
  } else {
    const [first, ...rest] = proposalSentences(proposal, language);
    blocks.push(paragraph(first ?? "", { bold: true }), paragraph(rest.join(" ")));
  }
  if (proposal.balance !== null) {
    const c = t.columns;
    const tkr = (value: number) => numberCell(formatMeasured(value, "tkr", language));
    blocks.push(
      table(
        [c.balanceItem, c.amount],
        [
          [proposal.balance.forecast ? `${c.resultForecast}${proposal.balance.source === null ? "" : ` (${forecastSourceText(proposal.balance.source, language).toLowerCase()})`}` : c.result, tkr(proposal.balance.result)],
          [c.balanceAdjustments, tkr(proposal.balance.adjustments)],
          [c.balanceResult, tkr(proposal.balance.balanceResult)],
        ],
        [70, 30],
      ),
    );
  }
  return blocks;
}

function justificationOf(goal: ResultGoalSection, language: Language): FileChild[] {
  const label = REPORT_TEXTS[language].columns.justification;
  const manual = goal.assessment.manual?.justification.trim() ?? "";
  if (manual !== "") return [labelled(label, manual)];
  return goal.reasoning === null ? [] : [labelled(label, draftJustification(goal.reasoning, language))];
}

/** What the units wrote about the goal (their analyses) and, where it is not met, what they do about it. */
function unitVoices(goal: ResultGoalSection, language: Language): FileChild[] {
  const s = REPORT_TEXTS[language].sentences;
  const blocks: FileChild[] = [];
  if (goal.analyses.length > 0) {
    blocks.push(heading(s.unitAnalyses, 3));
    blocks.push(...bullets(goal.analyses.slice(0, MAX_VOICES).map((analysis) => `${analysis.organisation.name}: ${analysis.text}`)));
    if (goal.analyses.length > MAX_VOICES) blocks.push(paragraph(s.moreInOperational(goal.analyses.length - MAX_VOICES), { italic: true }));
  }
  if (goal.actions.length > 0) {
    blocks.push(heading(s.goalActions, 3));
    blocks.push(
      ...bullets(
        goal.actions.slice(0, MAX_VOICES).map((action) => {
          const when = action.newDate === "" ? s.actionDue(formatDate(action.due)) : s.actionMoved(formatDate(action.due), formatDate(action.newDate));
          return `${action.action} (${action.organisation.name}; ${action.owner === "" ? "" : `${action.owner}, `}${when}; ${action.statusText.toLowerCase()}${action.overdue ? `, ${s.actionOverdue}` : ""})`;
        }),
      ),
    );
    if (goal.actions.length > MAX_VOICES) blocks.push(paragraph(s.moreInOperational(goal.actions.length - MAX_VOICES), { italic: true }));
  }
  return blocks;
}

/** How many analyses and actions a council document quotes per goal; the rest are in the operational report. */
const MAX_VOICES = 5;
