/**
 * A fast reader of cell values for .xlsx files, into the same {@link WorkbookGrid} as the exceljs
 * adapter: unzip, parse the XML with saxes, keep values only (no styles beyond what tells a date
 * from a number). Collection reads hundreds of unit workbooks and needs nothing else; exceljs
 * builds its whole model for each, which made collection several times slower than the
 * unzip-and-parse floor. Tested to give exactly the exceljs adapter's grid on the same files.
 *
 * Unit workbooks come from outside, so everything is bounded: only the parts the workbook
 * references are inflated, within {@link ReadLimits}; a cell reference beyond Excel's sheet
 * (1,048,576 rows, 16,384 columns) is refused; and the grid's area (its rows and the cells up to
 * each row's last one, empty ones included) has a ceiling, since a row is padded up to its last
 * cell. Every refusal is a {@link WorkbookReadError} that says which part, sheet or cell.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { DEFAULT_UNZIP_LIMITS, ZipError, ZipReader, type UnzipLimits, type ZipFailure } from "./bounded-unzip";
import type { CellValue, SheetGrid, SheetState, WorkbookGrid } from "./grid";
import { a1 } from "./grid";
import { isDateFormat, serialToIso } from "./excel-dates";

export interface ReadLimits extends UnzipLimits {
  /** The most grid cells (empty ones included: see above) one workbook may fill. */
  readonly maxCells: number;
}

/** Room for a plan of 100,000 outcome rows; some 40 MB at most. */
export const DEFAULT_READ_LIMITS: ReadLimits = { ...DEFAULT_UNZIP_LIMITS, maxCells: 5_000_000 };

/** Excel's sheet: 1,048,576 rows and 16,384 columns (A to XFD). */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/** Why a workbook could not be read, with where. */
export type WorkbookFailure =
  | ZipFailure
  | { readonly kind: "not-xlsx" }
  | { readonly kind: "ods" }
  | { readonly kind: "damaged-part"; readonly part: string }
  | { readonly kind: "missing-shared-strings" }
  | { readonly kind: "cell-out-of-range"; readonly sheet: string; readonly cell: string }
  | { readonly kind: "too-many-cells"; readonly sheet: string; readonly cell: string; readonly limit: number };

export class WorkbookReadError extends Error {
  constructor(readonly failure: WorkbookFailure) {
    super(`Not a readable .xlsx workbook: ${failure.kind}`);
    this.name = "WorkbookReadError";
  }
}

const fail = (failure: WorkbookFailure): never => {
  throw new WorkbookReadError(failure);
};

const decoder = new TextDecoder();

interface Handlers {
  readonly open?: (tag: SaxesTagPlain) => void;
  readonly text?: (text: string) => void;
  readonly close?: (name: string) => void;
}

/** Parses one part; malformed XML, or a DTD (whose entities could expand without end), is a damaged part. */
function parse(part: string, xml: Uint8Array | undefined, handlers: Handlers): void {
  if (xml === undefined) return;
  const parser = new SaxesParser();
  parser.on("doctype", () => fail({ kind: "damaged-part", part }));
  if (handlers.open !== undefined) parser.on("opentag", handlers.open);
  if (handlers.text !== undefined) parser.on("text", handlers.text);
  if (handlers.close !== undefined) parser.on("closetag", (tag) => handlers.close?.(tag.name));
  try {
    parser.write(decoder.decode(xml)).close();
  } catch (caught) {
    if (caught instanceof WorkbookReadError) throw caught;
    fail({ kind: "damaged-part", part });
  }
}

/** Local name without a namespace prefix (`x:sheet` → `sheet`). */
const local = (name: string) => name.slice(name.indexOf(":") + 1);

/** A relationship's target as a part name: absolute ("/xl/…") or relative to xl/. */
const partOf = (target: string) => (target.startsWith("/") ? target.slice(1) : `xl/${target}`);

function sharedStrings(part: string, xml: Uint8Array | undefined): string[] {
  const strings: string[] = [];
  let current = "";
  let inText = false;
  let inPhonetic = false;
  parse(part, xml, {
    open: (tag) => {
      const name = local(tag.name);
      if (name === "si") current = "";
      else if (name === "rPh") inPhonetic = true;
      else if (name === "t") inText = !inPhonetic;
    },
    text: (text) => {
      if (inText) current += text;
    },
    close: (name) => {
      const n = local(name);
      if (n === "t") inText = false;
      else if (n === "rPh") inPhonetic = false;
      else if (n === "si") strings.push(current);
    },
  });
  return strings;
}

