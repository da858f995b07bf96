/**
 * How a report's table sheet is laid out for reading and print (docs/reports.md, "Readable
 * workbooks"): no column narrower than its longest word, so no word or number is ever broken;
 * text that does not fit its column wrapped, never cut off at the next cell; and each row as tall
 * as its tallest cell, since LibreOffice does not fit rows to wrapped text when it prints.
 */
import { isFormattedCell, type CellOut, type CellStyle } from "../../workbook/output";
import { wrappedHeight } from "../../workbook/wrapped-height";

interface ColumnWidth {
  readonly header: string;
  readonly width?: number;
}

/** The writer's width for a column that names none. */
const defaultWidth = (header: string) => Math.max(10, header.length + 2);

const textOf = (cell: CellOut): string | undefined => {
  const value = isFormattedCell(cell) ? cell.value : cell;
  return typeof value === "string" ? value : undefined;
};

const longestWord = (text: string) => text.split(/\s+/).reduce((longest, word) => Math.max(longest, word.length), 0);

/** A column is widened for its words up to this width; a longer "word" (a link) wraps where it must. */
const WIDEST_FOR_WORDS = 50;

/** How much wider a bold header word is than the same word in the cells below. */
const BOLD_WIDENING = 1.2;

/**
 * Each column's width: the one asked for, widened to hold the column's longest word (in its header
 * or any text cell) with a character to spare, since a wrapped cell breaks a longer word mid-word.
 */
export function widthsWithoutBrokenWords(columns: readonly ColumnWidth[], rows: readonly (readonly CellOut[])[]): number[] {
  return columns.map((column, c) => {
    // Headers are bold, and bold letters wider: measured in LibreOffice with its fallback font
    // (DejaVu Sans, wider than Calibri), "Verksamhetsområde" broke in a column 18 wide.
    let longest = Math.ceil(longestWord(column.header) * BOLD_WIDENING);
    for (const row of rows) {
      const text = textOf(row[c] ?? null);
      if (text !== undefined) longest = Math.max(longest, longestWord(text));
    }
    const asked = column.width ?? defaultWidth(column.header);
    return Math.max(asked, Math.min(longest + 1, WIDEST_FOR_WORDS));
  });
}

/** A cell's style once its text wraps: a bold label stays bold. */
const wrappedStyle = (style: CellStyle | undefined): CellStyle => (style === "bold" ? "label" : (style ?? "wrap"));

/**
 * The rows with every text longer than its column wrapped, and the heights of the rows that wrap;
 * a wrapping row's other cells sit level with its first line. Numbers are never wrapped.
 */
export function wrapLongText(widths: readonly number[], cells: readonly (readonly CellOut[])[], firstRow: number): { rows: CellOut[][]; heights: { row: number; height: number }[] } {
  const heights: { row: number; height: number }[] = [];
  const rows = cells.map((row, r) => {
    let tallest = 0;
    let wraps = false;
    const out = row.map((cell, c): CellOut => {
      const text = textOf(cell);
      if (text === undefined) return cell;
      const height = wrappedHeight(text, widths[c] ?? 10);
      const asked = isFormattedCell(cell) && cell.style === "wrap";
      if (height === undefined && !asked) return cell;
      wraps = true;
      tallest = Math.max(tallest, height ?? 0);
      return isFormattedCell(cell) ? { ...cell, style: wrappedStyle(cell.style) } : { value: text, style: "wrap" };
    });
    if (!wraps) return out;
    if (tallest > 0) heights.push({ row: firstRow + r, height: tallest });
    return out.map((cell): CellOut => (cell === null ? cell : isFormattedCell(cell) ? { ...cell, style: cell.style === "bold" ? "label" : (cell.style ?? "top") } : { value: cell, style: "top" }));
  });
  return { rows, heights };
}

/** The header row's height when a header does not fit its column on one line (the writer wraps headers). */
export function headerHeight(headers: readonly string[], widths: readonly number[]): number | undefined {
  const tallest = Math.max(0, ...headers.map((header, c) => wrappedHeight(header, widths[c] ?? 10) ?? 0));
  return tallest > 0 ? tallest : undefined;
}
