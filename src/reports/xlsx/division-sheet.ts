/**
 * The operational report's sheet for one division, laid out to be read and printed
 * (docs/reports.md §1): the division's summary, then per organisation, the division itself first,
 * its indicator lines by goal with the comments beside them, its analyses and its action plan,
 * each organisation on a new page. Eight columns, so that fitted to the width of an A4 landscape
 * page the text prints at about nine-tenths of its size.
 */
import { LINE_HEIGHT, linesOf } from "../../workbook/wrapped-height";
import { STATUS_LABELS, TREND_LABELS, actionStatusWord, type ActionItem, type AnalysisItem, type DivisionSection, type IndicatorLine, type Language, type OperationalReport, type OrgRef } from "../../core";
import { howAggregatedText } from "../aggregation-text";
import { statusWord } from "../format";
import { REPORT_TEXTS } from "../texts";
import { columnLetters } from "../../workbook/grid";
import { measuredCell, targetCell } from "../../workbook/number-format";
import { isFormattedCell, type CellOut, type ColumnOut, type SheetOut } from "../../workbook/output";
import { statusColouring } from "../../workbook/status-colours";
import { date, percent, sheetName, wrapped } from "./sheets";

/** The columns' widths in characters; 169 in all, about 85 % of their size on an A4 landscape page. */
const WIDTHS = [44, 12, 12, 15, 10, 12, 14, 50] as const;
const LAST = columnLetters(WIDTHS.length - 1);
const STATUS_COLUMN = 4;
/** An organisation's heading and the action plan's column labels. */
const HEADING_FILL = "FFB8CCE4";
const LABEL_FILL = "FFF2F2F2";
/** A cell set at the top of its row, as the wrapped texts beside it are. */
function top(cell: CellOut): CellOut {
  if (cell === null || cell === "") return cell;
  if (!isFormattedCell(cell)) return { value: cell, style: "wrap" };
  return cell.style === undefined ? { ...cell, style: "wrap" } : cell;
}


