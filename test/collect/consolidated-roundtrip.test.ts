/**
 * The consolidated workbook is lossless: its metadata sheet says the period, plan and collection
 * time, and Avvikelser carries each problem's code and values, so reading it back gives the same
 * Problems, whose messages the CLI says in English when asked. A workbook of another period or
 * another plan is refused with one sentence; one from before the metadata is read as it was.
 */
import { runCliIn } from "../support/run-cli";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { collectionContext, consolidate, describeLocation, error, planFingerprint, problemMessage, warning, type CollectedPeriod, type Plan, type Problem } from "../../src/core";
import { collectFiles } from "../../src/node/collect";
import { writeXlsxFile } from "../../src/node/write-xlsx-file";
import { CONSOLIDATED_META_SHEET, CONSOLIDATED_FORMAT_VERSION, PROBLEMS_SHEET } from "../../src/workbook/collect/consolidated-format";
import { ConsolidatedPeriodError, readConsolidated, summaryProblemsOf, type ReadProblem } from "../../src/workbook/collect/read-consolidated";
import { consolidatedWorkbook, planWithConsolidation, sortedProblems } from "../../src/workbook/collect/write-consolidated";
import { readWorkbook } from "../../src/workbook/exceljs-reader";
import type { WorkbookOut } from "../../src/workbook/output";
import { readPlan } from "../../src/workbook/plan/read-plan";
import { COLLECTED_AT, GOOD, PERIOD, editSheet, put, smallPlanModel, tempFolder, unitBook } from "../support/units";
import { smallPlan, xlsx, type Rows } from "../support/xlsx";

const run = (args: string[], cwd: string) => runCliIn(cwd, args);

const oneSentence = (text: string) => text.trim().split("\n").length === 1;

/** Problems of every shape: full location, none, numbers with decimals and signs, awkward text. */
const PROBLEMS: readonly Problem[] = [
  warning("decimal-comma", { file: "2026-D HN.xlsx", sheet: "Inrapportering", cell: "I3" }, { value: "12,5", number: 12.5 }, { organisation: "HN", indicator: "N2" }),
  error("not-reported", {}, { deadline: "2026-09-15" }, { organisation: "HS" }),
  warning("gender-sum-mismatch", { file: "a.xlsx", sheet: "Inrapportering", cell: "H2" }, { women: 0.1 + 0.2, men: -1e-7, sum: 0.30000009999999994, actual: 1 / 3 }, { organisation: "HN", indicator: "N1" }),
  error("unreadable-file", { file: 'tecken "citat" och\nny rad, åäö.xlsx' }, { reason: "damaged-zip", part: "xl/workbook.xml" }),
  warning("overdue-action", { file: "b.xlsx", sheet: "Handlingsplan", cell: "B4" }, { action: "=SUMMA(A1) {\"json\": [1]}", due: "2026-06-30", status: "Pågår" }, { organisation: "HN" }),
  error("more-problems", { file: "c.xlsx" }, { count: 0, code: "invalid-number" }),
];

async function baseConsolidation(problems: readonly Problem[] = PROBLEMS): Promise<{ plan: Plan; consolidation: CollectedPeriod }> {
  const plan = await smallPlanModel();
  return { plan, consolidation: { ...consolidate(collectionContext(plan, PERIOD, COLLECTED_AT), []), problems } };
}

/** Writes the workbook as the CLI does (streamed) and reads it back. */
async function roundtrip(book: WorkbookOut, period = PERIOD): Promise<ReturnType<typeof readConsolidated>> {
  const file = path.join(tempFolder(), "sammanstallning.xlsx");
  await writeXlsxFile(file, book);
  return readConsolidated(await readWorkbook(readFileSync(file)), period);
}

