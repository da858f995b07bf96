/**
 * A pulse board above the units as a worksheet (docs/reports.md, "Pulstavla"): one A4 landscape
 * page with the goals by assessment, a grid of indicators × the organisation and those directly
 * below it with the status word in each cell, who has reported, the overdue actions and the
 * improvement work. Every colour has its word beside or in it (black-and-white print, colour
 * blindness); the fills are fixed, since the board is made from collected data, not typed into.
 */
import { ASSESSMENT_LABELS, PDCA_LABELS, REPORTING_STATE_WORDS, STATUS_LABELS, rootCauseOf, type Assessment, type Language, type PulseBoard, type ReportingState, type Status } from "../../core";
import { columnLetters } from "../../workbook/grid";
import type { CellOut, FormattedCell, SheetOut } from "../../workbook/output";
import { STATUS_FILLS } from "../../workbook/status-colours";
import { wrappedHeight } from "../../workbook/wrapped-height";
import { formatDate } from "../format";
import { widthsWithoutBrokenWords } from "./table-layout";
import { PULSE_BOARD_SHEET_TEXTS } from "./pulse-board-texts";

const NAME_WIDTH = 46;
const COLUMN_WIDTH = 13;
/** The columns right of the names are at least this many, so the lists below the grid have room. */
const MIN_COLUMNS = 5;
/** How many overdue actions and improvement items the page lists; the rest are in the operational report. */
const LISTED = 8;

const ASSESSMENT_ORDER: readonly Assessment[] = ["notMet", "partlyMet", "met", "cannotAssess"];
const ASSESSMENT_STATUS: Readonly<Record<Assessment, Status>> = { met: "green", partlyMet: "yellow", notMet: "red", cannotAssess: "missing" };
const REPORTING_STATUS: Readonly<Record<ReportingState, Status>> = { submitted: "green", late: "yellow", submittedWithErrors: "yellow", missing: "red" };

const coloured = (value: string, status: Status, style: FormattedCell["style"] = "label"): FormattedCell => ({ value, fill: STATUS_FILLS[status].fill, style });

/** Builds the rows, merges and heights of one board. */
class Page {
  readonly rows: CellOut[][] = [];
  readonly merges: string[] = [];
  readonly heights: { row: number; height: number }[] = [];
  /** Adds a row; `spans` merges cells (by their index in `cells`) across that many columns. */
  add(cells: readonly CellOut[], spans: readonly number[] = [], height?: number): void {
    const row: CellOut[] = [];
    const excelRow = this.rows.length + 1;
    cells.forEach((cell, index) => {
      const span = spans[index] ?? 1;
      if (span > 1) this.merges.push(`${columnLetters(row.length)}${excelRow}:${columnLetters(row.length + span - 1)}${excelRow}`);
      row.push(cell);
      for (let s = 1; s < span; s++) row.push(null);
    });
    this.rows.push(row);
    if (height !== undefined) this.heights.push({ row: excelRow, height });
  }
}

