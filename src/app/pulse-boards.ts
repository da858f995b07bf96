/**
 * The pulse boards above the units (docs/reports.md, "Pulstavla"): the top of the organisation's
 * board, then each division's, as worksheets for the consolidated workbook, the plan open in Excel,
 * and `puls pulstavla`'s own workbook and one-page PDFs.
 */
import { FollowUp, pulseBoards, type Language, type PulseBoard, type ReportInput } from "../core";
import { pulseBoardSheet } from "../reports/xlsx/pulse-board-sheet";
import type { SheetOut, WorkbookOut } from "../workbook/output";
import { PULSE_BOARD_SHEET } from "../workbook/template/template-format";
import { uniqueSheetNames } from "../workbook/template/file-name";

/** A board with the name of its sheet: "Pulstavla" for the top of the tree, "Pulstavla Utbildning" for a division. */
export interface NamedBoard {
  readonly board: PulseBoard;
  readonly sheet: SheetOut;
}

/** Each board of the follow-up as its sheet. */
export function pulseBoardSheets(input: ReportInput | FollowUp, language: Language = "sv"): NamedBoard[] {
  const followUp = input instanceof FollowUp ? input : new FollowUp(input);
  const boards = pulseBoards(followUp);
  const names = uniqueSheetNames(boards.map((board, index) => (index === 0 ? PULSE_BOARD_SHEET : `${PULSE_BOARD_SHEET} ${board.organisation.name}`)), boards.map((board) => board.organisation.id));
  return boards.map((board, index) => ({ board, sheet: pulseBoardSheet(board, names[index] ?? board.organisation.id, language) }));
}

/** All the boards in one workbook, a sheet each. */
export function pulseBoardWorkbook(input: ReportInput | FollowUp, language: Language = "sv"): WorkbookOut {
  return { sheets: pulseBoardSheets(input, language).map((named) => named.sheet) };
}

/** The file name of the boards' workbook, and of one board's PDF. */
export function pulseBoardFileName(period: string, organisation?: string): string {
  return organisation === undefined ? `${PULSE_BOARD_SHEET} ${period}.xlsx` : `${PULSE_BOARD_SHEET} ${period} ${organisation}.pdf`;
}
