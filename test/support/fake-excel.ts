/**
 * A workbook for the Office.js adapter's tests, built from office-addin-mock objects: properties
 * read before `load` and `context.sync()` come back as office-addin-mock's error strings (as in
 * Excel, where they throw), so an adapter that forgets to load or to sync reads garbage. Every
 * write is recorded, in order, for the tests to check what reached Excel.
 */
import { OfficeMockObject } from "office-addin-mock";

/** One recorded operation: what, on which sheet and range, with what. */
export interface Operation {
  readonly sheet: string;
  readonly op: string;
  readonly target: string;
  readonly value?: unknown;
}

export interface FakeSheetData {
  readonly name: string;
  readonly visibility?: string;
  /** The used range (null for an empty sheet). */
  readonly used: { rowIndex: number; columnIndex: number; values: unknown[][]; valueTypes: string[][]; numberFormat: unknown[][] } | null;
}

type Mock = OfficeMockObject & Record<string, unknown>;

export class FakeExcel {
  readonly operations: Operation[] = [];
  readonly sheetNames: string[];
  private readonly mocks: Mock[] = [];
  readonly context: Excel.RequestContext & { sync: () => Promise<void> };

  constructor(sheets: readonly FakeSheetData[] = []) {
    this.sheetNames = sheets.map((s) => s.name);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the mock's methods run with the mock as `this`
    const fake = this;
    const items = sheets.map((data) => this.worksheet(data.name, data));
    const byName = new Map(sheets.map((data, index) => [data.name, items[index]]));
    const worksheets = {
      items,
      load(this: Mock) {
        // office-addin-mock cannot load through an array: load each sheet's scalars.
        for (const item of items) item.load("name,visibility");
        fake.loadedItems = true;
        return this;
      },
      getItemOrNullObject: (name: string) => {
        return fake.register(new OfficeMockObject({ isNullObject: !byName.has(name), delete: () => fake.record(name, "delete", "") }), (mock) => {
          // A rename of a sheet that is about to be replaced.
          Object.defineProperty(mock, "name", { set: (value: string) => fake.record(name, "rename", "", value), get: () => name });
        });
      },
      getItem: (name: string) => fake.worksheet(name, null),
      add: (name: string) => {
        fake.record(name, "add", "");
        return fake.worksheet(name, null);
      },
    };
    const settings = new Map<string, string>();
    this.context = this.register(
      new OfficeMockObject({
        workbook: {
          worksheets,
          settings: {
            add: (key: string, value: string) => settings.set(key, value),
            getItemOrNullObject: (key: string) => fake.register(new OfficeMockObject({ isNullObject: !settings.has(key), value: settings.get(key) ?? "" }) as Mock),
          },
        },
        application: { suspendApiCalculationUntilNextSync: () => fake.record("", "suspendCalculation", "") },
        sync: async () => {
          for (const mock of fake.mocks) await OfficeMockObject.prototype.sync.call(mock);
          fake.record("", "sync", "");
        },
      }),
    ) as unknown as FakeExcel["context"];
    // The top-level collection must be a real mock too, for its own sync.
    (this.context.workbook as unknown as Mock).worksheets = worksheets;
  }

  loadedItems = false;

  private register<T extends Mock>(mock: T, extra?: (mock: T) => void): T {
    extra?.(mock);
    this.mocks.push(mock);
    return mock;
  }

  private record(sheet: string, op: string, target: string, value?: unknown): void {
    this.operations.push({ sheet, op, target, ...(value === undefined ? {} : { value }) });
  }

  /** A range whose settable properties are recorded when set. */
  private range(sheet: string, target: string): Mock {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- used inside property setters
    const fake = this;
    const recorded = (name: string, object: object) =>
      Object.defineProperty(object, name, { set: (value: unknown) => fake.record(sheet, name, target, value), get: () => undefined, configurable: true });
    const font = recorded("size", recorded("color", recorded("bold", {})));
    const fill = recorded("color", {});
    const protection = recorded("locked", {});
    const format = recorded("columnWidth", recorded("wrapText", { font, fill, protection }));
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
    };
    for (const name of ["values", "numberFormat", "formulas"]) recorded(name, range);
    return range as unknown as Mock;
  }

  private worksheet(name: string, data: FakeSheetData | null): Mock {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the mock's methods run with the mock as `this`
    const fake = this;
    const used = data?.used ?? null;
    const mock = new OfficeMockObject({
      name,
      visibility: data?.visibility ?? "Visible",
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
        add: (type: string, source: unknown, seriesBy: string) => {
          fake.record(name, "chart", type, seriesBy);
          const series = { setXAxisValues: () => undefined, format: { fill: { setSolidColor: (colour: string) => fake.record(name, "seriesColour", type, colour) } } };
          return { title: {}, legend: {}, series: { getItemAt: () => series }, setPosition: (cell: string) => fake.record(name, "chartAt", type, cell) };
        },
      },
    }) as Mock;
    return this.register(mock);
  }

  /** The operations on one sheet, in order. */
  on(sheet: string): Operation[] {
    return this.operations.filter((o) => o.sheet === sheet);
  }
}
