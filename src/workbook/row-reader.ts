/**
 * Reading one table row into typed values, reporting every cell that cannot be read with its
 * file, sheet and cell, and carrying on with a neutral value (the row is not lost).
 */
import {
  error,
  isRuleError,
  parseCellValue,
  parseDirection,
  parseTarget,
  type CellInput,
  type Direction,
  type Location,
  type Measured,
  type Problem,
  type TargetValue,
} from "../core";
import { normaliseWord } from "../core";
import { a1, cellText, isDateValue, isErrorCell, type CellValue } from "./grid";
import type { FoundTable, SheetSpec, TableRow } from "./table";

/** A cell as the core's input: error cells as error values, dates as their text. */
export function toInput(value: CellValue | undefined): CellInput {
  if (value === undefined || value === null) return null;
  if (isErrorCell(value)) return { errorCode: value.error };
  if (isDateValue(value)) return value.date;
  return value;
}

export class RowReader<K extends string> {
  constructor(
    private readonly table: FoundTable<K>,
    private readonly spec: SheetSpec<K>,
    private readonly row: TableRow,
    private readonly file: string | undefined,
    private readonly problems: Problem[],
  ) {}

  private cell(key: K): CellValue | undefined {
    const column = this.table.columns[key];
    return column === undefined ? undefined : this.row.cells[column];
  }

  /** Where the row's `key` cell is (or the row's first cell when the column is absent). */
  at(key?: K): Location {
    const column = key === undefined ? undefined : this.table.columns[key];
    return { file: this.file, sheet: this.table.sheet.name, cell: a1(this.row.index, column ?? 0) };
  }

  private header(key: K): string {
    return this.spec.columns.find((column) => column.key === key)?.headers[0] ?? key;
  }

  /** The cell as the core's input, for the core's own parsers. */
  cellInput(key: K): CellInput {
    return toInput(this.cell(key));
  }

  text(key: K): string {
    return cellText(this.cell(key));
  }

  optionalText(key: K): string | null {
    const text = this.text(key);
    return text === "" ? null : text;
  }

  number(key: K): Measured {
    const value = this.cell(key);
    try {
      return parseCellValue(toInput(value));
    } catch (caught) {
      if (!isRuleError(caught)) throw caught;
      this.problems.push(error("invalid-number", this.at(key), { value: cellText(value), column: this.header(key) }));
      return null;
    }
  }

  /** A word from a fixed table; blank gives `fallback`, an unknown word a problem and `fallback`. */
  word<T>(key: K, table: ReadonlyMap<string, T>, fallback: T, allowed: string): T {
    const text = this.text(key);
    if (text === "") return fallback;
    const value = table.get(normaliseWord(text));
    if (value !== undefined) return value;
    this.problems.push(error("invalid-value", this.at(key), { value: text, column: this.header(key), allowed }));
    return fallback;
  }

  /** A word read by a core parser (direction, roll-up method, …), reported as `invalid-value` when unknown. */
  parsed<T>(key: K, parse: (text: string) => T, fallback: T, allowed: string): T {
    const text = this.text(key);
    try {
      return parse(text);
    } catch (caught) {
      if (!isRuleError(caught)) throw caught;
      this.problems.push(error("invalid-value", this.at(key), { value: text, column: this.header(key), allowed }));
      return fallback;
    }
  }

  direction(key: K): Direction {
    const text = this.text(key);
    try {
      return parseDirection(text);
    } catch (caught) {
      if (!isRuleError(caught)) throw caught;
      this.problems.push(error("invalid-direction", this.at(key), { value: text }));
      return "higher";
    }
  }

  target(key: K): TargetValue {
    const value = this.cell(key);
    try {
      return parseTarget(toInput(value));
    } catch (caught) {
      if (!isRuleError(caught)) throw caught;
      this.problems.push(error("invalid-target", this.at(key), { value: cellText(value) }));
      return null;
    }
  }
}
