/**
 * The corpus of broken unit workbooks: one per problem of docs/workbooks.md §3, each with the exact
 * problem it must produce, and the proof that the other unit was still consolidated.
 */
import type { Problem } from "../../src/core";
import { collectFiles } from "../../src/node/collect";
import type { CollectedPeriod } from "../../src/core";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import type { WorkbookOut } from "../../src/workbook/output";
import { COLLECTED_AT, GOOD, PERIOD, editSheet, put, sha256, smallPlanModel, tempFolder, unitBook } from "../support/units";

type Case = {
  readonly name: string;
  readonly file: (plan: Awaited<ReturnType<typeof smallPlanModel>>) => Promise<WorkbookOut | Uint8Array>;
  /** code and "Sheet!Cell" (or "" where the problem has no cell) of the problems it must produce. */
  readonly expected: readonly string[];
  /** The broken unit's reporting status: missing when the file cannot even say which unit it is. */
  readonly state: "submitted" | "submittedWithErrors" | "missing";
};

const setCell = (book: WorkbookOut, row: number, column: number, value: WorkbookOut["sheets"][number]["rows"][number][number]) =>
  editSheet(book, "Inrapportering", (sheet) => ({ ...sheet, rows: sheet.rows.map((r, i) => (i === row ? r.map((c, j) => (j === column ? value : c)) : r)) }));
const UTFALL = 8;
/** The rows of the title block above the header of the small plan's templates (no deadline, no contact). */
const TITLE_ROWS = 12;
/** "Inrapportering!" and the cell on the n-th row counted from the header (the header is row 1). */
const report = (column: string, row: number) => `Inrapportering!${column}${row + TITLE_ROWS}`;
const WOMEN = 9;
const MEN = 10;

