/**
 * The Office.js adapter against office-addin-mock: what it writes into Excel and in how many
 * syncs. Sync counts are the same for one sheet and for many: no sync inside a loop.
 */
import { examplePlan } from "../../src/example/generate-plan";
import { collectionContext } from "../../src/core";
import { consolidate } from "../../src/core";
import { collectionSheetsForPlan } from "../../src/workbook/collect/write-consolidated";
import { collectionSheetsForPlan as boardsAndCollection } from "../../src/app/collect";
import { planWorkbook } from "../../src/workbook/plan/write-plan";
import { readPlan } from "../../src/workbook/plan/read-plan";
import { buildSharedTemplate } from "../../src/workbook/template/build-template";
import type { SheetOut } from "../../src/workbook/output";
import { annualReport, FollowUp, planOnlyInput } from "../../src/core";
import { annualWorkbook } from "../../src/reports/xlsx/annual-workbook";
import type { Capabilities } from "../../src/taskpane/excel/capabilities";
import { officeErrorMessage } from "../../src/taskpane/excel/office-errors";
import { readOpenWorkbook } from "../../src/taskpane/excel/read-workbook";
import { sheetCells, TEXT_FORMAT } from "../../src/taskpane/excel/sheet-cells";
import { writeSheets } from "../../src/taskpane/excel/write-sheets";
import { reportingUnits } from "../../src/taskpane/wizard/session";
import { reportSheetsForWorkbook } from "../../src/taskpane/wizard/report-sheets";
import { FakeExcel, type FakeSheetData } from "../support/fake-excel";

const ALL: Capabilities = { charts: true, images: true, createWorkbook: true, pageLayout: true };