const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** For each cell style index, whether it formats dates. */
function dateStyles(part: string, xml: Uint8Array | undefined): boolean[] {
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  parse(part, xml, {
    open: (tag) => {
      const name = local(tag.name);
      if (name === "numFmt") custom.set(Number(tag.attributes.numFmtId), String(tag.attributes.formatCode ?? ""));
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(tag.attributes.numFmtId ?? 0);
        styles.push(BUILT_IN_DATE_FORMATS.has(id) || (custom.has(id) && isDateFormat(custom.get(id) ?? "")));
      }
    },
    close: (name) => {
      if (local(name) === "cellXfs") inCellXfs = false;
    },
  });
  return styles;
}

interface SheetEntry {
  readonly name: string;
  readonly state: SheetState;
  readonly path: string;
}

interface WorkbookParts {
  readonly sheets: SheetEntry[];
  readonly date1904: boolean;
  readonly sharedStrings: string;
  readonly styles: string;
}

const RELS = "xl/_rels/workbook.xml.rels";
const WORKBOOK = "xl/workbook.xml";

function workbookParts(zip: ZipReader): WorkbookParts {
  const targets = new Map<string, string>();
  let sharedStringsPart = "xl/sharedStrings.xml";
  let stylesPart = "xl/styles.xml";
  parse(RELS, zip.read(RELS), {
    open: (tag) => {
      if (local(tag.name) !== "Relationship") return;
      const target = String(tag.attributes.Target);
      const type = String(tag.attributes.Type ?? "");
      targets.set(String(tag.attributes.Id), target);
      if (type.endsWith("/sharedStrings")) sharedStringsPart = partOf(target);
      else if (type.endsWith("/styles")) stylesPart = partOf(target);
    },
  });
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parse(WORKBOOK, zip.read(WORKBOOK), {
    open: (tag) => {
      const name = local(tag.name);
      if (name === "workbookPr") date1904 = tag.attributes.date1904 === "1" || tag.attributes.date1904 === "true";
      if (name !== "sheet") return;
      const id = Object.entries(tag.attributes).find(([key]) => local(key) === "id")?.[1];
      sheets.push({ name: String(tag.attributes.name), state: (tag.attributes.state as SheetState | undefined) ?? "visible", path: partOf(targets.get(String(id)) ?? "") });
    },
  });
  return { sheets, date1904, sharedStrings: sharedStringsPart, styles: stylesPart };
}

/** What reading the sheets shares: the strings, the date styles and the cells left in the budget. */
interface SheetContext {
  readonly strings: readonly string[] | undefined;
  readonly dates: readonly boolean[];
  readonly date1904: boolean;
  /** Cells the grid may still take (the budget of {@link ReadLimits.maxCells}). */
  cellsLeft: number;
  readonly maxCells: number;
}

const CELL_REFERENCE = /^([A-Za-z]{1,3})([1-9]\d{0,6})$/;

