/**
 * Pacing a streamed worksheet to the zip's compressor (src/node/streamed-sheet-pace.ts) reaches
 * into exceljs's streaming writer for the stream its XML goes into. These tests fail if an
 * exceljs update moves that stream, rather than letting the writer silently hold a whole sheet
 * in memory again.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type ExcelJS from "exceljs";
import { backedUp, compressorCaughtUp, compressorInput } from "../../src/node/streamed-sheet-pace";
import { writeXlsxFile } from "../../src/node/write-xlsx-file";
import { readWorkbookValues } from "../../src/workbook/xlsx-values-reader";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the same deep entry write-xlsx-file.ts loads
const WorkbookWriter = require("exceljs/lib/stream/xlsx/workbook-writer") as typeof ExcelJS.stream.xlsx.WorkbookWriter;

function rowsInto(worksheet: ExcelJS.Worksheet, from: number, count: number): void {
  for (let r = from; r < from + count; r++) {
    const row = worksheet.getRow(r);
    for (let c = 1; c <= 12; c++) row.getCell(c).value = c % 2 === 0 ? `Enhet ${r % 50}` : r * c;
    row.commit();
  }
}

describe("pacing a streamed worksheet to the compressor", () => {
  it("finds the compressor's input, backed up after many rows written at once and drained after waiting", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "puls-pace-"));
    const workbook = new WorkbookWriter({ filename: path.join(folder, "paced.xlsx"), useStyles: true, useSharedStrings: true });
    const worksheet = workbook.addWorksheet("Utfall");
    rowsInto(worksheet, 1, 5_000);
    const input = compressorInput(worksheet);
    expect(input).toBeDefined();
    expect(backedUp(input as NonNullable<typeof input>)).toBe(true);
    await compressorCaughtUp(worksheet);
    expect(backedUp(input as NonNullable<typeof input>)).toBe(false);
    worksheet.commit();
    await workbook.commit();
  });

  it("writes every row of a sheet longer than one pace, in order", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "puls-pace-"));
    const file = path.join(folder, "Sammanställning.xlsx");
    const rows = Array.from({ length: 2_345 }, (_, r) => [`N${r}`, r, `Kommentar ${r}`]);
    await writeXlsxFile(file, { sheets: [{ name: "Utfall", columns: [{ header: "Nyckeltal" }, { header: "Utfall" }, { header: "Kommentar" }], rows }] });
    const read = readWorkbookValues(readFileSync(file)).sheets.find((sheet) => sheet.name === "Utfall");
    expect(read?.rows.slice(1)).toEqual(rows);
  });
});