/** A sheet as Excel would give its used range back. */
function asUsedRange(sheet: SheetOut): FakeSheetData {
  const cells = sheetCells(sheet);
  const valueTypes = cells.values.map((row) => row.map((v) => (v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String")));
  return { name: sheet.name, used: { rowIndex: 0, columnIndex: 0, values: cells.values, valueTypes, numberFormat: cells.numberFormat.map((row) => row.map((f) => f ?? "General")) } };
}

describe("the Office.js adapter", () => {
  const plan = examplePlan();

  it("writes the pulse boards into the plan open in Excel with the collection's sheets, merged cells and status fills included, in the same two syncs", async () => {
    const excel = new FakeExcel([{ name: "Utfall", used: null }]);
    const sync = jest.spyOn(excel.context, "sync");
    const consolidation = consolidate(collectionContext(plan, "2026-D", "2026-09-21T12:00:00"), []);
    const sheets = boardsAndCollection(plan, consolidation);
    const boards = sheets.filter((sheet) => sheet.name.startsWith("Pulstavla"));
    expect(boards.map((sheet) => sheet.name)).toEqual(["Pulstavla", "Pulstavla Utbildning", "Pulstavla Vård och omsorg", "Pulstavla Samhällsbyggnad"]);
    await writeSheets(excel.context, sheets, { capabilities: ALL });
    expect(sync).toHaveBeenCalledTimes(2);
    const board = excel.on("Pulstavla Utbildning");
    expect(board.filter((o) => o.op === "merge").length).toBe(boards[1]?.merges?.length);
    expect(board.some((o) => o.op === "color")).toBe(true);
    // One A4 landscape page, as the board prints from its file.
    expect(board.filter((o) => o.op === "pageLayout").map((o) => o.target)).toEqual(["orientation", "paperSize", "zoom"]);
  });

  it("reads a plan from the open workbook in two syncs, as the file readers do", async () => {
    const excel = new FakeExcel(planWorkbook(plan).sheets.map(asUsedRange));
    const sync = jest.spyOn(excel.context, "sync");
    const grid = await readOpenWorkbook(excel.context);
    expect(sync).toHaveBeenCalledTimes(2);
    const read = readPlan(grid, "Plan.xlsx");
    expect(read.problems).toEqual([]);
    expect(read.plan.indicators.map((i) => i.id)).toEqual(plan.indicators.map((i) => i.id));
    expect(read.plan.periods).toEqual(plan.periods.map((p) => ({ ...p, at: expect.anything() })));
  });

  it("writes sheets in two syncs whatever their number: values in bulk under their formats, then the table, frozen header and conditional formats", async () => {
    const units = reportingUnits(plan);
    const counts: number[] = [];
    for (const count of [1, units.length]) {
      const excel = new FakeExcel([{ name: "Mål", used: null }]);
      const sync = jest.spyOn(excel.context, "sync");
      await writeSheets(excel.context, buildSharedTemplate(plan, "2026-D", units.slice(0, count), "2026-09-01T00:00:00").sheets, { capabilities: ALL });
      counts.push(sync.mock.calls.length);
    }
    expect(counts).toEqual([2, 2]);

    const excel = new FakeExcel([{ name: "Utfall", used: null }]);
    const consolidation = consolidate(collectionContext(plan, "2026-D", "2026-09-21T12:00:00"), []);
    const sheets = collectionSheetsForPlan(plan, consolidation);
    await writeSheets(excel.context, sheets, { capabilities: ALL });
    // The plan's other sheets are never rewritten: only Utfall and collection's own sheets.
    expect(sheets.map((s) => s.name)).toEqual(["Utfall", "Inrapporteringsstatus", "Avvikelser", "Status", "Målbedömning", "Handlingsplaner", "Analyser", "Förbättringar"]);
    const utfall = excel.on("Utfall").map((o) => o.op);
    // The earlier Utfall is renamed out of the way, the new one added, and the old deleted last.
    expect(utfall[0]).toBe("rename");
    expect(utfall).toContain("add");
    expect(utfall[utfall.length - 1]).toBe("delete");
    const status = excel.on("Inrapporteringsstatus");
    const formats = status.findIndex((o) => o.op === "numberFormat");
    const values = status.findIndex((o) => o.op === "values");
    expect(formats).toBeGreaterThanOrEqual(0);
    expect(formats).toBeLessThan(values);
    const header = (status[values]?.value as unknown[][])[0];
    expect(header?.[0]).toBe("Organisation");
    expect((status[formats]?.value as unknown[][])[0]?.[0]).toBe(TEXT_FORMAT);
    expect(status.some((o) => o.op === "freezeRows" && o.value === 1)).toBe(true);
    expect(excel.operations.filter((o) => o.op === "suspendCalculation")).toHaveLength(1);
  });

  it("keeps workbook text as text: a formula-looking comment is written under the text format, never as a formula", () => {
    const cells = sheetCells({ name: "S", columns: [{ header: "Kommentar" }], rows: [["=HYPERLINK(\"http://x\")"], ["12,5"]] });
    expect(cells.values[1]).toEqual(['=HYPERLINK("http://x")']);
    expect(cells.numberFormat[1]).toEqual([TEXT_FORMAT]);
    expect(cells.numberFormat[2]).toEqual([TEXT_FORMAT]);
    expect(cells.formulas).toEqual([]);
  });

  it("draws the annual report's overview and key indicators as Excel charts, in place of their pictures", async () => {
    const report = annualReport(new FollowUp(planOnlyInput(plan, "2026")), "annual");
    const png = new Uint8Array([137, 80, 78, 71]);
    const chart = { png, width: 400, height: 200, description: "" };
    const book = annualWorkbook(report, { overview: chart, keyIndicators: new Map(report.areas.flatMap((a) => a.goals.map((g) => [g.goal.id, [chart]] as const))) }, "sv");
    const excel = new FakeExcel([{ name: "Mål", used: null }]);
    const sync = jest.spyOn(excel.context, "sync");
    const written = await writeSheets(excel.context, reportSheetsForWorkbook("annual", book), { capabilities: ALL });
    expect(sync).toHaveBeenCalledTimes(2);
    // Every sheet is the report's ("ÅR …"); the sheet of pictures is left out, the charts drawn instead.
    expect(written.every((name) => name.startsWith("ÅR "))).toBe(true);
    expect(written).not.toContain("ÅR Diagram");
    const charts = excel.operations.filter((o) => o.op === "chart");
    expect(charts.filter((o) => o.target === "BarStacked")).toHaveLength(1);
    expect(charts.filter((o) => o.target === "Line").length).toBe(report.areas.flatMap((a) => a.goals.flatMap((g) => g.keyIndicators)).length);
    expect(excel.operations.filter((o) => o.op === "seriesColour").map((o) => o.value)).toEqual(["#4caf50", "#f2c200", "#d9443a", "#a6a6a6"]);
    expect(excel.operations.filter((o) => o.op === "image")).toEqual([]);
    expect(excel.operations.filter((o) => o.op === "tableName").every((o) => String(o.value).startsWith("AR_"))).toBe(true);

    // Where Excel cannot draw charts (before ExcelApi 1.7), the pictures go in instead.
    const older = new FakeExcel([{ name: "Mål", used: null }]);
    await writeSheets(older.context, reportSheetsForWorkbook("annual", book), { capabilities: { charts: false, images: true, createWorkbook: false, pageLayout: false } });
    expect(older.operations.filter((o) => o.op === "chart")).toEqual([]);
    expect(older.operations.filter((o) => o.op === "image").length).toBeGreaterThan(1);
  });

  it("says what Excel could not do, where, and what to do about it", () => {
    const error = { code: "InvalidOperationInCellEditMode", message: "Excel is in cell-editing mode.", debugInfo: { errorLocation: "Range.values" } };
    expect(officeErrorMessage(error, "skriva bladen", "sv")).toBe(
      "Excel kunde inte skriva bladen (i Range.values): Excel is in cell-editing mode. Avsluta redigeringen av cellen (Enter eller Esc) och försök igen.",
    );
    expect(officeErrorMessage(new Error("boom"), "write the sheets", "en")).toBe("Excel could not write the sheets: boom");
  });
});
