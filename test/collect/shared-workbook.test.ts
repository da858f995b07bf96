/**
 * The shared-workbook variant: one workbook with one report sheet per unit, collected back.
 */
import ExcelJS from "exceljs";
import { collectFiles } from "../../src/node/collect";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import type { WorkbookOut } from "../../src/workbook/output";
import { buildSharedTemplate } from "../../src/workbook/template/build-template";
import { COLLECTED_AT, PERIOD, put, smallPlanModel, tempFolder } from "../support/units";

/** The shared workbook as the units filled it in: each unit's sheet gets its Utfall. */
function filledIn(book: WorkbookOut, values: Record<string, number[]>): WorkbookOut {
  return {
    ...book,
    sheets: book.sheets.map((sheet) => {
      const mine = values[sheet.name];
      if (mine === undefined) return sheet;
      return { ...sheet, rows: sheet.rows.map((row, i) => row.map((cell, j) => (j === 8 ? (mine[i] ?? null) : cell))) };
    }),
  };
}

describe("a shared workbook with one sheet per unit", () => {
  it("has a sheet per unit, named by the unit, and a very hidden _puls listing them", async () => {
    const plan = await smallPlanModel();
    const workbook = new ExcelJS.Workbook();
    const bytes = await writeWorkbook(buildSharedTemplate(plan, PERIOD, ["HN", "HS"], "2026-09-01T08:00"));
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ["Hemtjänst Norr", "visible"],
      ["Hemtjänst Syd", "visible"],
      ["_puls", "veryHidden"],
    ]);
  });

  it("is collected per sheet, each unit with its own values and problems", async () => {
    const plan = await smallPlanModel();
    const book = filledIn(buildSharedTemplate(plan, PERIOD, ["HN", "HS"], "2026-09-01T08:00"), { "Hemtjänst Norr": [0.88, 11, 0.93], "Hemtjänst Syd": [0.95, 250, 0.94] });
    const file = await put(tempFolder(), "2026-D alla enheter.xlsx", book);
    const consolidation = await collectFiles(plan, PERIOD, [file], { collectedAt: COLLECTED_AT });
    expect(consolidation.actuals.map((a) => [a.organisation, a.indicator, a.actual])).toEqual([
      ["HN", "N1", 0.88],
      ["HN", "N2", 11],
      ["HN", "N3", 0.93],
      ["HS", "N1", 0.95],
      ["HS", "N2", 250],
      ["HS", "N3", 0.94],
    ]);
    expect(consolidation.reporting.map((r) => [r.organisation, r.state, r.file])).toEqual([
      ["HN", "submitted", "2026-D alla enheter.xlsx (Hemtjänst Norr)"],
      ["HS", "submitted", "2026-D alla enheter.xlsx (Hemtjänst Syd)"],
    ]);
    expect(consolidation.problems.filter((p) => p.severity === "error")).toEqual([]);
  });
});
