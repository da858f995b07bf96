/**
 * A workbook for the Office.js adapter's tests, built from office-addin-mock objects: properties
 * read before `load` and `context.sync()` come back as office-addin-mock's error strings (as in
 * Excel, where they throw), so an adapter that forgets to load or to sync reads garbage. Every
 * write is recorded, in order; values written from A1 are kept, so the workbook can be read back
 * (the wizard writes unit sheets, then collects them).
 */
import { OfficeMockObject } from "office-addin-mock";

/** One recorded operation: what, on which sheet and range, with what. */
export interface Operation {
  readonly sheet: string;
  readonly op: string;
  readonly target: string;
  readonly value?: unknown;
}

export interface UsedRange {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: unknown[][];
  readonly valueTypes: string[][];
  readonly numberFormat: unknown[][];
}

export interface FakeSheetData {
  readonly name: string;
  readonly visibility?: string;
  /** The used range (null for an empty sheet). */
  readonly used: UsedRange | null;
}

interface StoredSheet {
  name: string;
  visibility: string;
  used: UsedRange | null;
  /** The sheet's mock as the adapter got it from `add`, to read what it set on it. */
  added?: Record<string, unknown>;
}

type Mock = OfficeMockObject & Record<string, unknown>;

const VISIBILITIES = ["Visible", "Hidden", "VeryHidden"];

const typeOf = (value: unknown) => (value === "" || value === null ? "Empty" : typeof value === "number" ? "Double" : typeof value === "boolean" ? "Boolean" : "String");

export class FakeExcel {
  readonly operations: Operation[] = [];
  private readonly mocks: Mock[] = [];
  private readonly sheets: StoredSheet[];
  readonly settings = new Map<string, string>();
  readonly context: Excel.RequestContext & { sync: () => Promise<void> };

  constructor(sheets: readonly FakeSheetData[] = []) {
    this.sheets = sheets.map((data) => ({ name: data.name, visibility: data.visibility ?? "Visible", used: data.used }));
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the mock's methods run with the mock as `this`
    const fake = this;
    let items: Mock[] = [];
    const worksheets = {
      get items() {
        return items;
      },
      load(this: Mock) {
        // office-addin-mock cannot load through an array: each sheet's scalars are loaded.
        items = fake.sheets.map((sheet) => fake.worksheet(sheet.name, sheet));
        for (const item of items) item.load("name,visibility");
        return this;
      },
      getItemOrNullObject: (name: string) => {
        const exists = fake.sheets.some((sheet) => sheet.name === name);
        return fake.register(new OfficeMockObject({ isNullObject: !exists, delete: () => fake.deleteSheet(name) }), (mock) => {
          // Renaming a sheet that is about to be replaced.
          Object.defineProperty(mock, "name", { set: (value: string) => fake.renameSheet(name, value), get: () => name });
        });
      },
      getItem: (name: string) => fake.worksheet(name, null),
      add: (name: string) => {
        fake.record(name, "add", "");
        const sheet: StoredSheet = { name, visibility: "Visible", used: null };
        fake.sheets.push(sheet);
        const mock = fake.worksheet(name, null);
        sheet.added = mock;
        return mock;
      },
    };
    this.context = this.register(
      new OfficeMockObject({
        workbook: {
          settings: {
            add: (key: string, value: string) => fake.settings.set(key, value),
            getItemOrNullObject: (key: string) => fake.register(new OfficeMockObject({ isNullObject: !fake.settings.has(key), value: fake.settings.get(key) ?? "" }) as Mock),
          },
        },
        application: { suspendApiCalculationUntilNextSync: () => fake.record("", "suspendCalculation", "") },
        sync: async () => {
          for (const mock of fake.mocks) await OfficeMockObject.prototype.sync.call(mock);
          fake.record("", "sync", "");
        },
      }),
    ) as unknown as FakeExcel["context"];
    (this.context.workbook as unknown as Record<string, unknown>).worksheets = worksheets;
  }

  private register<T extends Mock>(mock: T, extra?: (mock: T) => void): T {
    extra?.(mock);
    this.mocks.push(mock);
    return mock;
  }

  private record(sheet: string, op: string, target: string, value?: unknown): void {
    this.operations.push({ sheet, op, target, ...(value === undefined ? {} : { value }) });
  }

  private stored(name: string): StoredSheet | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  private renameSheet(from: string, to: string): void {
    this.record(from, "rename", "", to);
    const sheet = this.stored(from);
    if (sheet !== undefined) sheet.name = to;
  }

  private deleteSheet(name: string): void {
    // The adapter deletes by the object it renamed: the stored sheet now has the new name.
    const renamed = this.operations.filter((o) => o.op === "rename" && o.sheet === name).map((o) => String(o.value));
    this.record(name, "delete", "");
    const renamedIndex = this.sheets.findIndex((sheet) => renamed.includes(sheet.name));
    const index = renamedIndex >= 0 ? renamedIndex : this.sheets.findIndex((sheet) => sheet.name === name);
    if (index >= 0) this.sheets.splice(index, 1);
  }

