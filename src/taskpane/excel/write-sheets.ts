/**
 * Writing Puls's sheets into the open workbook with Excel's own objects: values in bulk, then the
 * table over them (`tables.add`), number formats, conditional formatting, data validation, frozen
 * header, charts. Two syncs in all, whatever the number of sheets or rows: one to learn which
 * sheets exist, one for everything else (no sync inside a loop).
 */
import { fitToExcel } from "../../workbook/excel-limits";
import { a1, columnLetters } from "../../workbook/grid";
import type { ChartOut, ConditionalOut, SheetOut, ValidationOut } from "../../workbook/output";
import type { Capabilities } from "./capabilities";
import { sheetCells } from "./sheet-cells";

/** Pixels to points (Excel positions and sizes shapes in points). */
const POINTS_PER_PIXEL = 0.75;
/** A column width in characters to points (Calibri 11: about 7 pixels a character). */
const POINTS_PER_CHARACTER = 7 * POINTS_PER_PIXEL;

const argbToHex = (argb: string) => `#${argb.slice(-6)}`;

function addConditional(worksheet: Excel.Worksheet, conditional: ConditionalOut): void {
  const range = worksheet.getRange(conditional.range);
  for (const rule of conditional.rules) {
    const format = range.conditionalFormats.add("Custom");
    format.custom.rule.formula = `=${rule.formula}`;
    format.custom.format.fill.color = argbToHex(rule.fill);
    if (rule.font !== undefined) format.custom.format.font.color = argbToHex(rule.font);
  }
}

function addValidation(worksheet: Excel.Worksheet, validation: ValidationOut): void {
  const range = worksheet.getRange(validation.range);
  if (validation.type === "list") range.dataValidation.rule = { list: { inCellDropDown: true, source: (validation.list ?? []).join(",") } };
  else if (validation.type === "date") range.dataValidation.rule = { date: { operator: "Between", formula1: "2000-01-01", formula2: "2100-12-31" } };
  else range.dataValidation.rule = { decimal: { operator: "Between", formula1: validation.min ?? -1e15, formula2: validation.max ?? 1e15 } };
  range.dataValidation.errorAlert = { showAlert: true, style: "Warning", title: validation.title, message: validation.message };
}

function addChart(worksheet: Excel.Worksheet, chart: ChartOut): void {
  const type = chart.kind === "stackedBar" ? "BarStacked" : "Line";
  const made = worksheet.charts.add(type, worksheet.getRange(chart.values), chart.kind === "stackedBar" ? "Columns" : "Rows");
  made.title.text = chart.title;
  const seriesCount = chart.kind === "stackedBar" ? (chart.seriesNames?.length ?? chart.colours?.length ?? 0) : 1;
  for (let index = 0; index < seriesCount; index++) {
    const series = made.series.getItemAt(index);
    series.setXAxisValues(worksheet.getRange(chart.categories));
    const name = chart.seriesNames?.[index];
    if (name !== undefined) series.name = name;
    const colour = chart.colours?.[index];
    if (colour !== undefined) series.format.fill.setSolidColor(colour);
  }
  if (chart.kind === "line") made.legend.visible = false;
  made.setPosition(a1(chart.row, chart.column));
  made.width = chart.width * POINTS_PER_PIXEL;
  made.height = chart.height * POINTS_PER_PIXEL;
}

