/**
 * Values and missing values (docs/rules.md §0): what every rule reads from a cell.
 *
 * A missing value is never zero. Blank, an Excel error value and the usual "no data" markers are
 * missing; a number written as text is that number; anything else is invalid.
 */
import { describeInput, RuleError } from "./errors";
import { parseNumberText } from "./number-text";

/** A number, or `null` for a missing value. */
export type Measured = number | null;

/** An Excel error value as the core sees it: its code, e.g. `#N/A`. */
export interface ErrorValue {
  readonly errorCode: string;
}

/** Everything a cell can hold, as the adapters hand it to the core. */
export type CellInput = number | string | boolean | null | undefined | ErrorValue;

/** Texts that mean "no value" (compared trimmed and in lower case). Kolada uses `-`, `.`, `..`. */
export const MISSING_MARKERS: ReadonlySet<string> = new Set([
  "",
  "-",
  "–",
  "—",
  ".",
  "..",
  "n/a",
  "na",
  "saknas",
  "ej tillämplig",
  "e.t.",
  "x",
]);

/** Excel's error values, which count as missing when they arrive as text. */
export const EXCEL_ERROR_TEXTS: ReadonlySet<string> = new Set([
  "#n/a",
  "#div/0!",
  "#value!",
  "#ref!",
  "#name?",
  "#num!",
  "#null!",
  "#spill!",
  "#calc!",
  "#getting_data",
  "#busy!",
  "#field!",
  "#blocked!",
  "#connect!",
  "#unknown!",
]);

/** True when `text` (trimmed, any case) is a missing-value marker or an Excel error text. */
export function isMissingText(text: string): boolean {
  const key = text.trim().toLowerCase();
  return MISSING_MARKERS.has(key) || EXCEL_ERROR_TEXTS.has(key);
}

function isErrorValue(input: object): input is ErrorValue {
  return typeof (input as Partial<ErrorValue>).errorCode === "string";
}

/**
 * Reads a cell as a number or missing (`null`).
 * @throws RuleError `invalid-number` for text that is neither a number nor a missing marker,
 *   for booleans, and for NaN or infinite numbers.
 * @example parseCellValue("12,5") // 12.5
 * @example parseCellValue("n/a")  // null
 * @example parseCellValue("")     // null
 */
export function parseCellValue(input: CellInput): Measured {
  if (typeof input === "number") {
    if (Number.isFinite(input)) return input;
    throw new RuleError("invalid-number", `Not a finite number: ${String(input)}`, input);
  }
  if (input === null || input === undefined) return null;
  if (typeof input === "string") {
    if (isMissingText(input)) return null;
    const parsed = parseNumberText(input);
    if (parsed !== undefined) return parsed.value;
    throw new RuleError("invalid-number", `Not a number: "${input}"`, input);
  }
  if (typeof input === "object" && isErrorValue(input)) return null;
  throw new RuleError("invalid-number", `Not a number: ${describeInput(input)}`, input);
}