describe("reading a consolidated workbook back", () => {
  it("gives the same problems, every field equal, most serious first", async () => {
    const { plan, consolidation } = await baseConsolidation();
    const read = await roundtrip(consolidatedWorkbook(plan, consolidation));
    expect(read.problems).toEqual(sortedProblems(PROBLEMS).map((problem) => ({ problem })));
  });

  it("gives the same problems as collection found in the units' files", async () => {
    const plan = await smallPlanModel();
    const folder = tempFolder();
    const hn = await put(folder, "2026-D HN.xlsx", unitBook(plan, "HN", new Map([...GOOD.HN!, ["N2", { actual: "11,5" }], ["N1", { actual: 0.88, women: 0.5, men: 0.5 }]])));
    const consolidation = await collectFiles(plan, PERIOD, [hn], { collectedAt: COLLECTED_AT });
    expect(consolidation.problems.map((p) => p.code)).toEqual(expect.arrayContaining(["decimal-comma", "not-reported"]));
    const read = await roundtrip(consolidatedWorkbook(plan, consolidation));
    expect(read.problems).toEqual(sortedProblems(consolidation.problems).map((problem) => ({ problem })));
  });

  it("gives the same reporting states back, with the day each unit handed in and whether its mark or its file's time said so", async () => {
    const { plan, consolidation } = await baseConsolidation();
    const reporting = [
      { organisation: "HN", state: "late" as const, file: "2026-D HN.xlsx", modified: "2026-09-18T10:00:00", handedIn: { day: "2026-09-16", by: "mark" as const }, expected: 3, filled: 3, errors: 0, warnings: 1 },
      { organisation: "HS", state: "submitted" as const, file: "2026-D HS.xlsx", modified: "2026-09-12T08:00:00", handedIn: { day: "2026-09-12", by: "file" as const }, expected: 3, filled: 2, errors: 0, warnings: 0 },
    ];
    const read = await roundtrip(consolidatedWorkbook(plan, { ...consolidation, reporting }));
    expect(read.reporting).toEqual(reporting);
  });

  it("says the period, plan and collection time it was made for, on a very hidden sheet", async () => {
    const { plan, consolidation } = await baseConsolidation();
    const file = path.join(tempFolder(), "s.xlsx");
    await writeXlsxFile(file, consolidatedWorkbook(plan, consolidation));
    const grid = await readWorkbook(readFileSync(file));
    expect(grid.sheets.find((sheet) => sheet.name === CONSOLIDATED_META_SHEET)?.state).toBe("veryHidden");
    // Not the templates' _puls: collection must still see this workbook as "not a template".
    expect(grid.sheets.some((sheet) => sheet.name === "_puls")).toBe(false);
    const read = readConsolidated(grid, PERIOD);
    expect(read.meta).toEqual({ version: CONSOLIDATED_FORMAT_VERSION, municipality: "Exempelkommun", year: 2026, period: PERIOD, fingerprint: planFingerprint(plan), collectedAt: COLLECTED_AT });
    expect(read.collectedAt).toBe(COLLECTED_AT);
  });

  it("is still not a template to collection, when left among the units' files", async () => {
    const { plan, consolidation } = await baseConsolidation();
    const file = path.join(tempFolder(), "Sammanställning 2026-D.xlsx");
    await writeXlsxFile(file, consolidatedWorkbook(plan, consolidation));
    const again = await collectFiles(plan, PERIOD, [file], { collectedAt: COLLECTED_AT });
    expect(again.problems.filter((p) => p.at.file === path.basename(file)).map((p) => p.code)).toEqual(["not-a-template"]);
  });

  it("writes the metadata into the copy of the plan too, and reads the problems back from it", async () => {
    const { plan, consolidation } = await baseConsolidation();
    const read = await roundtrip(planWithConsolidation(plan, consolidation));
    expect(read.meta?.period).toBe(PERIOD);
    expect(read.problems).toEqual(sortedProblems(PROBLEMS).map((problem) => ({ problem })));
  });

  it("renders the problems read back in either language from their codes and values", async () => {
    const { plan, consolidation } = await baseConsolidation();
    const read = await roundtrip(consolidatedWorkbook(plan, consolidation));
    expect(summaryProblemsOf(read.problems, "en").map((p) => p.message)).toEqual(sortedProblems(PROBLEMS).map((p) => problemMessage(p, "en")));
  });

  it("throws ConsolidatedPeriodError naming both periods when asked for another period", async () => {
    const { plan, consolidation } = await baseConsolidation();
    const attempt = roundtrip(consolidatedWorkbook(plan, consolidation), "2026");
    await expect(attempt).rejects.toBeInstanceOf(ConsolidatedPeriodError);
    await expect(attempt).rejects.toMatchObject({ found: PERIOD, expected: "2026" });
  });
});