const CASES: readonly Case[] = [
  { name: "not an xlsx (a text file renamed .xlsx)", file: () => Promise.resolve(new TextEncoder().encode("Utfall;12,5\n")), expected: ["unreadable-file "], state: "missing" },
  {
    name: "a corrupt zip",
    file: async (plan) => (await writeWorkbook(unitBook(plan, "HN"))).subarray(0, 900),
    expected: ["unreadable-file "],
    state: "missing",
  },
  { name: "an empty file", file: () => Promise.resolve(new Uint8Array()), expected: ["empty-file "], state: "missing" },
  {
    name: "a password-protected workbook (an OLE file)",
    file: () => Promise.resolve(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])),
    expected: ["encrypted-or-xls "],
    state: "missing",
  },
  { name: "no _puls sheet", file: (plan) => Promise.resolve(editSheet(unitBook(plan, "HN"), "_puls", () => undefined)), expected: ["not-a-template "], state: "missing" },
  { name: "the report sheet renamed", file: (plan) => Promise.resolve(editSheet(unitBook(plan, "HN"), "Inrapportering", (s) => ({ ...s, name: "Blad1" }))), expected: ["missing-sheet "], state: "submittedWithErrors" },
  {
    name: "the Utfall column renamed",
    file: (plan) => Promise.resolve(editSheet(unitBook(plan, "HN"), "Inrapportering", (s) => ({ ...s, columns: s.columns.map((c) => (c.header === "Utfall" ? { ...c, header: "Resultat" } : c)) }))),
    expected: ["missing-column Inrapportering!"],
    state: "submittedWithErrors",
  },
  {
    name: "a template from another plan (last year's)",
    file: (plan) => Promise.resolve(unitBook({ ...plan, settings: { ...plan.settings, year: 2025 } }, "HN")),
    expected: ["other-plan _puls!"],
    state: "submittedWithErrors",
  },
  {
    name: "the plan's fingerprint on _puls edited by hand",
    file: (plan) => Promise.resolve(editSheet(unitBook(plan, "HN"), "_puls", (s) => ({ ...s, rows: s.rows.map((r) => (r[0] === "Planens fingeravtryck" ? [r[0], "00000000"] : r)) }))),
    expected: ["identity-mismatch _puls!"],
    state: "missing",
  },
  {
    name: "the unit id on _puls edited to another unit's",
    file: (plan) => Promise.resolve(editSheet(unitBook(plan, "HN"), "_puls", (s) => ({ ...s, rows: s.rows.map((r) => (r[0] === "Enhet" ? [r[0], "HS"] : r)) }))),
    expected: ["identity-mismatch _puls!"],
    state: "missing",
  },
  {
    name: "no unit id on _puls",
    file: (plan) => Promise.resolve(editSheet(unitBook(plan, "HN"), "_puls", (s) => ({ ...s, rows: s.rows.map((r) => (r[0] === "Enhet" ? [r[0], null] : r)) }))),
    expected: ["missing-unit-id _puls!"],
    state: "missing",
  },
  { name: "a template for another period", file: (plan) => Promise.resolve(unitBook(plan, "HN", GOOD.HN, undefined, "2026")), expected: ["other-period _puls!"], state: "submittedWithErrors" },
  {
    name: "a template for a unit not in the plan",
    file: (plan) => {
      const hn = plan.organisation.find((o) => o.id === "HN");
      if (hn === undefined) throw new Error("The small plan has HN");
      return Promise.resolve(unitBook({ ...plan, organisation: [...plan.organisation, { ...hn, id: "HX", name: "Hemtjänst X" }] }, "HX"));
    },
    expected: ["unknown-unit _puls!", "other-plan _puls!"],
    state: "missing",
  },
  {
    name: "a row added in the locked part",
    file: (plan) => Promise.resolve(editSheet(unitBook(plan, "HN"), "Inrapportering", (s) => ({ ...s, rows: [...s.rows, ["N9", "Nytt nyckeltal", "", "", "", null, null, null, 5]] }))),
    expected: [`unexpected-row ${report("A", 5)}`],
    state: "submittedWithErrors",
  },
  {
    name: "a row removed from the locked part",
    file: (plan) => Promise.resolve(editSheet(unitBook(plan, "HN"), "Inrapportering", (s) => ({ ...s, rows: s.rows.filter((r) => r[0] !== "N3") }))),
    expected: ["missing-row Inrapportering!"],
    state: "submittedWithErrors",
  },
  {
    name: "a row re-keyed",
    file: (plan) => Promise.resolve(setCell(unitBook(plan, "HN"), 0, 0, "N7")),
    expected: [`unexpected-row ${report("A", 2)}`, "missing-row Inrapportering!"],
    state: "submittedWithErrors",
  },
  { name: "text that is not a number", file: (plan) => Promise.resolve(setCell(unitBook(plan, "HN"), 1, UTFALL, "tolv")), expected: [`invalid-number ${report("I", 3)}`], state: "submittedWithErrors" },
  { name: "an Excel error value in Utfall", file: (plan) => Promise.resolve(setCell(unitBook(plan, "HN"), 1, UTFALL, { error: "#DIV/0!" })), expected: [`invalid-number ${report("I", 3)}`], state: "submittedWithErrors" },
  { name: "a decimal comma in text", file: (plan) => Promise.resolve(setCell(unitBook(plan, "HN"), 1, UTFALL, "11,5")), expected: [`decimal-comma ${report("I", 3)}`], state: "submitted" },
  { name: "a percentage typed as 88", file: (plan) => Promise.resolve(setCell(unitBook(plan, "HN"), 0, UTFALL, 88)), expected: [`percent-as-number ${report("I", 2)}`], state: "submitted" },
  { name: "a percentage above 100", file: (plan) => Promise.resolve(setCell(unitBook(plan, "HN"), 0, UTFALL, 250)), expected: [`not-a-percentage ${report("I", 2)}`], state: "submittedWithErrors" },
  {
    name: "women and men that do not add up for a count",
    file: (plan) => Promise.resolve(setCell(setCell(unitBook(plan, "HN"), 1, WOMEN, 5), 1, MEN, 5)),
    expected: [`gender-sum-mismatch ${report("I", 3)}`],
    state: "submitted",
  },
  {
    name: "a red status without the required comment",
    file: (plan) => Promise.resolve(unitBook(plan, "HN", new Map([...GOOD.HN!, ["N1", { actual: 0.5 }]]))),
    expected: [`comment-required ${report("M", 2)}`],
    state: "submitted",
  },
  {
    name: "an overdue action",
    file: (plan) => Promise.resolve(unitBook(plan, "HN", GOOD.HN, [{ action: "Ny rutin", about: "N1", owner: "Chef", due: "2026-06-30", newDate: null, status: "Pågår", comment: "" }])),
    expected: ["overdue-action Handlingsplan!D2"],
    state: "submitted",
  },
  {
    name: "a done action past its date, which is not overdue",
    file: (plan) => Promise.resolve(unitBook(plan, "HN", GOOD.HN, [{ action: "Ny rutin", about: "N1", owner: "Chef", due: "2026-06-30", newDate: null, status: "Klar", comment: "" }])),
    expected: [],
    state: "submitted",
  },
];

