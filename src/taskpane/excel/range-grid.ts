/**
 * A worksheet's used range, as Office.js gives it, into the neutral {@link SheetGrid}: the same
 * grid the .xlsx readers give, so the plan and unit readers work unchanged on the open workbook.
 * Pure, so it is tested without Excel.
 */
import { isDateFormat, serialToIso } from "../../workbook/excel-dates";
import type { CellValue, SheetGrid, SheetState } from "../../workbook/grid";

/** What the adapter loads of a used range. */
export interface RangeData {
  /** Zero-based position of the range's top-left cell. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
}

const STATES: Readonly<Record<string, SheetState>> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

function cell(value: unknown, type: string | undefined, format: unknown): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: typeof value === "string" ? value : "#VALUE!" };
    case "Boolean":
      return value === true;
    case "Double":
    case "Integer": {
      const number = Number(value);
      if (!Number.isFinite(number)) return null;
      return typeof format === "string" && isDateFormat(format) ? { date: serialToIso(number, { date1904: false }) } : number;
    }
    default:
      return typeof value === "string" ? (value === "" ? null : value) : typeof value === "number" || typeof value === "boolean" ? String(value) : null;
  }
}

/** The grid of a sheet from its used range (null for a sheet with nothing in it). */
export function gridOfRange(name: string, visibility: string, range: RangeData | null): SheetGrid {
  const state = STATES[visibility] ?? "visible";
  if (range === null) return { name, state, rows: [] };
  const rows: CellValue[][] = Array.from({ length: range.rowIndex }, () => []);
  range.values.forEach((values, r) => {
    const cells: CellValue[] = Array.from({ length: range.columnIndex }, () => null);
    values.forEach((value, c) => cells.push(cell(value, range.valueTypes[r]?.[c], range.numberFormat[r]?.[c])));
    // Canonical rows, as the other readers give them: no trailing empty cells.
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    rows.push(cells);
  });
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return { name, state, rows };
}
