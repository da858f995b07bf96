/**
 * The unit's own "Klar att lämna in" mark (docs/workbooks.md §2–3): collection judges lateness by
 * the day the unit wrote, and by the file's change time only where there is no usable mark; an old
 * template, with its header on row 1 and no mark, collects exactly as before.
 */
import { collectionContext, consolidate, problemMessage, type Plan } from "../../src/core";
import { asOldTemplate } from "../../src/example/unit-workbooks";
import { readUnitWorkbook } from "../../src/workbook/collect/read-unit-report";
import { readWorkbook } from "../../src/workbook/exceljs-reader";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import type { WorkbookOut } from "../../src/workbook/output";
import { buildTemplate } from "../../src/workbook/template/build-template";
import { COLLECTED_AT, GOOD, PERIOD, smallPlanModel } from "../support/units";

const DEADLINE = "2026-09-15";

async function withDeadline(): Promise<Plan> {
  const plan = await smallPlanModel();
  return { ...plan, settings: { ...plan.settings, deadline: DEADLINE } };
}

function markedBook(plan: Plan, mark?: { by: string; date: string | null }): WorkbookOut {
  return buildTemplate({ plan, unit: "HN", period: PERIOD, createdAt: "2026-09-01T08:00:00", filled: GOOD.HN, mark });
}

/** Collects HN's workbook, saved at `modified`, on COLLECTED_AT. */
async function collect(plan: Plan, book: WorkbookOut, modified: string | null) {
  const context = collectionContext(plan, PERIOD, COLLECTED_AT);
  const submissions = readUnitWorkbook(await readWorkbook(await writeWorkbook(book)), "2026-D Hemtjänst Norr.xlsx", modified, context);
  const collected = consolidate(context, submissions);
  return { submissions, collected, hn: collected.reporting.find((row) => row.organisation === "HN") };
}

describe("the Klar att lämna in mark", () => {
  it("makes a unit on time whose file the controller saved after the deadline, when its mark says it was on time", async () => {
    const plan = await withDeadline();
    const { hn } = await collect(plan, markedBook(plan, { by: "Eva Enhetschef", date: "2026-09-14" }), "2026-09-18T10:00:00");
    expect(hn?.state).toBe("submitted");
    expect(hn?.handedIn).toEqual({ day: "2026-09-14", by: "mark" });
  });

  it("makes a unit late whose mark is after the deadline, whatever the file's time", async () => {
    const plan = await withDeadline();
    const { hn } = await collect(plan, markedBook(plan, { by: "Eva Enhetschef", date: "2026-09-16" }), "2026-09-10T10:00:00");
    expect(hn?.state).toBe("late");
    expect(hn?.handedIn).toEqual({ day: "2026-09-16", by: "mark" });
  });

  it("judges by the file's change time where the unit left the mark empty", async () => {
    const plan = await withDeadline();
    const { hn, collected } = await collect(plan, markedBook(plan), "2026-09-16T00:30:00");
    expect(hn?.state).toBe("late");
    expect(hn?.handedIn).toEqual({ day: "2026-09-16", by: "file" });
    expect(collected.problems.filter((p) => p.code.includes("submission-date"))).toEqual([]);
  });

  it("reads a mark typed as text in ISO form, and names who handed in no matter", async () => {
    const plan = await withDeadline();
    const { hn } = await collect(plan, markedBook(plan, { by: "", date: "2026-09-15" }), "2026-09-20T10:00:00");
    expect(hn).toMatchObject({ state: "submitted", handedIn: { day: "2026-09-15", by: "mark" } });
  });

  it("says where a mark that is no date is, how to fix it, and falls back to the file's time", async () => {
    const plan = await withDeadline();
    const { hn, collected } = await collect(plan, markedBook(plan, { by: "Eva", date: "14 sept" }), "2026-09-16T08:00:00");
    const problem = collected.problems.find((p) => p.code === "invalid-submission-date");
    expect(problem).toMatchObject({ severity: "warning", organisation: "HN", at: { file: "2026-D Hemtjänst Norr.xlsx", sheet: "Inrapportering", cell: "B12" } });
    expect(problemMessage(problem!, "sv")).toMatch(/"14 sept", är inget datum\. Skriv dagen .*2026-09-14/);
    expect(problemMessage(problem!, "en")).toMatch(/is not a date/);
    expect(hn).toMatchObject({ state: "late", handedIn: { day: "2026-09-16", by: "file" } });
  });

  it("does not believe a mark after the day of collection: a problem at its cell, and the file's time instead", async () => {
    const plan = await withDeadline();
    const { hn, collected } = await collect(plan, markedBook(plan, { by: "Eva", date: "2026-09-30" }), "2026-09-12T08:00:00");
    const problem = collected.problems.find((p) => p.code === "future-submission-date");
    expect(problem).toMatchObject({ severity: "warning", at: { sheet: "Inrapportering", cell: "B12" }, values: { date: "2026-09-30", today: "2026-09-21" } });
    expect(problemMessage(problem!, "sv")).toMatch(/ligger efter insamlingsdagen/);
    expect(hn).toMatchObject({ state: "submitted", handedIn: { day: "2026-09-12", by: "file" } });
  });

  it("knows no day at all without a mark or a file time, and calls no one late for it", async () => {
    const plan = await withDeadline();
    const { hn } = await collect(plan, markedBook(plan), null);
    expect(hn).toMatchObject({ state: "submitted", handedIn: null });
  });
});

describe("an old template, its header on row 1 and no mark", () => {
  it("collects exactly the values, problems and state that the new layout gives, judged by the file's time", async () => {
    const plan = await withDeadline();
    const old = asOldTemplate(markedBook(plan));
    expect(old.sheets[0]?.intro).toBeUndefined();
    const bytes = await writeWorkbook(old);
    const grid = await readWorkbook(bytes);
    expect(grid.sheets.find((s) => s.name === "Inrapportering")?.rows[0]?.[0]).toBe("Nyckeltal-id");
    const before = await collect(plan, old, "2026-09-14T10:00:00");
    const now = await collect(plan, markedBook(plan), "2026-09-14T10:00:00");
    expect(before.collected.actuals.map((a) => [a.indicator, a.actual, a.women, a.men])).toEqual(now.collected.actuals.map((a) => [a.indicator, a.actual, a.women, a.men]));
    expect(before.collected.actuals.map((a) => a.at?.cell)).toEqual(["H2", "H3", "H4"]);
    expect(before.collected.problems.filter((p) => p.organisation !== "HS").map((p) => p.code)).toEqual(["old-template"]);
    expect(before.hn).toMatchObject({ state: "submitted", filled: 3, handedIn: { day: "2026-09-14", by: "file" } });
  });
});
