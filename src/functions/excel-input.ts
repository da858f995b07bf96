/**
 * Reading what Excel passes to a custom function into the core's inputs.
 *
 * Excel passes an empty cell as `null` (or `""` inside ranges), an omitted optional argument as
 * `null` or `undefined`, and an error cell as a `CustomFunctions.Error`-like object with a `code`.
 * All of these are missing values here, never zero (docs/rules.md §0).
 */
import { describeInput, parseCellValue, parseTarget, type CellInput, type Measured, type TargetValue } from "../core";
import { CellError } from "./excel-errors";

function hasErrorCode(value: object): value is { code: string } {
  return typeof (value as { code?: unknown }).code === "string";
}

/** One value from Excel as the core's {@link CellInput}. */
export function toCellInput(value: unknown): CellInput {
  if (value === null || value === undefined) return value;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "object" && hasErrorCode(value)) return { errorCode: value.code };
  // Excel's rich values (formatted numbers, entities) carry their plain value as basicValue.
  const basic = (value as { basicValue?: unknown }).basicValue;
  if (typeof basic === "number" || typeof basic === "string" || typeof basic === "boolean") return basic;
  return describeInput(value);
}

/** A value as a number or missing (`null`); throws the core's `invalid-number` for bad text. */
export function readMeasured(value: unknown): Measured {
  // Numbers are by far the most common input, and a parameter left out the next: skip the
  // general path for both (a left-out parameter reaches every element of a range as undefined).
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (value === undefined || value === null) return null;
  return parseCellValue(toCellInput(value));
}

/** A target cell as the core's target (a number or a relative word such as Öka); throws the core's `invalid-target`. */
export function readTarget(value: unknown): TargetValue {
  // A finite number is its own target: skip the general path, as readMeasured does.
  return typeof value === "number" && Number.isFinite(value) ? value : parseTarget(toCellInput(value));
}

/** A value that the computation needs: missing makes the cell `#N/A`. */
export function readRequired(value: unknown): number {
  const measured = readMeasured(value);
  if (measured === null) throw new CellError("na");
  return measured;
}

/** An optional numeric parameter: blank gives `undefined`, so the core's default applies. */
export function readOptional(value: unknown): number | undefined {
  return readMeasured(value) ?? undefined;
}

/**
 * Memoises a pure parser on its last input: a direction column holds few distinct words, and a
 * broadcast parameter only one, so each is parsed once per run of equal values, not once per row.
 */
export function memoised<T>(parse: (value: unknown) => T): (value: unknown) => T {
  let lastInput: unknown = Symbol("none");
  let lastOutput: T | undefined;
  return (value) => {
    if (value !== lastInput || lastOutput === undefined) {
      lastOutput = parse(value);
      lastInput = value;
    }
    return lastOutput;
  };
}

/** Every element of a range argument in reading order (rows, then columns); a scalar is one element. */
export function flatten(arg: unknown): unknown[] {
  if (!Array.isArray(arg)) return arg === undefined ? [] : [arg];
  const values: unknown[] = [];
  for (const row of arg) {
    // One by one: spreading a row into push() makes each cell an argument, and a wide row
    // overflows the call stack.
    if (Array.isArray(row)) for (const value of row as unknown[]) values.push(value);
    else values.push(row);
  }
  return values;
}
