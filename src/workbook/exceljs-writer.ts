/**
 * The exceljs adapter, writing side: a {@link WorkbookOut} into .xlsx bytes.
 *
 * Dates are written as UTC midnight of their ISO date, which exceljs stores as that date
 * (a local-midnight Date would land on the previous day in Sweden).
 */
import { fitToExcel } from "./excel-limits";
import type ExcelJS from "exceljs";
import { exceljs } from "./exceljs-module";
import { columnIndex, columnLetters, isDateValue, isErrorCell, type CellValue } from "./grid";
import { headerRowOf, isFormattedCell, type CellOut, type CellStyle, type SheetOut, type ValidationOut, type WorkbookOut } from "./output";

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

/** How a cell's text is set (titles and labels on a report's front sheet; long texts wrapped). */
const TEXT_STYLES: Readonly<Record<CellStyle | "plain", Partial<ExcelJS.Style>>> = {
  plain: {},
  title: { font: { name: "Calibri", size: 16, bold: true } },
  bold: { font: { name: "Calibri", size: 11, bold: true } },
  wrap: { alignment: { wrapText: true, vertical: "top" } },
  // A bold label in a row of wrapped text: wrapped itself where it is long, level with the first line.
  label: { font: { name: "Calibri", size: 11, bold: true }, alignment: { wrapText: true, vertical: "top" } },
  // A draft's notice under the front sheet's title: bold, red and wrapped.
  banner: { font: { name: "Calibri", size: 11, bold: true, color: { argb: "FF9C0006" } }, alignment: { wrapText: true, vertical: "top" } },
  // The other cells of a row of wrapped text, level with its first line.
  top: { alignment: { vertical: "top" } },
  alert: { font: { name: "Calibri", size: 11, bold: true, color: { argb: "FF9C0006" } }, alignment: { vertical: "top" } },
};

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCE6F2" } };
/** A header longer than its column wraps instead of being cut off at the next header. */
const HEADER_ALIGNMENT: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "bottom" };

/** How many characters of Excel's default width an A4 page holds between its margins, at 100 %. */
const PAGE_CHARACTERS = { landscape: 150, portrait: 104 } as const;

/** The smallest scale a printed sheet is fitted to: below it text is too small to read. */
const SMALLEST_SCALE = 0.6;

/**
 * Fit to the page's width when that keeps the text at 60 % or more; a wider sheet prints at 60 %
 * instead, across pages, with its header row on every page (docs/reports.md, "Readable workbooks").
 */
export function printScale(sheet: SheetOut): { fitToPage: true; fitToWidth: 1 } | { fitToPage: false; scale: number } {
  const characters = sheet.columns.reduce((sum, column) => sum + (column.hidden === true ? 0 : (column.width ?? 9)), 0);
  const page = PAGE_CHARACTERS[sheet.portrait === true ? "portrait" : "landscape"];
  return characters * SMALLEST_SCALE <= page ? { fitToPage: true, fitToWidth: 1 } : { fitToPage: false, scale: SMALLEST_SCALE * 100 };
}

/** How wide (characters) the leading columns repeated on every page across may be: about a third of a page at 60 %. */
const REPEATED_COLUMNS_WIDTH = 50;

/**
 * A sheet that prints across pages repeats its leading columns on each page (as many as fit in
 * REPEATED_COLUMNS_WIDTH, at least one), so a page of right-hand columns still says whose row it is.
 */
export function repeatedColumns(sheet: SheetOut): string | undefined {
  if (printScale(sheet).fitToPage || sheet.headerTools === false) return undefined;
  let width = 0;
  let count = 0;
  for (const column of sheet.columns) {
    width += column.width ?? 9;
    if (count > 0 && width > REPEATED_COLUMNS_WIDTH) break;
    count += 1;
  }
  return count === 0 ? undefined : `A:${columnLetters(count - 1)}`;
}

/** Adds a sheet's worksheet, with the options that must be given up front (the streaming writer needs them then). */
export function addWorksheet(workbook: ExcelJS.Workbook, sheet: SheetOut): ExcelJS.Worksheet {
  const frozen = sheet.headerTools !== false && sheet.columns.length > 0;
  const header = headerRowOf(sheet);
  const columns = repeatedColumns(sheet);
  return workbook.addWorksheet(sheet.name, {
    state: sheet.state ?? "visible",
    views: frozen ? [{ state: "frozen", ySplit: header }] : [],
    // Printed as people print these lists: landscape, as wide as the page, the header on every page.
    pageSetup: { orientation: sheet.portrait === true ? "portrait" : "landscape", paperSize: 9, ...(sheet.onePage === true ? { fitToPage: true, fitToWidth: 1, fitToHeight: 1 } : { ...printScale(sheet), fitToHeight: 0 }), ...(frozen ? { printTitlesRow: `${header}:${header}` } : {}), ...(frozen && columns !== undefined ? { printTitlesColumn: columns } : {}) },
    ...headerFooterOf(sheet),
  });
}

