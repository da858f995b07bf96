/**
 * Element-wise evaluation over Excel ranges with broadcasting (functions.md).
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
 * Applies `compute` to each element position. `compute` receives the elements of every argument
 * at that position in one reused array (read it, don't keep it) and returns the cell's value;
 * anything it throws becomes that cell's Excel error.
 */
export function elementwise(args: readonly unknown[], compute: (values: readonly unknown[]) => unknown): Spill {
  const shape = commonShape(args);
  if (shape === "mismatch") return [[excelError("value")]];
  const rows = shape?.rows ?? 1;
  const columns = shape?.columns ?? 1;
  const grids = args.map((arg) => (isSingle(matrixShape(arg)) ? undefined : (arg as unknown[][])));
  const values: unknown[] = args.map((arg) => singleValue(arg));
  const result: Spill = new Array<unknown[]>(rows);
  for (let r = 0; r < rows; r++) {
    const out = new Array<unknown>(columns);
    for (let c = 0; c < columns; c++) {
      for (let i = 0; i < grids.length; i++) {
        const grid = grids[i];
        if (grid !== undefined) values[i] = grid[r]?.[c];
      }
      out[c] = computeCell(compute, values);
    }
    result[r] = out;
  }
  return result;
}

function computeCell(compute: (values: readonly unknown[]) => unknown, values: readonly unknown[]): unknown {
  try {
    return compute(values);
  } catch (error) {
    return excelErrorFor(error);
  }
}

/** Runs a whole-function computation that returns one value, with any failure as an Excel error. */
export function single(compute: () => unknown): Spill {
  return [[computeCell(compute, [])]];
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
