/**
 * exceljs writes NaN and Infinity as invalid XML (the file then does not open): the adapter
 * writes them as empty cells, in plain sheets, Excel tables and the streaming writer alike.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeXlsxFile } from "../../src/node/write-xlsx-file";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import type { WorkbookOut } from "../../src/workbook/output";
import { readWorkbookValues } from "../../src/workbook/xlsx-values-reader";

const rows = [
  ["NaN", Number.NaN],
  ["Infinity", { value: Number.POSITIVE_INFINITY, numFmt: "0.0%" }],
  ["-Infinity", Number.NEGATIVE_INFINITY],
  ["ett tal", 0.5],
] as const;

const book = (table: boolean): WorkbookOut => ({ sheets: [{ name: "Värden", columns: [{ header: "Vad" }, { header: "Värde" }], rows, ...(table ? { table: "Puls_Varden" } : {}) }] });

describe("numbers that are not finite", () => {
  it.each([
    ["a plain sheet", false],
    ["an Excel table", true],
  ])("are written as empty cells in %s", async (_, table) => {
    const grid = readWorkbookValues(await writeWorkbook(book(table)));
    expect(grid.sheets[0]?.rows.map((row) => row[1] ?? null)).toEqual(["Värde", null, null, null, 0.5]);
  });

  it("are written as empty cells by the streaming writer", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "puls-nonfinite-")), "värden.xlsx");
    await writeXlsxFile(file, book(false));
    const grid = readWorkbookValues(readFileSync(file));
    expect(grid.sheets[0]?.rows.map((row) => row[1] ?? null)).toEqual(["Värde", null, null, null, 0.5]);
  });
});