/** A cell reference's 0-based column, or undefined when it is not one Excel could write. */
function columnOfReference(reference: string): number | undefined {
  const match = CELL_REFERENCE.exec(reference);
  if (match === null) return undefined;
  let column = 0;
  for (const ch of (match[1] ?? "").toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
  return column - 1;
}

function readSheet(xml: Uint8Array | undefined, entry: SheetEntry, context: SheetContext): SheetGrid {
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let rowIndex = -1;
  let column = -1;
  let type = "n";
  let style = 0;
  let text = "";
  let collecting = false;
  const outOfRange = (cell: string) => fail({ kind: "cell-out-of-range", sheet: entry.name, cell });
  /** Takes `cells` from the budget; past it, the sheet is refused at the cell that went over. */
  const spend = (cells: number) => {
    context.cellsLeft -= cells;
    if (context.cellsLeft < 0) fail({ kind: "too-many-cells", sheet: entry.name, cell: a1(Math.max(0, rowIndex), Math.max(0, column)), limit: context.maxCells });
  };
  parse(entry.path, xml, {
    open: (tag) => {
      const name = local(tag.name);
      if (name === "row") {
        const r = tag.attributes.r === undefined ? rowIndex + 2 : Number(tag.attributes.r);
        if (!Number.isInteger(r) || r < 1 || r > EXCEL_MAX_ROWS) outOfRange(`rad ${String(tag.attributes.r)}`);
        rowIndex = r - 1;
        row = [];
        column = -1;
      } else if (name === "c") {
        const ref = String(tag.attributes.r ?? "");
        if (ref === "") column += 1;
        else {
          const found = columnOfReference(ref);
          const refRow = Number(ref.replace(/^[A-Za-z]+/, ""));
          if (found === undefined || found >= EXCEL_MAX_COLUMNS || refRow > EXCEL_MAX_ROWS) outOfRange(ref.slice(0, 20));
          column = found ?? 0;
        }
        if (column >= EXCEL_MAX_COLUMNS) outOfRange(a1(Math.max(0, rowIndex), column));
        type = String(tag.attributes.t ?? "n");
        style = Number(tag.attributes.s ?? 0);
        text = "";
        collecting = false;
      } else if (name === "v" || (name === "t" && type === "inlineStr")) {
        collecting = true;
      }
    },
    text: (value) => {
      if (collecting) text += value;
    },
    close: (name) => {
      const n = local(name);
      if (n === "v" || n === "t") collecting = false;
      else if (n === "c") {
        const value = cellValue(type, text, style, context);
        if (value !== null) {
          if (column >= row.length) spend(column + 1 - row.length);
          while (row.length < column) row.push(null);
          row[column] = value;
        }
      } else if (n === "row") {
        if (row.length > 0) {
          if (rowIndex >= rows.length) spend(rowIndex + 1 - rows.length);
          while (rows.length < rowIndex) rows.push([]);
          rows[rowIndex] = row;
        }
      }
    },
  });
  return { name: entry.name, state: entry.state, rows };
}

function cellValue(type: string, text: string, style: number, context: SheetContext): CellValue {
  switch (type) {
    case "s":
      // Shared strings without the part that holds them: every text cell would read as empty,
      // and the unit, period and ids with it, so the file is refused with the reason.
      if (context.strings === undefined) return text === "" ? null : fail({ kind: "missing-shared-strings" });
      return context.strings[Number(text)] ?? null;
    case "str":
    case "inlineStr":
      // An empty formula result shows an empty cell (and exceljs reads it as none).
      return text === "" ? null : text;
    case "b":
      return text === "" ? null : text === "1" || text === "true";
    case "e":
      return text === "" ? null : { error: text };
    default: {
      if (text === "") return null;
      const number = Number(text);
      if (!Number.isFinite(number)) return null;
      return context.dates[style] === true ? { date: serialToIso(number, { date1904: context.date1904 }) } : number;
    }
  }
}

const OPENDOCUMENT = "application/vnd.oasis.opendocument";

const NO_SHEETS: ReadonlySet<string> = new Set();

/** The zip of a workbook, or why the bytes are none. */
function openZip(bytes: Uint8Array, limits: UnzipLimits): ZipReader {
  try {
    const zip = new ZipReader(bytes, limits);
    if (zip.has(WORKBOOK)) return zip;
    const mimetype = zip.has("mimetype") ? decoder.decode(zip.read("mimetype")) : "";
    return fail(mimetype.startsWith(OPENDOCUMENT) ? { kind: "ods" } : { kind: "not-xlsx" });
  } catch (caught) {
    if (caught instanceof ZipError) return fail(caught.failure);
    throw caught;
  }
}

/**
 * Reads an .xlsx file's cell values, within `limits`. The sheets named in `skip` are listed (a
 * check of which sheets a workbook has still sees them) but never inflated nor parsed: their
 * grid is empty. Collection skips the unit's Pulstavla, half of a template's XML and nothing it reads.
 * @throws WorkbookReadError when the bytes are not a readable .xlsx file, or go past a limit.
 */
export function readWorkbookValues(bytes: Uint8Array, limits: ReadLimits = DEFAULT_READ_LIMITS, skip: ReadonlySet<string> = NO_SHEETS): WorkbookGrid {
  const zip = openZip(bytes, limits);
  try {
    const parts = workbookParts(zip);
    const context: SheetContext = {
      strings: zip.has(parts.sharedStrings) ? sharedStrings(parts.sharedStrings, zip.read(parts.sharedStrings)) : undefined,
      dates: dateStyles(parts.styles, zip.read(parts.styles)),
      date1904: parts.date1904,
      cellsLeft: limits.maxCells,
      maxCells: limits.maxCells,
    };
    // Only the sheets the workbook lists are read; any other part is never inflated.
    return { sheets: parts.sheets.map((entry) => (skip.has(entry.name) ? { name: entry.name, state: entry.state, rows: [] } : readSheet(zip.read(entry.path), entry, context))) };
  } catch (caught) {
    if (caught instanceof ZipError) return fail(caught.failure);
    throw caught;
  }
}
