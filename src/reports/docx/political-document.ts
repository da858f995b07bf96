/**
 * The political analysis as a Word document (docs/reports.md §2).
 */
import type { FileChild } from "docx";
import { TREND_LABELS, type Language, type PoliticalAnalysis, type ResultGoalAnalysis } from "../../core";
import { assessmentWord, formatInTable, formatPercent, nameWithUnit, statusWord, targetInTable } from "../format";
import { REPORT_TEXTS } from "../texts";
import { GOAL_LEVEL_WORDS } from "../../workbook/plan/plan-words";
import { aggregationNote, assessmentCell, captionedTable, bullets, hasPeerStatus, heading, labelled, numberCell, paragraph, peerCells, peerNote, statusCell, table, type Cell } from "./blocks";
import { reportDocument } from "./document";
import type { Draft } from "../texts";

export function politicalDocument(report: PoliticalAnalysis, language: Language, draft: Draft | null = null, firstPage: readonly string[] = []) {
  const t = REPORT_TEXTS[language];
  const s = t.sentences;
  const body: FileChild[] = [];
  for (const { area, goals } of report.areas) {
    body.push(heading(area?.name ?? s.noArea, 1, { newPage: true }));
    for (const goal of goals) for (const block of goalBlocks(goal, language)) body.push(block);
  }
  const quality = report.dataQuality;
  const orgNames = (list: readonly { name: string }[]) => (list.length > 8 ? s.organisations(list.length) : list.map((o) => o.name).join(", "));
  const section = (title: string, items: readonly string[]) => [heading(title, 2), ...(items.length === 0 ? [paragraph(s.none)] : bullets(items))];
  body.push(
    heading(t.headings.dataQuality, 1, { newPage: true }),
    ...section(s.cannotAssessGoals, quality.cannotAssess.map((g) => `${g.goal.id} ${g.goal.name} (${g.organisation.name}): ${s.cannotAssess(formatPercent(g.coverage, language, 0))}`)),
    ...section(s.withoutTarget, quality.withoutTarget.map((i) => `${i.indicator.id} ${i.indicator.name}: ${orgNames(i.organisations)}`)),
    ...section(s.withoutOutcome, quality.withoutOutcome.map((i) => `${i.indicator.id} ${i.indicator.name}: ${orgNames(i.organisations)}`)),
    ...(quality.notReported === null ? [] : section(s.notReported, quality.notReported.map((o) => `${o.name} (${o.id})`))),
    heading(t.headings.nextPlan, 1),
    ...section(s.notMetTwice, report.nextPlan.notMetTwice.map((g) => `${g.id} ${g.name}`)),
    ...section(s.greenThreeYears, report.nextPlan.greenThreeYears.map((i) => `${i.id} ${i.name}${i.easyTarget === null ? "" : ` (${s.easyTarget[i.easyTarget]})`}`)),
    ...section(s.noDataTwoYears, report.nextPlan.noDataTwoYears.map((i) => `${i.id} ${i.name}`)),
  );
  const peers = report.areas.some(({ goals }) => goals.some((goal) => hasPeerStatus(goal.indicators)));
  return reportDocument("political", report.basis, body, language, draft, { peers, firstPage });
}

function goalBlocks(goal: ResultGoalAnalysis, language: Language): FileChild[] {
  const t = REPORT_TEXTS[language];
  const c = t.columns;
  const s = t.sentences;
  const { computed, effective, manual, differs } = goal.assessment;
  const blocks: FileChild[] = [
    heading(`${GOAL_LEVEL_WORDS[goal.goal.level]} ${goal.goal.id} ${goal.goal.name}`, 2),
    labelled(c.owner, goal.owner.name),
    table(
      [c.computed, c.withOutcome, c.assessment],
      [[assessmentCell(assessmentWord(computed.assessment, language), computed.assessment), numberCell(formatPercent(computed.coverage, language, 0)), assessmentCell(assessmentWord(effective, language), effective)]],
    ),
    ...(manual === null ? [] : [labelled(c.justification, manual.justification || s.noJustification)]),
    ...(differs ? [paragraph(s.differs, { bold: true })] : []),
    heading(t.headings.history, 3),
    table(
      goal.history.map((point) => point.name),
      [goal.history.map((point): Cell => (point.assessment === null ? { text: s.noHistory } : assessmentCell(assessmentWord(point.assessment, language), point.assessment)))],
    ),
  ];
  if (goal.subGoals.length > 0) {
    blocks.push(
      heading(t.headings.subGoals, 3),
      table(
        [c.goal, c.goalName, c.level, c.owner, c.assessment],
        goal.subGoals.map((sub) => [sub.goal.id, sub.goal.name, GOAL_LEVEL_WORDS[sub.goal.level], sub.organisation.name, assessmentCell(assessmentWord(sub.assessment.effective, language), sub.assessment.effective)]),
        "content",
        { flexible: 1 },
      ),
    );
  }
  if (goal.indicators.length > 0) {
    const peers = peerCells(goal.indicators, language);
    const hasPeers = peers.headers.length > 0;
    // Two tables that fit a portrait page without breaking a word: the results, then the peers.
    blocks.push(
      heading(t.headings.indicators, 3),
      table(
        [c.indicatorName, c.actual, c.target, c.status, c.trend, s.unitsHeader],
        goal.indicators.map((line) => [
          nameWithUnit(line.indicator.name, line.indicator.unit),
          numberCell(formatInTable(line.actual, line.indicator.unit, language)),
          numberCell(targetInTable(line.target, line.indicator.unit, language)),
          statusCell(statusWord(line.status, language), line.status),
          TREND_LABELS[language][line.trend],
          numberCell(s.unitsLine(line.units.green, line.units.yellow, line.units.red, line.units.missing)),
        ]),
        "content",
      ),
    );
    if (hasPeers) {
      blocks.push(...captionedTable(s.peersCaption, [c.indicatorName, ...peers.headers], goal.indicators, (line) => peers.cells(line)));
    }
    const source = hasPeers ? peerNote(goal.indicators, language) : null;
    if (source !== null) blocks.push(source);
    const made = aggregationNote(goal.indicators, language);
    if (made !== null) blocks.push(made);
  }
  // The majority's own words, where written; an empty field is left out (the checklist says it is
  // missing), never a to-do in the council's document.
  const fields = [
    [c.political, goal.political?.politicalAssessment],
    [c.analysis, goal.political?.analysis],
    [c.conclusions, goal.political?.conclusions],
  ].filter((field): field is [string, string] => field[1] !== undefined && field[1].trim() !== "");
  if (fields.length > 0) blocks.push(heading(t.headings.political, 3), ...fields.map(([label, text]) => labelled(label, text)));
  return blocks;
}