export function pulseBoardSheet(board: PulseBoard, name: string, language: Language): SheetOut {
  const t = PULSE_BOARD_SHEET_TEXTS[language];
  const dataColumns = Math.max(board.columns.length, MIN_COLUMNS);
  // Each column as wide as its name's longest word, so no name breaks mid-word ("Gymnasieskol|an").
  const widths = widthsWithoutBrokenWords(
    Array.from({ length: dataColumns }, (_, index) => ({ header: board.columns[index]?.organisation.name ?? "", width: COLUMN_WIDTH })),
    [],
  );
  const page = new Page();
  const all = 1 + dataColumns;
  page.add([{ value: t.title(board.organisation.name), style: "title" }], [all]);
  const reported = board.reported === null ? "" : ` ${t.reported(board.reported.reported, board.reported.expected)}`;
  page.add([{ value: `${t.period(board.basis.period.name, board.basis.period.id)}.${reported}`, style: "wrap" }], [all]);
  const statusOrder: readonly Status[] = ["green", "yellow", "red", "missing"];
  const counted = (labels: readonly string[]) => Math.max(15, ...labels.map((label, index) => wrappedHeight(label, widths[index] ?? COLUMN_WIDTH) ?? 15));
  const statusLabels = statusOrder.map((status) => `${STATUS_LABELS[language][status]}: ${board.statuses[status]}`);
  page.add([{ value: t.indicatorsByStatus, style: "label" }, ...statusOrder.map((status, index) => coloured(statusLabels[index] ?? "", status))], [], counted(statusLabels));
  const assessmentLabels = ASSESSMENT_ORDER.map((assessment) => `${ASSESSMENT_LABELS[language][assessment]}: ${board.goalAssessments[assessment]}`);
  page.add([{ value: t.goalsByAssessment, style: "label" }, ...ASSESSMENT_ORDER.map((assessment, index) => coloured(assessmentLabels[index] ?? "", ASSESSMENT_STATUS[assessment]))], [], counted(assessmentLabels));
  page.add([]);

  if (board.goals.length > 0) {
    page.add([{ value: t.goals(board.organisation.name), style: "title" }], [all]);
    const rank = (assessment: Assessment | null) => (assessment === null ? ASSESSMENT_ORDER.length : ASSESSMENT_ORDER.indexOf(assessment));
    const goals = [...board.goals].sort((a, b) => rank(a.assessment) - rank(b.assessment));
    for (const { goal, assessment } of goals) {
      const word = assessment === null ? t.notAssessed : ASSESSMENT_LABELS[language][assessment];
      page.add([{ value: `${goal.id} ${goal.name}`, style: "wrap" }, coloured(word, assessment === null ? "missing" : ASSESSMENT_STATUS[assessment])], [1, 2], wrappedHeight(`${goal.id} ${goal.name}`, NAME_WIDTH));
    }
    page.add([]);
  }

  page.add([{ value: t.grid, style: "title" }], [all]);
  const headers = board.columns.map((column) => column.organisation.name);
  page.add([{ value: t.indicator, style: "label" }, ...headers.map((header): CellOut => ({ value: header, style: "label" }))], [], Math.max(...headers.map((header, index) => wrappedHeight(header, widths[index] ?? COLUMN_WIDTH) ?? 15), 15));
  page.add([
    { value: t.reporting, style: "bold" },
    ...board.columns.map((column): CellOut => {
      if (column.reporting !== null) return coloured(REPORTING_STATE_WORDS[language][column.reporting], REPORTING_STATUS[column.reporting], "label");
      if (column.reportedBelow !== null) return coloured(t.ofUnits(column.reportedBelow.reported, column.reportedBelow.expected), column.reportedBelow.reported === column.reportedBelow.expected ? "green" : "yellow", "label");
      return "";
    }),
  ]);
  for (const row of board.rows) {
    const label = row.indicator.unit.trim() === "" ? row.indicator.name : `${row.indicator.name} (${row.indicator.unit})`;
    page.add([{ value: label, style: "wrap" }, ...row.statuses.map((status): CellOut => (status === null ? "" : coloured(STATUS_LABELS[language][status], status)))], [], wrappedHeight(label, NAME_WIDTH));
  }
  if (board.rows.length === 0) page.add([{ value: t.noIndicators, style: "wrap" }], [all]);
  page.add([]);

  page.add([{ value: t.overdue(board.overdue.length), style: "title" }], [all]);
  if (board.overdue.length === 0) page.add([t.noOverdue], [all]);
  else page.add([{ value: t.action, style: "bold" }, { value: t.due, style: "bold" }, { value: t.newDate, style: "bold" }, { value: t.owner, style: "bold" }], [1, 1, 1, dataColumns - 2]);
  for (const action of board.overdue.slice(0, LISTED)) {
    const text = `${action.organisation.name}: ${action.action}`;
    page.add([{ value: text, style: "wrap" }, coloured(formatDate(action.due), action.newDate === "" ? "red" : "missing", "top"), action.newDate === "" ? "" : coloured(formatDate(action.newDate), "red", "top"), { value: action.owner, style: "wrap" }], [1, 1, 1, dataColumns - 2], wrappedHeight(text, NAME_WIDTH));
  }
  if (board.overdue.length > LISTED) page.add([{ value: t.more(board.overdue.length - LISTED), style: "wrap" }], [all]);
  page.add([]);

  page.add([{ value: t.improvements(board.improvements.length), style: "title" }], [all]);
  if (board.improvements.length === 0) page.add([t.noImprovements], [all]);
  else page.add([{ value: t.problem, style: "bold" }, { value: t.rootCause, style: "bold" }, { value: t.stage, style: "bold" }, { value: t.owner, style: "bold" }], [1, dataColumns - 2, 1, 1]);
  for (const item of board.improvements.slice(0, LISTED)) {
    const text = `${item.organisation.name}: ${item.problem}`;
    const cause = rootCauseOf(item);
    const stage = item.stage === "unknown" ? item.stageText : PDCA_LABELS[language][item.stage];
    const height = Math.max(wrappedHeight(text, NAME_WIDTH) ?? 15, wrappedHeight(cause, widths.slice(0, dataColumns - 2).reduce((sum, width) => sum + width, 0)) ?? 15);
    page.add([{ value: text, style: "wrap" }, { value: cause, style: "wrap" }, { value: stage, style: "top" }, { value: item.owner, style: "wrap" }], [1, dataColumns - 2, 1, 1], height);
  }
  if (board.improvements.length > LISTED) page.add([{ value: t.more(board.improvements.length - LISTED), style: "wrap" }], [all]);

  return {
    name,
    headerTools: false,
    columns: [{ header: "", width: NAME_WIDTH }, ...widths.map((width) => ({ header: "", width }))],
    rows: page.rows,
    merges: page.merges,
    rowHeights: page.heights,
    onePage: true,
    pageFooter: { title: t.title(board.organisation.name), page: t.page },
  };
}
