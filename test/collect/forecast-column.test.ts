/**
 * The units' own full-year forecasts (*Prognos helår*, template version 5): read at collection for
 * the amounts, carried in the consolidated workbook's Utfall and read back; an older template, or
 * a consolidated workbook from before the column, reads as before, with no forecasts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Plan } from "../../src/core";
import { asOldTemplate } from "../../src/example/unit-workbooks";
import { collectFiles } from "../../src/node/collect";
import { writeXlsxFile } from "../../src/node/write-xlsx-file";
import { readConsolidated } from "../../src/workbook/collect/read-consolidated";
import { consolidatedWorkbook } from "../../src/workbook/collect/write-consolidated";
import { readWorkbook } from "../../src/workbook/exceljs-reader";
import { COLLECTED_AT, PERIOD, editSheet, put, smallPlanModel, tempFolder, unitBook } from "../support/units";

/** The small plan with N2 as an amount (tkr): its rows get a Prognos helår cell. */
async function amountPlan(): Promise<Plan> {
  const plan = await smallPlanModel();
  return { ...plan, indicators: plan.indicators.map((i) => (i.id === "N2" ? { ...i, unit: "tkr" } : i)) };
}

const HN = (forecast: number | string | null) =>
  new Map([
    ["N1", { actual: 0.88, women: 0.9, men: 0.86 }],
    ["N2", { actual: 11, forecast }],
    ["N3", { actual: 0.93 }],
  ]);

async function collect(plan: Plan, books: Record<string, ReturnType<typeof unitBook>>) {
  const folder = tempFolder();
  const files = await Promise.all(Object.entries(books).map(([name, book]) => put(folder, name, book)));
  return collectFiles(plan, PERIOD, files, { collectedAt: COLLECTED_AT });
}

const forecastOf = (actuals: readonly { indicator: string; organisation: string; forecast?: number | null }[], indicator: string, organisation: string) =>
  actuals.find((a) => a.indicator === indicator && a.organisation === organisation)?.forecast;

describe("a unit's Prognos helår", () => {
  it("is read at collection for an amount, beside its outcome; a blank cell is no forecast", async () => {
    const plan = await amountPlan();
    const consolidation = await collect(plan, { "2026-D HN.xlsx": unitBook(plan, "HN", HN(17)), "2026-D HS.xlsx": unitBook(plan, "HS", new Map([["N2", { actual: 10 }]])) });
    expect(forecastOf(consolidation.actuals, "N2", "HN")).toBe(17);
    expect(forecastOf(consolidation.actuals, "N2", "HS")).toBeNull();
    // A share has no forecast cell: nothing is read for it.
    expect(forecastOf(consolidation.actuals, "N1", "HN")).toBeUndefined();
  });

  it("that is no number is an error at its cell, naming the column", async () => {
    const plan = await amountPlan();
    const consolidation = await collect(plan, { "2026-D HN.xlsx": unitBook(plan, "HN", HN("ungefär 20")) });
    const problem = consolidation.problems.find((p) => p.code === "invalid-number" && p.organisation === "HN");
    expect(problem?.values).toMatchObject({ value: "ungefär 20", column: "Prognos helår" });
    expect(problem?.at.cell).toMatch(/^L\d+$/);
    expect(forecastOf(consolidation.actuals, "N2", "HN")).toBeNull();
  });

  it("is absent from an older template, which still collects its outcomes as before", async () => {
    const plan = await amountPlan();
    // Version 4: the same layout without the column; version 1: the oldest layout.
    const version4 = editSheet(unitBook(plan, "HN", HN(17)), "Inrapportering", (sheet) => {
      const drop = sheet.columns.findIndex((column) => column.header === "Prognos helår");
      return { ...sheet, columns: sheet.columns.filter((_, i) => i !== drop), rows: sheet.rows.map((row) => row.filter((_, i) => i !== drop)), validations: [], conditionalFormats: [] };
    });
    for (const book of [version4, asOldTemplate(unitBook(plan, "HN", HN(17)))]) {
      const consolidation = await collect(plan, { "2026-D HN.xlsx": book });
      expect(consolidation.actuals.filter((a) => a.organisation === "HN").map((a) => [a.indicator, a.actual])).toEqual([
        ["N1", 0.88],
        ["N2", 11],
        ["N3", 0.93],
      ]);
      expect(forecastOf(consolidation.actuals, "N2", "HN")).toBeUndefined();
      expect(consolidation.problems.filter((p) => p.organisation === "HN" && p.severity === "error")).toEqual([]);
    }
  });

  it("goes into the consolidated workbook's Utfall and reads back; a workbook without the column reads with no forecasts", async () => {
    const plan = await amountPlan();
    const consolidation = await collect(plan, { "2026-D HN.xlsx": unitBook(plan, "HN", HN(17)), "2026-D HS.xlsx": unitBook(plan, "HS", new Map([["N2", { actual: 10 }]])) });
    const file = path.join(tempFolder(), "sammanstallning.xlsx");
    const book = consolidatedWorkbook(plan, consolidation);
    await writeXlsxFile(file, book);
    const read = readConsolidated(await readWorkbook(readFileSync(file)), PERIOD);
    expect(forecastOf(read.actuals, "N2", "HN")).toBe(17);
    expect(read.actuals.map((a) => [a.indicator, a.organisation, a.actual])).toEqual(consolidation.actuals.map((a) => [a.indicator, a.organisation, a.actual]));
    // As Puls wrote it before the column (format version 1).
    const before = editSheet(book, "Utfall", (sheet) => {
      const drop = sheet.columns.findIndex((column) => column.header === "Prognos helår");
      return { ...sheet, columns: sheet.columns.filter((_, i) => i !== drop), rows: sheet.rows.map((row) => row.filter((_, i) => i !== drop)) };
    });
    const oldFile = path.join(tempFolder(), "gammal.xlsx");
    await writeXlsxFile(oldFile, before);
    const old = readConsolidated(await readWorkbook(readFileSync(oldFile)), PERIOD);
    expect(old.actuals.map((a) => [a.indicator, a.organisation, a.actual])).toEqual(consolidation.actuals.map((a) => [a.indicator, a.organisation, a.actual]));
    expect(old.actuals.every((a) => a.forecast === undefined)).toBe(true);
  });
});
