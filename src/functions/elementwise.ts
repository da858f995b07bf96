/**
 * Element-wise evaluation over Excel ranges with broadcasting (docs/functions.md).
 *
 * Every per-row parameter may be a single value or a range; the result has the shape of the
 * ranges, single values are broadcast, and ranges of different shapes give `#VALUE!`. A failure
 * in one element becomes an Excel error in that element only.
 */
import { excelError, excelErrorFor } from "./excel-errors";

/** What a function returns to Excel: a 2-D array that spills (1×1 shows as one value). */
export type Spill = unknown[][];

interface Shape {
  readonly rows: number;
  readonly columns: number;
}

function matrixShape(arg: unknown): Shape | undefined {
  if (!Array.isArray(arg)) return undefined;
  const first: unknown = arg[0];
  const columns = Array.isArray(first) ? first.length : 1;
  return { rows: arg.length, columns };
}

function isSingle(shape: Shape | undefined): boolean {
  return shape === undefined || (shape.rows === 1 && shape.columns === 1);
}

/** The common shape of the arguments, `undefined` when all are single values, or "mismatch". */
export function commonShape(args: readonly unknown[]): Shape | undefined | "mismatch" {
  let common: Shape | undefined;
  for (const arg of args) {
    const shape = matrixShape(arg);
    if (shape !== undefined && (shape.rows === 0 || shape.columns === 0)) return "mismatch";
    if (isSingle(shape)) continue;
    if (common === undefined) common = shape;
    else if (common.rows !== shape?.rows || common.columns !== shape.columns) return "mismatch";
  }
  return common;
}

function singleValue(arg: unknown): unknown {
  if (!Array.isArray(arg)) return arg;
  const row: unknown = arg[0];
  return Array.isArray(row) ? row[0] : row;
}

/**
 * The arguments at one element position. `at(i)` reads argument i there: the element of a range,
 * or the single value that is broadcast. Reading straight from the ranges (rather than copying
 * each element into an intermediate array) keeps numbers unboxed in the hot loop.
 */
export class Position {
  row = 0;
  column = 0;
  private readonly grids: readonly (unknown[][] | undefined)[];
  private readonly singles: readonly unknown[];

  constructor(args: readonly unknown[]) {
    this.grids = args.map((arg) => (isSingle(matrixShape(arg)) ? undefined : (arg as unknown[][])));
    this.singles = args.map((arg) => singleValue(arg));
  }

  at(index: number): unknown {
    const grid = this.grids[index];
    return grid === undefined ? this.singles[index] : grid[this.row]?.[this.column];
  }
}

/**
 * Applies `compute` to each element position; anything it throws becomes that cell's Excel error.
 */
export function elementwise(args: readonly unknown[], compute: (at: Position) => unknown): Spill {
  const shape = commonShape(args);
  if (shape === "mismatch") return [[excelError("value")]];
  const rows = shape?.rows ?? 1;
  const columns = shape?.columns ?? 1;
  const position = new Position(args);
  const result: Spill = new Array<unknown[]>(rows);
  for (let r = 0; r < rows; r++) {
    position.row = r;
    if (columns === 1) {
      // The common case, a column: an array literal per row, which V8 allocates cheapest.
      position.column = 0;
      result[r] = [computeCell(compute, position)];
      continue;
    }
    const out = new Array<unknown>(columns);
    for (let c = 0; c < columns; c++) {
      position.column = c;
      out[c] = computeCell(compute, position);
    }
    result[r] = out;
  }
  return result;
}

function computeCell(compute: (at: Position) => unknown, position: Position): unknown {
  try {
    return compute(position);
  } catch (error) {
    return excelErrorFor(error);
  }
}

/** Runs a whole-function computation that returns one value, with any failure as an Excel error. */
export function single(compute: () => unknown): Spill {
  try {
    return [[compute()]];
  } catch (error) {
    return [[excelErrorFor(error)]];
  }
}

/**
 * Runs a function's whole body so that nothing it throws escapes to Excel: a failure outside the
 * per-element loop (a bad peer list, a bad profile) becomes a single Excel error.
 */
export function guarded(run: () => Spill): Spill {
  try {
    return run();
  } catch (error) {
    return [[excelErrorFor(error)]];
  }
}
