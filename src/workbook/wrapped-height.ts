/**
 * How tall a row of wrapped text must be. Excel fits a row to wrapped text when it opens the file,
 * LibreOffice does not: without a height the lines overlap in print. So a sheet with wrapped text
 * sets its rows' heights from an estimate, on the safe side.
 */

/**
 * Points per line of 11-point text, and characters per line per unit of column width, on the safe
 * side: Calibri holds about 1.2 characters a unit, LibreOffice's fallback DejaVu Sans about 1.1
 * (measured on the demo's printed reports), so one a unit wraps every text that could overflow
 * and gives its row lines enough in either.
 */
export const LINE_HEIGHT = 15;
const CHARACTERS_PER_WIDTH = 1;

/** The lines a wrapped text takes in a cell this many characters wide (word by word), at least one. */
export function linesOf(text: string, width: number): number {
  const capacity = Math.max(1, Math.floor(width * CHARACTERS_PER_WIDTH));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter((part) => part !== "")) {
      if (used > 0 && used + 1 + word.length > capacity) {
        lines += 1;
        used = 0;
      }
      // A word longer than the line breaks where the line ends.
      lines += Math.floor(Math.max(0, (used === 0 ? word.length : used + 1 + word.length) - 1) / capacity);
      used = ((used === 0 ? word.length : used + 1 + word.length) - 1) % capacity + 1;
    }
  }
  return Math.max(1, lines);
}

/** The height (points) of a row whose tallest cell holds `text` wrapped in a column `width` wide; undefined for one line. */
export function wrappedHeight(text: string, width: number): number | undefined {
  const lines = linesOf(text, width);
  return lines > 1 ? LINE_HEIGHT * lines + 3 : undefined;
}