/** The workbook as Puls wrote it before the metadata: no metadata sheet, no Värden column. */
function oldFormat(book: WorkbookOut): WorkbookOut {
  const values = PROBLEMS_SHEET.columns.findIndex((c) => c.key === "values");
  const withoutMeta: WorkbookOut = { ...book, sheets: book.sheets.filter((sheet) => sheet.name !== CONSOLIDATED_META_SHEET) };
  return editSheet(withoutMeta, "Avvikelser", (sheet) => ({ ...sheet, columns: sheet.columns.filter((_, i) => i !== values), rows: sheet.rows.map((row) => row.filter((_, i) => i !== values)) }));
}

describe("a consolidated workbook from before the metadata", () => {
  it("is still read: its problems as written, with their codes and Swedish messages, and Utfall for the period asked", async () => {
    const { plan, consolidation } = await baseConsolidation();
    const read = await roundtrip(oldFormat(consolidatedWorkbook(plan, consolidation)), "2026");
    expect(read.meta).toBeNull();
    const expected: ReadProblem[] = sortedProblems(PROBLEMS).map((p) => ({
      written: { severity: p.severity, code: p.code, where: describeLocation(p.at), organisation: p.organisation ?? "", message: problemMessage(p, "sv") },
    }));
    expect(read.problems).toEqual(expected);
    expect(summaryProblemsOf(read.problems, "en").map((p) => p.message)).toEqual(sortedProblems(PROBLEMS).map((p) => problemMessage(p, "sv")));
  });

  it("falls back to the written message for a row whose Värden was edited into something else", async () => {
    const { plan, consolidation } = await baseConsolidation([PROBLEMS[0]!]);
    const values = PROBLEMS_SHEET.columns.findIndex((c) => c.key === "values");
    const book = editSheet(consolidatedWorkbook(plan, consolidation), "Avvikelser", (sheet) => ({ ...sheet, rows: sheet.rows.map((row) => row.map((cell, i) => (i === values ? "{inte json" : cell))) }));
    const read = await roundtrip(book);
    expect(read.problems).toEqual([{ written: expect.objectContaining({ code: "decimal-comma", message: problemMessage(PROBLEMS[0]!, "sv") }) }]);
  });
});

/** The small plan with a tertial, so that there is another period to ask for. */
function planWithTertial(municipality = "Exempelkommun"): Record<string, Rows> {
  const plan = smallPlan();
  const settings = (plan.Inställningar ?? []).map((row) => (row[0] === "Kommun" ? ["Kommun", municipality] : row));
  return { ...plan, Inställningar: settings, Perioder: [...(plan.Perioder ?? []), ["2026-T1", "Tertial 1 2026", new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2026, 3, 30)), "Tertial"]] };
}

/** A folder with the plan, HN's filled-in file (with a decimal comma; HS sends nothing) and its collection for 2026-D. */
async function collected(): Promise<{ cwd: string; plan: Plan }> {
  const cwd = tempFolder();
  writeFileSync(path.join(cwd, "plan.xlsx"), await xlsx(planWithTertial()));
  const { plan } = readPlan(await readWorkbook(readFileSync(path.join(cwd, "plan.xlsx"))), "plan.xlsx");
  await put(cwd, "2026-D HN.xlsx", unitBook(plan, "HN", new Map([...GOOD.HN!, ["N2", { actual: "11,5" }]])));
  const result = await run(["collect", "--plan", "plan.xlsx", "--period", PERIOD, "--date", "2026-09-21", "--out", "Sammanställning 2026-D.xlsx", "2026-D HN.xlsx"], cwd);
  expect(result.code).toBe(0);
  return { cwd, plan };
}

