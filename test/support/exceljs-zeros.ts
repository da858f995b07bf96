/**
 * exceljs reads a formula whose cached result is 0 as having no result (null: its reader drops a
 * falsy result); the file says 0, and the fast values reader reads 0. Such formulas are the
 * Pulstavla's counts: there, and only there, a 0 of the fast reader may stand where exceljs says
 * null. Comparing the two readers, every other cell must be the same.
 */
import type { WorkbookGrid } from "../../src/workbook/grid";
import { PULSE_BOARD_SHEET } from "../../src/workbook/template/template-format";

function withoutTrailingNulls<T>(row: readonly T[]): T[] {
  const cells = [...row];
  while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  return cells;
}

/** The fast reader's grid with the Pulstavla's zeros as exceljs reads them. */
export function withExceljsZeros(fast: WorkbookGrid, exceljs: WorkbookGrid): WorkbookGrid {
  return {
    ...fast,
    sheets: fast.sheets.map((sheet, s) =>
      sheet.name !== PULSE_BOARD_SHEET ? sheet : { ...sheet, rows: sheet.rows.map((row, r) => withoutTrailingNulls(row.map((cell, c) => (cell === 0 && (exceljs.sheets[s]?.rows[r]?.[c] ?? null) === null ? null : cell)))) },
    ),
  };
}