export function divisionSheet(report: OperationalReport, division: DivisionSection, language: Language): SheetOut {
  const t = REPORT_TEXTS[language];
  const c = t.columns;
  const o = t.operational;
  const { basis } = report;
  const width = WIDTHS.length;
  const row = (...cells: CellOut[]): CellOut[] => [...cells, ...Array.from({ length: Math.max(0, width - cells.length) }, () => null)];
  const filled = (fill: string, ...texts: string[]): CellOut[] => Array.from({ length: width }, (_, index) => ({ value: texts[index] ?? null, style: "bold" as const, fill }));
  const statuses = division.statuses;
  const assessments = division.goalAssessments;
  const intro: CellOut[][] = [
    row({ value: division.organisation.name, style: "title" }),
    row({ value: `${t.titles.operational} – ${basis.municipality}, ${basis.period.name}`, style: "bold" }),
    ...(division.reporting === null
      ? []
      : [row([o.reported(division.reporting.reported, division.reporting.expected), ...(division.reporting.missing.length === 0 ? [] : [o.notReported(division.reporting.missing.map((unit) => unit.name).join(", "))])].join(" "))]),
    row(o.statuses(statuses.green, statuses.yellow, statuses.red, statuses.missing)),
    row(o.goals(assessments.met, assessments.partlyMet, assessments.notMet, assessments.cannotAssess)),
    row(o.print),
    row(),
  ];
  const previous = basis.previousPeriod === null ? c.previous : basis.previousPeriod.name;
  const columns: ColumnOut[] = [c.indicator, c.actual, c.target, c.attainment, c.status, previous, c.trend, c.comment].map((header, index) => ({ header, width: WIDTHS[index] }));
  const headerRow = intro.length + 1;
  const rows: CellOut[][] = [];
  const merges: string[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  const pageBreaks: number[] = [];
  /** The 1-based row the next row lands on. */
  const next = () => headerRow + 1 + rows.length;

  const lineRow = (line: IndicatorLine): CellOut[] => {
    const unit = line.indicator.unit;
    // An aggregated line says so beside it: how it was made, in the comment column.
    const name = `${line.indicator.id} ${line.indicator.name}`;
    const comment =
      line.comment !== ""
        ? wrapped(line.comment)
        : line.howAggregated !== null
          ? wrapped(howAggregatedText(line.howAggregated, language))
          : line.status === "red" && basis.rules.commentRequiredOnRed
            ? { value: o.commentMissing, style: "alert" as const }
            : null;
    return [wrapped(name), measuredCell(line.actual, unit), targetCell(line.target, unit), percent(line.attainment), statusWord(line.status, language), measuredCell(line.previous, unit), TREND_LABELS[language][line.trend], comment].map(top);
  };
  const analysisRows = (analyses: readonly AnalysisItem[]) => {
    if (analyses.length === 0) return;
    rows.push(row({ value: o.analysis, style: "bold" }));
    const textWidth = WIDTHS.slice(1).reduce((sum, w) => sum + w, 0);
    for (const analysis of analyses) {
      const label = analysis.goal === null ? o.whole : `${analysis.goal.id} ${analysis.goal.name}`;
      const at = next();
      merges.push(`B${at}:${LAST}${at}`);
      rowHeights.push({ row: at, height: LINE_HEIGHT * Math.max(linesOf(analysis.text, textWidth), linesOf(label, WIDTHS[0])) + 3 });
      rows.push(row(wrapped(label), wrapped(analysis.text)));
    }
  };
  const actionRows = (actions: readonly ActionItem[]) => {
    if (actions.length === 0) return;
    rows.push(row({ value: o.actions, style: "bold" }));
    rows.push(filled(LABEL_FILL, c.action, c.owner, c.due, c.newDate, c.actionStatus, c.overdue, c.about, c.comment));
    for (const action of actions) {
      // The original due date is kept; when it has slipped it is red, and Försenad says so in words.
      const due = date(action.due);
      rows.push(
        [
          wrapped(action.action),
          wrapped(action.owner),
          action.overdue ? (isFormattedCell(due) ? { ...due, style: "alert" as const } : { value: due, style: "alert" as const }) : due,
          date(action.newDate),
          actionStatusWord(action, language),
          action.overdue ? { value: c.overdue, style: "alert" as const } : null,
          wrapped(action.about),
          wrapped(action.comment),
        ].map(top),
      );
    }
  };

  const linesOfOrganisation = (organisation: OrgRef) =>
    division.goals.map((section) => ({ section, lines: section.lines.filter((line) => line.organisation.id === organisation.id) })).filter(({ lines }) => lines.length > 0);
  for (const organisation of division.members) {
    const goals = linesOfOrganisation(organisation);
    const analyses = division.analyses.filter((analysis) => analysis.organisation.id === organisation.id);
    const actions = division.actions.filter((action) => action.organisation.id === organisation.id);
    if (goals.length === 0 && analyses.length === 0 && actions.length === 0) continue;
    // Each organisation on a page of its own (the division's own lines first).
    if (rows.length > 0) pageBreaks.push(next() - 1);
    rows.push(filled(HEADING_FILL, o.unit(organisation.name, organisation.id)));
    for (const { section, lines } of goals) {
      const at = next();
      merges.push(`A${at}:${LAST}${at}`);
      rows.push(row({ value: `${section.goal.id} ${section.goal.name}`, style: "bold" }));
      for (const line of lines) rows.push(lineRow(line));
    }
    analysisRows(analyses);
    actionRows(actions);
    rows.push(row());
  }
  // No program fits a row to its wrapped text when it opens the file (LibreOffice does not): each
  // row with text over more than one line gets the height of its longest cell.
  const set = new Set(rowHeights.map((height) => height.row));
  rows.forEach((cells, index) => {
    const at = headerRow + 1 + index;
    if (set.has(at)) return;
    const lines = Math.max(1, ...cells.map((cell, column) => (isFormattedCell(cell) && cell.style === "wrap" && typeof cell.value === "string" ? linesOf(cell.value, WIDTHS[column] ?? 10) : 1)));
    if (lines > 1) rowHeights.push({ row: at, height: LINE_HEIGHT * lines + 3 });
  });
  const status = columnLetters(STATUS_COLUMN);
  const first = headerRow + 1;
  return {
    name: sheetName(division.organisation.name),
    columns,
    intro,
    rows,
    filterButtons: false,
    merges,
    rowHeights,
    pageBreaks,
    conditionalFormats: rows.length === 0 ? [] : [statusColouring(`${status}${first}:${status}${first + rows.length - 1}`, status, first, STATUS_LABELS[language])],
  };
}
