import { printScale, repeatedColumns } from "../../src/workbook/exceljs-writer";
import type { SheetOut } from "../../src/workbook/output";

const sheet = (widths: readonly number[], portrait = false): SheetOut => ({ name: "S", columns: widths.map((width, index) => ({ header: `K${index}`, width })), rows: [], portrait });

describe("how a sheet is printed", () => {
  it("fits a sheet to the page's width when its text stays at 60 % or more", () => {
    expect(printScale(sheet([40, 60, 100]))).toEqual({ fitToPage: true, fitToWidth: 1 });
  });

  it("prints a wider sheet at 60 % across pages instead of shrinking it to a few points", () => {
    expect(printScale(sheet(Array.from({ length: 26 }, () => 12)))).toEqual({ fitToPage: false, scale: 60 });
  });

  it("measures a portrait page as narrower than a landscape one, and leaves hidden columns out", () => {
    expect(printScale(sheet([90, 90], true))).toEqual({ fitToPage: false, scale: 60 });
    expect(printScale(sheet([90, 90]))).toEqual({ fitToPage: true, fitToWidth: 1 });
    expect(printScale({ ...sheet([100]), columns: [{ header: "a", width: 100 }, { header: "b", width: 400, hidden: true }] })).toEqual({ fitToPage: true, fitToWidth: 1 });
  });
});

describe("the columns repeated on every page of a sheet printed across pages", () => {
  it("are the leading columns that fit in about a third of a page, so each page says whose row it is", () => {
    expect(repeatedColumns(sheet([8, 10, 44, 18, ...Array.from({ length: 20 }, () => 12)]))).toBe("A:B");
  });

  it("are at least the first column, however wide", () => {
    expect(repeatedColumns(sheet([60, ...Array.from({ length: 20 }, () => 12)]))).toBe("A:A");
  });

  it("are none when the sheet fits the page's width", () => {
    expect(repeatedColumns(sheet([40, 60, 100]))).toBeUndefined();
  });
});