/**
 * The printed header and footer in Excel's codes: &L, &C and &R place the text left, centred and
 * right; &P is the page and &N the number of pages; a literal & is written &&.
 */
function headerFooterOf(sheet: SheetOut): { headerFooter?: Partial<ExcelJS.HeaderFooter> } {
  const literal = (text: string) => text.replace(/&/g, "&&");
  const { printed, pageFooter } = sheet;
  if (printed === undefined && pageFooter === undefined) return {};
  const footer = [
    pageFooter === undefined ? "" : `&L${literal(pageFooter.title)}`,
    printed === undefined ? "" : `&C${literal(printed.footer)}`,
    pageFooter === undefined ? "" : `&R${literal(pageFooter.page).replace(/\{page\}/g, "&P").replace(/\{pages\}/g, "&N")}`,
  ].join("");
  return { headerFooter: { ...(printed === undefined ? {} : { oddHeader: `&C${literal(printed.header)}` }), oddFooter: footer } };
}

export interface FillOptions {
  /**
   * The worksheet is exceljs's streaming writer's: each row is committed as soon as it is written,
   * so a large sheet never sits in memory whole, and tables are left out (it cannot write them).
   */
  readonly streaming?: boolean;
}

/** Fills a worksheet from a sheet to write. */
export function fillWorksheet(worksheet: ExcelJS.Worksheet, sheet: SheetOut, options: FillOptions = {}): void {
  sheet.rows.forEach(startWorksheet(worksheet, sheet, options));
}

/**
 * Writes all of a sheet but its data rows, and returns the writer of those (each row with its
 * place in `sheet.rows`, in order): the streaming writer's caller paces the rows (write-xlsx-file.ts).
 */
export function startWorksheet(worksheet: ExcelJS.Worksheet, sheet: SheetOut, { streaming = false }: FillOptions = {}): (row: readonly CellOut[], index: number) => void {
  // A table needs at least one data row, and the streaming writer cannot write tables at all.
  const asTable = sheet.table !== undefined && !streaming && sheet.rows.length > 0 && sheet.columns.length > 0;
  const widthOf = (header: string, width: number | undefined) => width ?? Math.max(10, header.length + 2);
  // A sheet whose columns have no headers (a report's front sheet) starts its rows at row 1.
  const headerless = sheet.columns.every((column) => column.header === "");
  const intro = sheet.intro ?? [];
  const headerRow = headerRowOf(sheet);
  const firstRow = headerless ? intro.length + 1 : headerRow + 1;
  const styleOf = sharedStyles();
  // Heights and page breaks as each row is written: a streamed row is gone once committed.
  const heights = new Map((sheet.rowHeights ?? []).map(({ row, height }) => [row, height]));
  const breaks = new Set(sheet.pageBreaks ?? []);
  // Each merge once its row's values are written (a value written into a merged cell would land in
  // the merge's first cell) and before the row is committed.
  const merges = new Map<number, string[]>();
  for (const merge of sheet.merges ?? []) {
    const row = Number(/\d+$/.exec(merge)?.[0] ?? 0);
    merges.set(row, [...(merges.get(row) ?? []), merge]);
  }
  const writeRow = (row: readonly CellOut[], excelRow: ExcelJS.Row, withValues: boolean) => {
    const height = heights.get(excelRow.number);
    if (height !== undefined) excelRow.height = height;
    // Across every column Excel has (exceljs's default, 16838, is past the last one: 16383, zero-based).
    if (breaks.has(excelRow.number)) excelRow.addPageBreak(0, 16384);
    row.forEach((cell, c) => {
      // An empty cell of no format of its own is no cell in the file (exceljs writes none), so none
      // is made: the consolidated Status sheet alone has a dozen such cells in each of its rows.
      if (cell === null) return;
      const target = excelRow.getCell(c + 1);
      const value = isFormattedCell(cell) ? cell.value : cell;
      if (withValues) target.value = cellValueOf(cell);
      const wanted = (isFormattedCell(cell) ? cell.numFmt : undefined) ?? sheet.columns[c]?.numFmt;
      // An empty cell given its own format keeps it: a number typed there later takes it (85 in a % cell is 85 %).
      const explicitEmpty = value === null && isFormattedCell(cell) && cell.numFmt !== undefined;
      const numFmt = isDateValue(value) ? "yyyy-mm-dd" : typeof value === "number" || explicitEmpty ? wanted : undefined;
      target.style = styleOf(numFmt, isFormattedCell(cell) && cell.unlocked === true, isFormattedCell(cell) ? cell.style : undefined, isFormattedCell(cell) ? cell.fill : undefined);
    });
    for (const merge of merges.get(excelRow.number) ?? []) worksheet.mergeCells(merge);
    if (streaming) excelRow.commit();
  };
  if (asTable || headerless || intro.length > 0) {
    sheet.columns.forEach((column, index) => {
      worksheet.getColumn(index + 1).width = widthOf(column.header, column.width);
      if (column.hidden === true) worksheet.getColumn(index + 1).hidden = true;
    });
    // The title block above the header, in order (a streamed row cannot be written after a later one).
    intro.forEach((row, r) => writeRow(row, worksheet.getRow(r + 1), true));
    if (!asTable && !headerless) {
      const header = worksheet.getRow(headerRow);
      sheet.columns.forEach((column, index) => {
        const cell = header.getCell(index + 1);
        cell.value = column.header;
        cell.font = { name: "Calibri", size: 11, bold: true };
        cell.fill = HEADER_FILL;
      cell.alignment = HEADER_ALIGNMENT;
      });
      if (streaming) header.commit();
    }
  } else {
    worksheet.columns = sheet.columns.map((column) => ({ header: column.header, width: widthOf(column.header, column.width), hidden: column.hidden === true }));
    const header = worksheet.getRow(1);
    header.font = { name: "Calibri", size: 11, bold: true };
    header.eachCell((cell) => {
      cell.fill = HEADER_FILL;
      cell.alignment = HEADER_ALIGNMENT;
    });
    if (streaming) header.commit();
  }
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
    // No password: protection guards against slips, not against the unit (docs/workbooks.md §2).
    void worksheet.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, sort: false, autoFilter: true });
  }
  if (asTable) {
    worksheet.addTable({
      name: sheet.table ?? "",
      ref: `A${headerRow}`,
      headerRow: true,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: sheet.columns.map((column) => ({ name: column.header, filterButton: true })),
      rows: sheet.rows.map((row) => sheet.columns.map((_, c) => cellValueOf(row[c] ?? null))),
    });
    // The table style colours the header in Excel; other programs (LibreOffice) need it spelled out.
    worksheet.getRow(headerRow).eachCell((cell) => {
      cell.font = { name: "Calibri", size: 11, bold: true };
      cell.fill = HEADER_FILL;
      cell.alignment = HEADER_ALIGNMENT;
    });
  } else if (sheet.headerTools !== false && sheet.filterButtons !== false && sheet.columns.length > 0) {
    worksheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: Math.max(headerRow, headerRow + sheet.rows.length), column: sheet.columns.length } };
  }
  return (row, r) => writeRow(row, worksheet.getRow(r + firstRow), !asTable);
}

