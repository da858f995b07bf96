/**
 * A stand-in for what Excel's JavaScript-only runtime provides to functions.js: the
 * `CustomFunctions` global with `associate`, `Error` and `ErrorCode` (values as in Office's
 * custom-functions-runtime). Tests install it where Excel would, then call functions as Excel does.
 */

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** The error object Excel's runtime constructs; a returned one shows as its code in the cell. */
export class ExcelRuntimeError {
  readonly code: string;
  readonly message: string | undefined;

  constructor(code: string, message?: string) {
    this.code = code;
    this.message = message;
  }
}

export interface CustomFunctionsRuntime {
  readonly Error: typeof ExcelRuntimeError;
  readonly ErrorCode: typeof ERROR_CODES;
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
  readonly registered: Map<string, (...args: unknown[]) => unknown>;
}

/** A fresh runtime whose `associate` records what was registered. */
export function createRuntime(): CustomFunctionsRuntime {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  return {
    Error: ExcelRuntimeError,
    ErrorCode: ERROR_CODES,
    registered,
    associate(id, fn) {
      if (registered.has(id)) throw new Error(`${id} associated twice`);
      registered.set(id, fn);
    },
  };
}

/** What a cell shows: the error code for an error value, otherwise the value. */
export function shown(value: unknown): unknown {
  return value instanceof ExcelRuntimeError ? value.code : value;
}

/** What a spilled range shows, cell by cell. */
export function shownGrid(grid: unknown): unknown {
  if (!Array.isArray(grid)) return shown(grid);
  return grid.map((row: unknown) => (Array.isArray(row) ? row.map(shown) : shown(row)));
}
