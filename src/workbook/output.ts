/**
 * The workbook port, writing side: a workbook to write, as plain values and formats. The exceljs
 * adapter turns it into an .xlsx file. Text is always written as text (never as a formula), and a
 * number that is not finite is written as an empty cell (exceljs would write invalid XML).
 */
import type { CellValue, SheetState } from "./grid";

export interface ColumnOut {
  readonly header: string;
  readonly width?: number;
  /** Excel number format for the column's data cells, e.g. "0.0%" or "# ##0". */
  readonly numFmt?: string;
  /** Hidden: for data a program reads back but a person neither reads nor prints. */
  readonly hidden?: boolean;
}

/** A cell with its own format, overriding the column's. */
export interface FormattedCell {
  readonly value: CellValue;
  /** The number format; given on an empty cell, it is what a number typed there is shown (and, for %, read) as. */
  readonly numFmt?: string;
  /** An input cell: left unlocked when the sheet is protected. */
  readonly unlocked?: boolean;
  /**
   * A formula that Puls itself wrote (English function names, commas), with `value` as its
   * cached result. Never built from workbook text: text a user wrote is always written as text.
   */
  readonly formula?: string;
  /** How the text is set: a sheet title, a bold label, wrapped long text, or an alert (bold red: an overdue date). */
  readonly style?: CellStyle;
  /** A background fill, as ARGB (e.g. "FFFFF6CC"): the shade that marks an input cell. */
  readonly fill?: string;
}

export type CellStyle = "title" | "bold" | "label" | "wrap" | "alert" | "top" | "banner";

/** A picture (a chart rendered as PNG) placed over the cells from a top-left cell. */
export interface ImageOut {
  readonly png: Uint8Array;
  /** Zero-based column and row of the top-left cell. */
  readonly column: number;
  readonly row: number;
  /** Size in pixels. */
  readonly width: number;
  readonly height: number;
  /**
   * A picture of a chart that the workbook's {@link ChartOut}s also draw: a writer that draws
   * charts itself (the Office.js adapter in Excel) leaves it out; exceljs, which cannot, keeps it.
   */
  readonly ofChart?: boolean;
}

/**
 * A chart drawn by the spreadsheet itself from cells of its sheet (Excel's own chart objects), for
 * writers that can: the Office.js adapter. exceljs cannot write charts, so files carry pictures.
 */
export interface ChartOut {
  readonly kind: "stackedBar" | "line";
  readonly title: string;
  /** A1 range of the values: one series per column (bar) or the one row of a line. */
  readonly values: string;
  /** A1 range of the category labels (the bars' areas or the line's periods). */
  readonly categories: string;
  /** A1 range of the series names (the columns' headers), for bars. */
  readonly seriesNames?: string;
  /** One fill per series, as #RRGGBB. */
  readonly colours?: readonly string[];
  /** Zero-based top-left cell and size in pixels. */
  readonly column: number;
  readonly row: number;
  readonly width: number;
  readonly height: number;
}

/** Data validation over a bounded range (never whole columns: that makes later reads very slow). */
export interface ValidationOut {
  /** A1 range, e.g. "H2:H40". */
  readonly range: string;
  readonly type: "decimal" | "date" | "list";
  readonly min?: number;
  readonly max?: number;
  readonly list?: readonly string[];
  readonly title: string;
  readonly message: string;
}

/** Conditional formatting by formula: the first rule whose formula is true applies its fill. */
export interface ConditionalOut {
  readonly range: string;
  readonly rules: readonly { readonly formula: string; readonly fill: string; readonly font?: string }[];
}

export type CellOut = CellValue | FormattedCell;

export interface SheetOut {
  readonly name: string;
  readonly state?: SheetState;
  readonly columns: readonly ColumnOut[];
  /**
   * Rows above the header row (a title block), from row 1; the header row follows them, and the
   * frozen panes, filter buttons and printed titles follow the header row.
   */
  readonly intro?: readonly (readonly CellOut[])[];
  readonly rows: readonly (readonly CellOut[])[];
  /** Freeze the header row, repeat it on every printed page and add filter buttons to it (default true). */
  readonly headerTools?: boolean;
  /** The filter buttons of the header tools (default true): false for a sheet laid out for print, not a list. */
  readonly filterButtons?: boolean;
  /** Merged cells within one row, as A1 ranges ("B12:H12"): a long text set across several columns. */
  readonly merges?: readonly string[];
  /** Row heights in points, by 1-based row: for rows of merged wrapped text, which no program fits by itself. */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  /** Manual page breaks: the 1-based rows that end a printed page (a unit's section). */
  readonly pageBreaks?: readonly number[];
  /** Protect the sheet (no password): only unlocked cells can be edited. */
  readonly protect?: boolean;
  readonly validations?: readonly ValidationOut[];
  readonly conditionalFormats?: readonly ConditionalOut[];
  /**
   * Write the header and rows as an Excel table with this name (filter buttons, banded rows), in
   * place of a plain filtered range. Tables need the in-memory writer; the streaming writer
   * writes a filtered range instead.
   */
  readonly table?: string;
  readonly images?: readonly ImageOut[];
  /** The sheet holds chart pictures and their captions only: where Excel draws the charts itself it is left out. */
  readonly picturesOnly?: boolean;
  readonly charts?: readonly ChartOut[];
  /** Print on exactly one page, shrunk to fit (a board), in place of fitting the width only. */
  readonly onePage?: boolean;
  /** Print in portrait (default landscape, as lists are printed). */
  readonly portrait?: boolean;
  /** The printed page's header and footer text (a draft says *Utkast* there), plain text. */
  readonly printed?: { readonly header: string; readonly footer: string };
  /**
   * The printed page's footer beside that: the report's name and period at the left, the page
   * number at the right, where `{page}` and `{pages}` stand for the page and the number of pages.
   */
  readonly pageFooter?: { readonly title: string; readonly page: string };
}

export interface WorkbookOut {
  readonly sheets: readonly SheetOut[];
  /** Ask Excel to recalculate every formula when the file is opened. */
  readonly calculateOnOpen?: boolean;
}

export function isFormattedCell(cell: CellOut): cell is FormattedCell {
  return typeof cell === "object" && cell !== null && "value" in cell;
}

/** The 1-based row of a sheet's header: after its title block, if it has one. */
export function headerRowOf(sheet: Pick<SheetOut, "intro">): number {
  return (sheet.intro?.length ?? 0) + 1;
}