function located(problems: readonly Problem[], file: string): string[] {
  return problems.filter((p) => p.at.file === file).map((p) => `${p.code} ${p.at.sheet === undefined ? "" : `${p.at.sheet}!${p.at.cell ?? ""}`}`);
}

async function collectWith(content: WorkbookOut | Uint8Array): Promise<{ consolidation: CollectedPeriod; files: string[]; before: string[] }> {
  const plan = await smallPlanModel();
  const folder = tempFolder();
  const broken = await put(folder, "2026-D Hemtjänst Norr.xlsx", content);
  const good = await put(folder, "2026-D Hemtjänst Syd.xlsx", unitBook(plan, "HS"));
  const files = [broken, good];
  const before = files.map(sha256);
  const consolidation = await collectFiles(plan, PERIOD, files, { collectedAt: COLLECTED_AT });
  return { consolidation, files, before };
}

describe("collecting a broken unit workbook beside a good one", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, testCase) => {
    const plan = await smallPlanModel();
    const { consolidation, files, before } = await collectWith(await testCase.file(plan));
    expect(located(consolidation.problems, "2026-D Hemtjänst Norr.xlsx")).toEqual(testCase.expected);
    // The good unit is consolidated, whatever happened to the other.
    expect(consolidation.actuals.filter((a) => a.organisation === "HS").map((a) => a.actual)).toEqual([0.95, 10, 0.94]);
    expect(located(consolidation.problems, "2026-D Hemtjänst Syd.xlsx")).toEqual([]);
    expect(consolidation.reporting.find((r) => r.organisation === "HN")?.state).toBe(testCase.state);
    // Inputs are never modified.
    expect(files.map(sha256)).toEqual(before);
  });

  it("uses the newer of two submissions for one unit and names both", async () => {
    const plan = await smallPlanModel();
    const folder = tempFolder();
    const older = await put(folder, "HN gammal.xlsx", unitBook(plan, "HN", new Map([...GOOD.HN!, ["N2", { actual: 99 }]])), "2026-09-05T10:00:00");
    const newer = await put(folder, "HN ny.xlsx", unitBook(plan, "HN"), "2026-09-12T10:00:00");
    const hs = await put(folder, "HS.xlsx", unitBook(plan, "HS"));
    const consolidation = await collectFiles(plan, PERIOD, [older, newer, hs], { collectedAt: COLLECTED_AT });
    expect(consolidation.problems.filter((p) => p.code === "duplicate-submission").map((p) => p.at.file)).toEqual(["HN ny.xlsx", "HN gammal.xlsx"]);
    expect(consolidation.actuals.find((a) => a.organisation === "HN" && a.indicator === "N2")?.actual).toBe(11);
  });

  it("reads a workbook with 10,000 junk rows below the data, reporting nothing for them", async () => {
    const plan = await smallPlanModel();
    const junk = editSheet(unitBook(plan, "HN"), "Inrapportering", (s) => ({ ...s, rows: [...s.rows, ...Array.from({ length: 10_000 }, (_, i) => [null, null, null, null, null, null, null, null, null, null, null, `skräp ${i}`])] }));
    const { consolidation } = await collectWith(junk);
    expect(located(consolidation.problems, "2026-D Hemtjänst Norr.xlsx")).toEqual([]);
    expect(consolidation.actuals.filter((a) => a.organisation === "HN").map((a) => a.actual)).toEqual([0.88, 11, 0.93]);
  });

  it("names a unit that sent nothing", async () => {
    const plan = await smallPlanModel();
    const folder = tempFolder();
    const hs = await put(folder, "HS.xlsx", unitBook(plan, "HS"));
    const consolidation = await collectFiles(plan, PERIOD, [hs], { collectedAt: COLLECTED_AT });
    expect(consolidation.reporting.map((r) => [r.organisation, r.state])).toEqual([
      ["HN", "missing"],
      ["HS", "submitted"],
    ]);
    expect(consolidation.problems.map((p) => [p.code, p.organisation])).toEqual([["not-reported", "HN"]]);
  });

  it("reads good values exactly, with the comment as text even when it looks like a formula", async () => {
    const plan = await smallPlanModel();
    const { consolidation } = await collectWith(unitBook(plan, "HN", new Map([...GOOD.HN!, ["N2", { actual: 11, comment: "=1+1" }]])));
    const n2 = consolidation.actuals.find((a) => a.organisation === "HN" && a.indicator === "N2");
    expect(n2).toMatchObject({ actual: 11, comment: "=1+1", period: PERIOD, loadedAt: COLLECTED_AT });
  });
});