  /** Keeps what is written from A1 (the adapter writes a sheet's cells as one block there). */
  private keep(sheet: string, property: string, target: string, value: unknown): void {
    const stored = this.stored(sheet);
    if (stored === undefined || !target.startsWith("R0C0:") || !Array.isArray(value)) return;
    const matrix = value as unknown[][];
    const used = stored.used ?? { rowIndex: 0, columnIndex: 0, values: [], valueTypes: [], numberFormat: [] };
    if (property === "values") stored.used = { ...used, values: matrix, valueTypes: matrix.map((row) => row.map(typeOf)), numberFormat: used.numberFormat.length > 0 ? used.numberFormat : matrix.map((row) => row.map(() => "General")) };
    if (property === "numberFormat") stored.used = { ...used, numberFormat: matrix.map((row) => row.map((f) => f ?? "General")) };
  }

  /** A range whose settable properties are recorded when set. */
  private range(sheet: string, target: string): Mock {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- used inside property setters
    const fake = this;
    const recorded = (name: string, object: object) =>
      Object.defineProperty(object, name, {
        set: (value: unknown) => {
          fake.record(sheet, name, target, value);
          fake.keep(sheet, name, target, value);
        },
        get: () => undefined,
        configurable: true,
      });
    const font = recorded("size", recorded("color", recorded("bold", {})));
    const fill = recorded("color", {});
    const protection = recorded("locked", {});
    const format = recorded("rowHeight", recorded("columnWidth", recorded("wrapText", { font, fill, protection })));
    const dataValidation = recorded("errorAlert", recorded("rule", {}));
    const range = {
      format,
      dataValidation,
      conditionalFormats: {
        add: (type: string) => {
          const custom = { rule: recorded("formula", {}), format: { fill: recorded("color", {}), font: recorded("color", {}) } };
          fake.record(sheet, "conditionalFormat", target, type);
          return { custom };
        },
      },
      select: () => fake.record(sheet, "select", target),
      merge: (across: boolean) => fake.record(sheet, "merge", target, across),
    };
    for (const name of ["values", "numberFormat", "formulas"]) recorded(name, range);
    return range as unknown as Mock;
  }

  private worksheet(name: string, stored: StoredSheet | null): Mock {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the mock's methods run with the mock as `this`
    const fake = this;
    const used = stored?.used ?? null;
    const setVisibility = stored?.added?.visibility;
    const visibility = typeof setVisibility === "string" && VISIBILITIES.includes(setVisibility) ? setVisibility : (stored?.visibility ?? "Visible");
    const mock = new OfficeMockObject({
      name,
      visibility,
      used: used === null ? { isNullObject: true, rowIndex: 0, columnIndex: 0, values: [], valueTypes: [], numberFormat: [] } : { isNullObject: false, ...used },
      getUsedRangeOrNullObject(this: Mock): unknown {
        return this.used;
      },
      getRangeByIndexes: (row: number, column: number, rows: number, columns: number) => fake.range(name, `R${row}C${column}:${rows}x${columns}`),
      getRange: (address: string) => fake.range(name, address),
      activate: () => fake.record(name, "activate", ""),
      tables: {
        add: (address: string, hasHeaders: boolean) => {
          fake.record(name, "table", address, hasHeaders);
          const table = {};
          Object.defineProperty(table, "name", { set: (value: string) => fake.record(name, "tableName", address, value) });
          Object.defineProperty(table, "style", { set: (value: string) => fake.record(name, "tableStyle", address, value) });
          return table;
        },
      },
      freezePanes: { freezeRows: (count: number) => fake.record(name, "freezeRows", "", count) },
      protection: { protect: (options: unknown) => fake.record(name, "protect", "", options) },
      shapes: { addImage: () => (fake.record(name, "image", ""), {}) },
      charts: {
        add: (type: string, _source: unknown, seriesBy: string) => {
          fake.record(name, "chart", type, seriesBy);
          const series = { setXAxisValues: () => undefined, format: { fill: { setSolidColor: (colour: string) => fake.record(name, "seriesColour", type, colour) } } };
          return { title: {}, legend: {}, series: { getItemAt: () => series }, setPosition: (cell: string) => fake.record(name, "chartAt", type, cell) };
        },
      },
    }) as Mock;
    // The page layout's settings are recorded as set (a mock object would keep them as plain values).
    const layout = {};
    for (const key of ["orientation", "paperSize", "zoom"]) Object.defineProperty(layout, key, { set: (value: unknown) => fake.record(name, "pageLayout", key, value), get: () => undefined });
    Object.defineProperty(mock, "pageLayout", { value: layout });
    return this.register(mock);
  }

  /** The operations on one sheet, in order. */
  on(sheet: string): Operation[] {
    return this.operations.filter((o) => o.sheet === sheet);
  }

  /** Types a value into a cell of a sheet, as a user would (row and column zero-based). */
  type(sheet: string, row: number, column: number, value: string | number): void {
    const used = this.stored(sheet)?.used;
    const cells = used?.values[row];
    if (used === undefined || used === null || cells === undefined) throw new Error(`No cell ${row},${column} on ${sheet}`);
    cells[column] = value;
    const types = used.valueTypes[row];
    if (types !== undefined) types[column] = typeOf(value);
  }

  /** The values of a sheet now. */
  valuesOf(sheet: string): unknown[][] {
    return this.stored(sheet)?.used?.values ?? [];
  }

  /** The workbook's sheets now, in order. */
  names(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }
}
