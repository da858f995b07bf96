/**
 * Excel's limit on text in a cell: 32,767 characters. Longer text (a hostile or pasted-in
 * comment) would make a workbook Excel repairs or refuses, so it is cut, and where it was cut is
 * said. Applied to every workbook Puls writes.
 */
import { a1 } from "./grid";
import { headerRowOf, isFormattedCell, type CellOut, type SheetOut, type WorkbookOut } from "./output";

export const EXCEL_MAX_TEXT = 32_767;

/** A text that was cut: on which sheet, in which cell, and how long it was. */
export interface CutText {
  readonly sheet: string;
  readonly cell: string;
  readonly length: number;
}

const ELLIPSIS = "…";

function cutCell(cell: CellOut): CellOut {
  const value = isFormattedCell(cell) ? cell.value : cell;
  if (typeof value !== "string" || value.length <= EXCEL_MAX_TEXT) return cell;
  const cut = `${value.slice(0, EXCEL_MAX_TEXT - ELLIPSIS.length)}${ELLIPSIS}`;
  return isFormattedCell(cell) ? { ...cell, value: cut } : cut;
}

const tooLong = (cell: CellOut) => {
  const value = isFormattedCell(cell) ? cell.value : cell;
  return typeof value === "string" && value.length > EXCEL_MAX_TEXT;
};

function fitRows(rows: readonly (readonly CellOut[])[], sheet: string, firstRow: number, cut: CutText[]): readonly (readonly CellOut[])[] | undefined {
  let changed = false;
  const fitted = rows.map((row, r) => {
    if (!row.some(tooLong)) return row;
    changed = true;
    return row.map((cell, c) => {
      if (!tooLong(cell)) return cell;
      const value = isFormattedCell(cell) ? cell.value : cell;
      cut.push({ sheet, cell: a1(r + firstRow, c), length: typeof value === "string" ? value.length : 0 });
      return cutCell(cell);
    });
  });
  return changed ? fitted : undefined;
}

function fitSheet(sheet: SheetOut, cut: CutText[]): SheetOut {
  // The title block from row 1; rows under the header row, or after the title block on a sheet without headers (a report's front sheet).
  const intro = sheet.intro === undefined ? undefined : fitRows(sheet.intro, sheet.name, 0, cut);
  const firstRow = sheet.columns.every((column) => column.header === "") ? headerRowOf(sheet) - 1 : headerRowOf(sheet);
  const rows = fitRows(sheet.rows, sheet.name, firstRow, cut);
  if (intro === undefined && rows === undefined) return sheet;
  return { ...sheet, ...(intro === undefined ? {} : { intro }), ...(rows === undefined ? {} : { rows }) };
}

/** The workbook with every text over Excel's limit cut (ending in "…"), and where each was. */
export function fitToExcel(book: WorkbookOut): { book: WorkbookOut; cut: CutText[] } {
  const cut: CutText[] = [];
  const sheets = book.sheets.map((sheet) => fitSheet(sheet, cut));
  return { book: cut.length === 0 ? book : { ...book, sheets }, cut };
}