/** Queues the writing of one sheet into a new, empty worksheet. No sync. */
function queueSheet(worksheet: Excel.Worksheet, sheet: SheetOut, capabilities: Capabilities): void {
  const cells = sheetCells(sheet);
  const rows = cells.values.length;
  const columns = cells.values[0]?.length ?? 1;
  if (rows > 0) {
    const block = worksheet.getRangeByIndexes(0, 0, rows, columns);
    // Formats first: text cells are "@" before their text arrives, so Excel keeps it as typed.
    block.numberFormat = cells.numberFormat;
    block.values = cells.values;
  }
  for (const { row, column, formula } of cells.formulas) worksheet.getRangeByIndexes(row, column, 1, 1).formulas = [[formula]];
  // A sheet with wrapped rows is top-aligned in one call, not cell by cell ("top" marks the cells
  // beside wrapped text, which in a file need it per cell).
  if (rows > 0 && cells.styled.some(({ style }) => style === "top")) worksheet.getRangeByIndexes(0, 0, rows, columns).format.verticalAlignment = "Top";
  for (const { row, column, style } of cells.styled) {
    if (style === "top") continue;
    const format = worksheet.getRangeByIndexes(row, column, 1, 1).format;
    if (style === "wrap" || style === "banner" || style === "label") format.wrapText = true;
    if (style !== "wrap") format.font.bold = true;
    if (style === "title") format.font.size = 14;
    if (style === "alert" || style === "banner") format.font.color = "#9C0006";
  }
  // Rows of merged wrapped text get their height, as in files (Excel fits no merged cell itself).
  for (const merge of sheet.merges ?? []) worksheet.getRange(merge).merge(false);
  for (const { row, height } of sheet.rowHeights ?? []) worksheet.getRange(`A${row}`).format.rowHeight = height;
  for (const { row, column, fill } of cells.filled) worksheet.getRangeByIndexes(row, column, 1, 1).format.fill.color = argbToHex(fill);
  sheet.columns.forEach((column, index) => {
    worksheet.getRangeByIndexes(0, index, 1, 1).format.columnWidth = (column.width ?? Math.max(10, column.header.length + 2)) * POINTS_PER_CHARACTER;
  });
  const withData = cells.hasHeader && sheet.columns.length > 0 && sheet.rows.length > 0;
  if (sheet.table !== undefined && withData) {
    const table = worksheet.tables.add(`A${cells.headerRow + 1}:${columnLetters(sheet.columns.length - 1)}${rows}`, true);
    table.name = sheet.table;
    table.style = "TableStyleLight9";
  } else if (cells.hasHeader) {
    worksheet.getRangeByIndexes(cells.headerRow, 0, 1, columns).format.font.bold = true;
  }
  if (cells.hasHeader && sheet.headerTools !== false) worksheet.freezePanes.freezeRows(cells.headerRow + 1);
  // A board prints as one A4 landscape page, as in its file; an older Excel prints it as it likes.
  if (sheet.onePage === true && capabilities.pageLayout) {
    worksheet.pageLayout.orientation = "Landscape";
    worksheet.pageLayout.paperSize = "A4";
    worksheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
  }
  for (const conditional of sheet.conditionalFormats ?? []) addConditional(worksheet, conditional);
  for (const validation of sheet.validations ?? []) addValidation(worksheet, validation);
  const charts = capabilities.charts ? (sheet.charts ?? []) : [];
  for (const chart of charts) addChart(worksheet, chart);
  if (capabilities.images) {
    for (const image of sheet.images ?? []) {
      if (image.ofChart === true && charts.length > 0) continue;
      const shape = worksheet.shapes.addImage(toBase64(image.png));
      shape.left = image.column * 64 * POINTS_PER_PIXEL;
      shape.top = image.row * 20 * POINTS_PER_PIXEL;
      shape.width = image.width * POINTS_PER_PIXEL;
      shape.height = image.height * POINTS_PER_PIXEL;
    }
  }
  if (sheet.protect === true) {
    for (const { row, column } of cells.unlocked) worksheet.getRangeByIndexes(row, column, 1, 1).format.protection.locked = false;
    worksheet.protection.protect({ allowAutoFilter: true, allowFormatColumns: true, allowFormatRows: true });
  }
  if (sheet.state === "hidden") worksheet.visibility = "Hidden";
  else if (sheet.state === "veryHidden") worksheet.visibility = "VeryHidden";
}

/** Base64 of bytes, in chunks (String.fromCharCode on a whole picture overflows the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Whether a sheet has anything to show when Excel draws its charts itself (a sheet of chart pictures has not). */
function worthWriting(sheet: SheetOut, capabilities: Capabilities): boolean {
  const images = sheet.images ?? [];
  if (sheet.picturesOnly === true) return images.some((image) => image.ofChart !== true || !capabilities.charts);
  if (sheet.rows.length > 0 || sheet.columns.some((column) => column.header !== "")) return true;
  return (sheet.images ?? []).some((image) => image.ofChart !== true || !capabilities.charts);
}

export interface WriteOptions {
  readonly capabilities: Capabilities;
  /** The sheet to show when done (default the first written). */
  readonly activate?: string;
}

/**
 * Writes `sheets` into the workbook, replacing sheets of the same names (their earlier contents
 * are Puls's own output from an earlier run). Returns the names written.
 */
export async function writeSheets(context: Excel.RequestContext, all: readonly SheetOut[], options: WriteOptions): Promise<string[]> {
  // Excel refuses a cell of more than 32,767 characters: such text is cut, as in files.
  const sheets = fitToExcel({ sheets: all }).book.sheets;
  const wanted = sheets.filter((sheet) => worthWriting(sheet, options.capabilities));
  const worksheets = context.workbook.worksheets;
  const existing = wanted.map((sheet) => worksheets.getItemOrNullObject(sheet.name));
  for (const sheet of existing) sheet.load("isNullObject");
  await context.sync();
  context.application.suspendApiCalculationUntilNextSync();
  // Renamed out of the way first and deleted last: Excel will not delete a workbook's last sheet.
  const replaced = existing.filter((sheet) => !sheet.isNullObject);
  replaced.forEach((sheet, index) => {
    sheet.name = `puls-ersatt-${index + 1}`;
  });
  const written = wanted.map((sheet) => {
    const worksheet = worksheets.add(sheet.name);
    queueSheet(worksheet, sheet, options.capabilities);
    return worksheet;
  });
  const shown = written[Math.max(0, wanted.findIndex((sheet) => sheet.name === options.activate))];
  shown?.activate();
  for (const sheet of replaced) sheet.delete();
  await context.sync();
  return wanted.map((sheet) => sheet.name);
}
