/**
 * The exceljs adapter, writing side: a {@link WorkbookOut} into .xlsx bytes.
 *
 * Dates are written as UTC midnight of their ISO date, which exceljs stores as that date
 * (a local-midnight Date would land on the previous day in Sweden).
 */
import ExcelJS from "exceljs";
import { columnIndex, columnLetters, isDateValue, isErrorCell, type CellValue } from "./grid";
import { isFormattedCell, type SheetOut, type ValidationOut, type WorkbookOut } from "./output";

/** A neutral cell value as what exceljs writes; text stays text, whatever its first character. */
export function toExcelValue(value: CellValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (isErrorCell(value)) return { error: value.error as ExcelJS.CellErrorValue["error"] };
  if (isDateValue(value)) {
    const [year, month, day] = value.date.slice(0, 10).split("-").map(Number);
    return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  }
  return null;
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCE6F2" } };

/** Adds a sheet's worksheet, with the options that must be given up front (the streaming writer needs them then). */
export function addWorksheet(workbook: ExcelJS.Workbook, sheet: SheetOut): ExcelJS.Worksheet {
  const frozen = sheet.headerTools !== false && sheet.columns.length > 0;
  return workbook.addWorksheet(sheet.name, {
    state: sheet.state ?? "visible",
    views: frozen ? [{ state: "frozen", ySplit: 1 }] : [],
    // Printed as people print these lists: landscape, as wide as the page, the header on every page.
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, ...(frozen ? { printTitlesRow: "1:1" } : {}) },
  });
}

/**
 * Fills a worksheet from a sheet to write. With `commitRows` (exceljs's streaming writer) each row
 * is committed as soon as it is written, so a large sheet never sits in memory whole.
 */
export function fillWorksheet(worksheet: ExcelJS.Worksheet, sheet: SheetOut, commitRows = false): void {
  worksheet.columns = sheet.columns.map((column) => ({ header: column.header, width: column.width ?? Math.max(10, column.header.length + 2) }));
  const header = worksheet.getRow(1);
  header.font = { name: "Calibri", size: 11, bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  if (commitRows) header.commit();
  // Worksheet-level parts first: a streamed worksheet writes them at its end, but its rows are gone by then.
  for (const validation of sheet.validations ?? []) addValidation(worksheet, validation);
  for (const conditional of sheet.conditionalFormats ?? []) {
    worksheet.addConditionalFormatting({
      ref: conditional.range,
      rules: conditional.rules.map((rule, index) => ({
        type: "expression",
        priority: index + 1,
        formulae: [rule.formula],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: rule.fill } }, ...(rule.font === undefined ? {} : { font: { color: { argb: rule.font } } }) },
      })),
    });
  }
  if (sheet.protect === true) {
    // No password: protection guards against slips, not against the unit (workbooks.md §2).
    void worksheet.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, sort: false, autoFilter: true });
  }
  if (sheet.headerTools !== false && sheet.columns.length > 0) {
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rows.length + 1), column: sheet.columns.length } };
  }
  const styleOf = sharedStyles();
  sheet.rows.forEach((row, r) => {
    const excelRow = worksheet.getRow(r + 2);
    row.forEach((cell, c) => {
      const target = excelRow.getCell(c + 1);
      const value = isFormattedCell(cell) ? cell.value : cell;
      const formula = isFormattedCell(cell) ? cell.formula : undefined;
      target.value = formula === undefined ? toExcelValue(value) : ({ formula, result: toExcelValue(value) } as ExcelJS.CellFormulaValue);
      const wanted = (isFormattedCell(cell) ? cell.numFmt : undefined) ?? sheet.columns[c]?.numFmt;
      const numFmt = isDateValue(value) ? "yyyy-mm-dd" : typeof value === "number" ? wanted : undefined;
      target.style = styleOf(numFmt, isFormattedCell(cell) && cell.unlocked === true);
    });
    if (commitRows) excelRow.commit();
  });
}

/**
 * One style object per combination of number format and lock, shared by every cell that has it.
 * exceljs recognises a style it has seen by object identity; a style object per cell would make it
 * render and look up each cell's style anew (most of the time of writing a large sheet).
 * The objects are never changed after they are made.
 */
function sharedStyles(): (numFmt: string | undefined, unlocked: boolean) => Partial<ExcelJS.Style> {
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  return (numFmt, unlocked) => {
    const key = `${numFmt ?? ""}\u0000${unlocked ? "u" : ""}`;
    let style = styles.get(key);
    if (style === undefined) {
      style = { ...(numFmt === undefined ? {} : { numFmt }), ...(unlocked ? { protection: { locked: false } } : {}) };
      styles.set(key, style);
    }
    return style;
  };
}

function cellsOf(range: string): string[] {
  const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (match === null) return [range];
  const [, fromColumn = "A", fromRow = "1", toColumn = "A", toRow = "1"] = match;
  const columns: string[] = [];
  for (let c = columnIndex(fromColumn); c <= columnIndex(toColumn); c++) columns.push(columnLetters(c));
  const cells: string[] = [];
  for (let r = Number(fromRow); r <= Number(toRow); r++) for (const column of columns) cells.push(`${column}${r}`);
  return cells;
}

function addValidation(worksheet: ExcelJS.Worksheet, validation: ValidationOut): void {
  const base = { allowBlank: true, showErrorMessage: true, errorStyle: "warning" as const, errorTitle: validation.title, error: validation.message, showInputMessage: false };
  const rule: ExcelJS.DataValidation =
    validation.type === "list"
      ? { ...base, type: "list", formulae: [`"${(validation.list ?? []).join(",")}"`] }
      : validation.type === "date"
        ? { ...base, type: "date", operator: "between", formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))] }
        : { ...base, type: "decimal", operator: "between", formulae: [validation.min ?? -1e15, validation.max ?? 1e15] };
  // One rule per cell of the bounded range (exceljs has no range-wide rule); never whole columns.
  const rules = (worksheet as unknown as { dataValidations: { add(address: string, rule: ExcelJS.DataValidation): void } }).dataValidations;
  for (const address of cellsOf(validation.range)) rules.add(address, rule);
}

/** Builds the exceljs workbook (for adapters that add what the neutral model lacks). */
export function toExcelWorkbook(book: WorkbookOut): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Puls";
  if (book.calculateOnOpen === true) workbook.calcProperties = { fullCalcOnLoad: true };
  for (const sheet of book.sheets) fillWorksheet(addWorksheet(workbook, sheet), sheet);
  return workbook;
}

/** The .xlsx bytes of a workbook. */
export async function writeWorkbook(book: WorkbookOut): Promise<Uint8Array> {
  return new Uint8Array(await toExcelWorkbook(book).xlsx.writeBuffer());
}
