/**
 * Fuzzing collection: unit workbooks mutated at random (cell types, deleted rows and columns,
 * renamed sheets, re-keyed rows, inserted columns). Collection never throws, reports something
 * for every mutation that changes data, keeps the other unit, and leaves every input untouched.
 */
import { collectFiles } from "../../src/node/collect";
import { Random } from "../../src/example/random";
import type { CellOut, WorkbookOut } from "../../src/workbook/output";
import { COLLECTED_AT, PERIOD, editSheet, put, sha256, smallPlanModel, tempFolder, unitBook } from "../support/units";

type Mutation = { readonly name: string; readonly changesData: boolean; readonly apply: (book: WorkbookOut, random: Random) => WorkbookOut };

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random.next() * items.length)] as T;
const REPORT = "Inrapportering";
const columnOf = (book: WorkbookOut, header: string) => book.sheets.find((s) => s.name === REPORT)?.columns.findIndex((c) => c.header === header) ?? -1;

function setRandomCell(book: WorkbookOut, random: Random, header: string, value: CellOut): WorkbookOut {
  const column = columnOf(book, header);
  if (column < 0) return book;
  return editSheet(book, REPORT, (sheet) => {
    const row = Math.floor(random.next() * sheet.rows.length);
    return { ...sheet, rows: sheet.rows.map((r, i) => (i === row ? r.map((c, j) => (j === column ? value : c)) : r)) };
  });
}

function dropColumn(book: WorkbookOut, header: string): WorkbookOut {
  const column = columnOf(book, header);
  if (column < 0) return book;
  return editSheet(book, REPORT, (sheet) => ({ ...sheet, columns: sheet.columns.filter((_, i) => i !== column), rows: sheet.rows.map((r) => r.filter((_, i) => i !== column)), conditionalFormats: [], validations: [] }));
}

const MUTATIONS: readonly Mutation[] = [
  { name: "text in Utfall", changesData: true, apply: (b, r) => setRandomCell(b, r, "Utfall", pick(r, ["tolv", "ca 15", "?", "12 %%", "1.2.3"])) },
  { name: "TRUE in Utfall", changesData: true, apply: (b, r) => setRandomCell(b, r, "Utfall", true) },
  { name: "a date in Utfall", changesData: true, apply: (b, r) => setRandomCell(b, r, "Utfall", { date: "2026-08-31" }) },
  { name: "an error value in Utfall", changesData: true, apply: (b, r) => setRandomCell(b, r, "Utfall", { error: pick(r, ["#DIV/0!", "#REF!", "#N/A"]) }) },
  { name: "a re-keyed row", changesData: true, apply: (b, r) => setRandomCell(b, r, "Nyckeltal-id", pick(r, ["N99", "X1", "n1 "])) },
  { name: "a deleted row", changesData: true, apply: (b, r) => editSheet(b, REPORT, (s) => ({ ...s, rows: s.rows.filter((_, i) => i !== Math.floor(r.next() * s.rows.length)) })) },
  { name: "a deleted key column", changesData: true, apply: (b, r) => dropColumn(b, pick(r, ["Nyckeltal-id", "Utfall"])) },
  { name: "a renamed report sheet", changesData: true, apply: (b) => editSheet(b, REPORT, (s) => ({ ...s, name: "Blad1" })) },
  { name: "a renamed _puls sheet", changesData: true, apply: (b) => editSheet(b, "_puls", (s) => ({ ...s, name: "puls" })) },
  {
    name: "an inserted column",
    changesData: false,
    apply: (b) => editSheet(b, REPORT, (s) => ({ ...s, columns: [{ header: "Egen anteckning" }, ...s.columns], rows: s.rows.map((row) => ["x", ...row]), conditionalFormats: [], validations: [] })),
  },
  { name: "a deleted optional column", changesData: false, apply: (b) => dropColumn(b, "Målvärde max") },
];

describe("collection under random mutation of a unit's workbook", () => {
  it("never throws, reports every data-changing mutation, keeps the other unit and leaves inputs untouched", async () => {
    const plan = await smallPlanModel();
    const random = new Random(20260921);
    const folder = tempFolder();
    const good = await put(folder, "HS.xlsx", unitBook(plan, "HS"));
    for (let round = 0; round < 40; round++) {
      const chosen = Array.from({ length: 1 + Math.floor(random.next() * 3) }, () => pick(random, MUTATIONS));
      const book = chosen.reduce((current, mutation) => mutation.apply(current, random), unitBook(plan, "HN"));
      const file = await put(folder, `HN ${round}.xlsx`, book);
      const before = [sha256(file), sha256(good)];
      const consolidation = await collectFiles(plan, PERIOD, [file, good], { collectedAt: COLLECTED_AT });
      const about = `round ${round}: ${chosen.map((m) => m.name).join(", ")}`;
      expect({ about, hashes: [sha256(file), sha256(good)] }).toEqual({ about, hashes: before });
      expect({ about, hs: consolidation.actuals.filter((a) => a.organisation === "HS").length }).toEqual({ about, hs: 3 });
      const problemsOfHn = consolidation.problems.filter((p) => p.at.file === `HN ${round}.xlsx` || p.organisation === "HN");
      if (chosen.some((m) => m.changesData)) expect({ about, reported: problemsOfHn.length > 0 }).toEqual({ about, reported: true });
      else expect({ about, values: consolidation.actuals.filter((a) => a.organisation === "HN").map((a) => a.actual) }).toEqual({ about, values: [0.88, 11, 0.93] });
    }
  }, 120_000);
});
