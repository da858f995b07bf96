/**
 * Excel error values returned by the functions (docs/rules.md §10).
 *
 * `CustomFunctions` is the global that Excel's runtime provides; it is read only when a function
 * runs, never while the file loads, so the bundle loads anywhere and tests can provide the global.
 */
import { isRuleError } from "../core";

/** The three errors the functions return. */
export type ExcelErrorKind = "value" | "div0" | "na";

/** A new Excel error value of the given kind. */
export function excelError(kind: ExcelErrorKind): CustomFunctions.Error {
  const codes = CustomFunctions.ErrorCode;
  const code = kind === "div0" ? codes.divisionByZero : kind === "na" ? codes.notAvailable : codes.invalidValue;
  return new CustomFunctions.Error(code);
}

/** Thrown inside a cell computation to return an Excel error for that cell only. */
export class CellError extends Error {
  readonly kind: ExcelErrorKind;

  constructor(kind: ExcelErrorKind) {
    super(kind);
    this.name = "CellError";
    this.kind = kind;
  }
}

/**
 * The Excel error that stands for a failure in one cell: `#DIV/0!` for an undefined ratio,
 * `#N/A` for missing data, `#VALUE!` for everything else (bad input, and any unexpected fault,
 * so that a cell never shows a JavaScript message).
 */
export function excelErrorFor(error: unknown): CustomFunctions.Error {
  if (error instanceof CellError) return excelError(error.kind);
  if (isRuleError(error, "undefined-ratio")) return excelError("div0");
  return excelError("value");
}
