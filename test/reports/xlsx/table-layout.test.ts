import { headerHeight, widthsWithoutBrokenWords, wrapLongText } from "../../../src/reports/xlsx/table-layout";
import type { CellOut } from "../../../src/workbook/output";

describe("a report table's columns", () => {
  it("keep the width asked for when every word fits", () => {
    expect(widthsWithoutBrokenWords([{ header: "Namn", width: 20 }], [["Norrskolan"]])).toEqual([20]);
  });

  it("are widened to hold the longest word of a cell, with a character to spare", () => {
    expect(widthsWithoutBrokenWords([{ header: "Namn", width: 10 }], [["Räddningstjänsten"]])).toEqual([18]);
  });

  it("are widened more for a header word, since headers are bold", () => {
    expect(widthsWithoutBrokenWords([{ header: "Verksamhetsområde", width: 10 }], [])).toEqual([22]);
  });

  it("are not widened past 50 for one very long word, which then wraps where it must", () => {
    expect(widthsWithoutBrokenWords([{ header: "Länk", width: 20 }], [["x".repeat(120)]])).toEqual([50]);
  });

  it("ignore numbers, which are never wrapped", () => {
    expect(widthsWithoutBrokenWords([{ header: "Utfall", width: 10 }], [[{ value: 123456789012345, numFmt: "#,##0" }]])).toEqual([10]);
  });
});

describe("a report table's long texts", () => {
  const goal = "Alla elever i årskurs 9 är behöriga till gymnasiet";

  it("wrap a text longer than its column and give the row the height of its lines", () => {
    const { rows, heights } = wrapLongText([22, 10], [[goal, { value: 0.883, numFmt: "0.0%" }]], 2);
    expect(rows[0]?.[0]).toEqual({ value: goal, style: "wrap" });
    expect(heights).toEqual([{ row: 2, height: 48 }]);
  });

  it("set the row's other cells level with its first line, keeping their number formats", () => {
    const { rows } = wrapLongText([22, 10], [[goal, { value: 0.883, numFmt: "0.0%" }]], 2);
    expect(rows[0]?.[1]).toEqual({ value: 0.883, numFmt: "0.0%", style: "top" });
  });

  it("leave a row whose texts fit as it was, with no height", () => {
    const row: CellOut[] = ["Norrskolan", 12];
    expect(wrapLongText([20, 10], [row], 2)).toEqual({ rows: [row], heights: [] });
  });

  it("give the header row a height only when a header must wrap", () => {
    expect(headerHeight(["Föregående år (Delår 2025)", "Trend"], [14, 12])).toBe(33);
    expect(headerHeight(["Trend"], [12])).toBeUndefined();
  });
});