/** What exceljs writes for a cell: its value, or a formula Puls wrote with its cached result. */
function cellValueOf(cell: CellOut): ExcelJS.CellValue {
  const value = isFormattedCell(cell) ? cell.value : cell;
  const formula = isFormattedCell(cell) ? cell.formula : undefined;
  return formula === undefined ? toExcelValue(value) : ({ formula, result: toExcelValue(value) } as ExcelJS.CellFormulaValue);
}

/** Base64 without Node's Buffer, so the adapter runs in the browser too. */
function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Places a sheet's pictures (the in-memory writer only: exceljs cannot stream them). */
function addImages(workbook: ExcelJS.Workbook, worksheet: ExcelJS.Worksheet, sheet: SheetOut): void {
  for (const image of sheet.images ?? []) {
    const id = workbook.addImage({ base64: toBase64(image.png), extension: "png" });
    worksheet.addImage(id, { tl: { col: image.column, row: image.row }, ext: { width: image.width, height: image.height }, editAs: "oneCell" });
  }
}

/**
 * One style object per combination of number format and lock, shared by every cell that has it.
 * exceljs recognises a style it has seen by object identity; a style object per cell would make it
 * render and look up each cell's style anew (most of the time of writing a large sheet).
 * The objects are never changed after they are made.
 */
function sharedStyles(): (numFmt: string | undefined, unlocked: boolean, text?: CellStyle, fill?: string) => Partial<ExcelJS.Style> {
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  return (numFmt, unlocked, text, fill) => {
    const key = `${numFmt ?? ""}\u0000${unlocked ? "u" : ""}\u0000${text ?? ""}\u0000${fill ?? ""}`;
    let style = styles.get(key);
    if (style === undefined) {
      style = {
        ...(numFmt === undefined ? {} : { numFmt }),
        ...(unlocked ? { protection: { locked: false } } : {}),
        ...TEXT_STYLES[text ?? "plain"],
        ...(fill === undefined ? {} : { fill: { type: "pattern", pattern: "solid", fgColor: { argb: fill } } }),
      };
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
  const workbook = new (exceljs().Workbook)();
  workbook.creator = "Puls";
  if (book.calculateOnOpen === true) workbook.calcProperties = { fullCalcOnLoad: true };
  for (const sheet of book.sheets) {
    const worksheet = addWorksheet(workbook, sheet);
    fillWorksheet(worksheet, sheet);
    addImages(workbook, worksheet, sheet);
  }
  return workbook;
}

/** The .xlsx bytes of a workbook. */
export async function writeWorkbook(book: WorkbookOut): Promise<Uint8Array> {
  return new Uint8Array(await toExcelWorkbook(fitToExcel(book).book).xlsx.writeBuffer());
}