describe("puls status, report and plan next with a consolidated workbook", () => {
  let cwd: string;
  let plan: Plan;
  beforeAll(async () => {
    ({ cwd, plan } = await collected());
  });

  it("prints the collection's problems in English with --lang en, said from their codes and values", async () => {
    const result = await run(["status", "--plan", "plan.xlsx", "--period", PERIOD, "--data", "Sammanställning 2026-D.xlsx", "--lang", "en"], cwd);
    expect(result.code).toBe(0);
    expect(result.err).toBe("");
    expect(result.out).toContain('"11,5" was text with a decimal comma and was read as 11.5.');
    expect(result.out).toContain("The unit has not reported for the period");
    expect(result.out).not.toContain("decimalkomma");
    expect(result.out).not.toContain("Enheten har inte lämnat in");
  });

  it("refuses report --period 2026-T1 with a 2026-D workbook: exit 1, one sentence naming both periods, nothing written", async () => {
    for (const lang of ["sv", "en"]) {
      const result = await run(["report", "alla", "--plan", "plan.xlsx", "--period", "2026-T1", "--data", "Sammanställning 2026-D.xlsx", "--out", "rapporter", "--lang", lang], cwd);
      expect({ code: result.code, sentence: oneSentence(result.err) }).toEqual({ code: 1, sentence: true });
      expect(result.err).toContain(lang === "sv" ? "gäller perioden 2026-D, inte 2026-T1" : "is for the period 2026-D, not 2026-T1");
      expect(existsSync(path.join(cwd, "rapporter"))).toBe(false);
    }
  });

  it("refuses the other period in status and plan next too", async () => {
    const status = await run(["status", "--plan", "plan.xlsx", "--period", "2026-T1", "--data", "Sammanställning 2026-D.xlsx"], cwd);
    expect({ code: status.code, sentence: oneSentence(status.err) }).toEqual({ code: 1, sentence: true });
    expect(status.err).toContain("2026-T1");
    const next = await run(["plan", "next", "--plan", "plan.xlsx", "--period", "2026-T1", "--data", "Sammanställning 2026-D.xlsx", "--out", "plan-2027.xlsx", "--lang", "en"], cwd);
    expect({ code: next.code, sentence: oneSentence(next.err) }).toEqual({ code: 1, sentence: true });
    expect(next.err).toContain("is for the period 2026-D, not 2026-T1");
    expect(existsSync(path.join(cwd, "plan-2027.xlsx"))).toBe(false);
  });

  it("refuses a workbook collected from another municipality's plan, naming both plans", async () => {
    writeFileSync(path.join(cwd, "annan.xlsx"), await xlsx(planWithTertial("Annanstad")));
    const result = await run(["status", "--plan", "annan.xlsx", "--period", PERIOD, "--data", "Sammanställning 2026-D.xlsx"], cwd);
    expect({ code: result.code, sentence: oneSentence(result.err) }).toEqual({ code: 1, sentence: true });
    expect(result.err).toContain("gjord från planen för Exempelkommun 2026, inte från den angivna planen för Annanstad 2026");
  });

  it("warns, and goes on, when the same municipality's plan has changed since collection", async () => {
    writeFileSync(path.join(cwd, "andrad.xlsx"), await xlsx(smallPlan())); // without the tertial
    const result = await run(["status", "--plan", "andrad.xlsx", "--period", PERIOD, "--data", "Sammanställning 2026-D.xlsx", "--lang", "en"], cwd);
    expect(result.code).toBe(0);
    expect(result.err).toContain("Warning: the plan has changed since the consolidated workbook");
    expect(result.out).toContain("was text with a decimal comma");
  });

  it("reads an old workbook without metadata as before: a warning, and its messages as they were written", async () => {
    const consolidation = await collectFiles(plan, PERIOD, [path.join(cwd, "2026-D HN.xlsx")], { collectedAt: COLLECTED_AT });
    await writeXlsxFile(path.join(cwd, "gammal.xlsx"), oldFormat(consolidatedWorkbook(plan, consolidation)));
    const result = await run(["status", "--plan", "plan.xlsx", "--period", PERIOD, "--data", "gammal.xlsx", "--lang", "en"], cwd);
    expect(result.code).toBe(0);
    expect(oneSentence(result.err)).toBe(true);
    expect(result.err).toContain("was made by an older version of Puls");
    expect(result.out).toContain('"11,5" var skrivet som text med decimalkomma');
  });
});
