/**
 * Text longer than an Excel cell holds (32,767 characters) is cut in every workbook Puls writes,
 * and where is said: the sheet and the cell, counted under the header row.
 */
import { EXCEL_MAX_TEXT, fitToExcel } from "../../src/workbook/excel-limits";
import { readWorkbookValues } from "../../src/workbook/xlsx-values-reader";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import type { WorkbookOut } from "../../src/workbook/output";

const long = "x".repeat(EXCEL_MAX_TEXT + 10);
const book: WorkbookOut = {
  sheets: [
    { name: "Utfall", columns: [{ header: "Id" }, { header: "Kommentar" }], rows: [["N1", "kort"], ["N2", long], ["N3", { value: long, style: "wrap" }]] },
    { name: "Framsida", columns: [{ header: "" }], rows: [[long]] },
  ],
};

describe("fitting text to Excel's limit", () => {
  it("cuts text over 32,767 characters, ending in an ellipsis, and names each cell", () => {
    const { book: fitted, cut } = fitToExcel(book);
    expect(cut).toEqual([
      { sheet: "Utfall", cell: "B3", length: EXCEL_MAX_TEXT + 10 },
      { sheet: "Utfall", cell: "B4", length: EXCEL_MAX_TEXT + 10 },
      { sheet: "Framsida", cell: "A1", length: EXCEL_MAX_TEXT + 10 },
    ]);
    const text = fitted.sheets[0]?.rows[1]?.[1];
    expect(typeof text === "string" && text.length === EXCEL_MAX_TEXT && text.endsWith("…")).toBe(true);
    expect(fitted.sheets[0]?.rows[0]).toEqual(["N1", "kort"]);
  });

  it("leaves a workbook without long text as it is", () => {
    const short: WorkbookOut = { sheets: [{ name: "A", columns: [{ header: "x" }], rows: [["y"]] }] };
    expect(fitToExcel(short)).toEqual({ book: short, cut: [] });
  });

  it("never writes a cell longer than Excel holds", async () => {
    const grid = readWorkbookValues(await writeWorkbook(book));
    const lengths = grid.sheets.flatMap((sheet) => sheet.rows.flatMap((row) => row.map((cell) => (typeof cell === "string" ? cell.length : 0))));
    expect(Math.max(...lengths)).toBe(EXCEL_MAX_TEXT);
  });
});
