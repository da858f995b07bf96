/**
 * Dates and times in Swedish local time: the wall clock of Europe/Stockholm, summer time
 * included, whatever time zone the computer is set to; and a file saved at 00:30 on the day after
 * the deadline makes its unit late.
 */
import { instantOf, parseIsoDate, parseLocalDateTime, swedishTime, type LocalDateTime } from "../../src/core";
import { swedishClock } from "../../src/app/clock";
import { collectFiles } from "../../src/node/collect";
import { readWorkbook } from "../../src/workbook/exceljs-reader";
import { readPlan } from "../../src/workbook/plan/read-plan";
import { GOOD, PERIOD, put, tempFolder, unitBook } from "../support/units";
import { smallPlan, xlsx } from "../support/xlsx";

describe("Swedish local time", () => {
  it("is UTC+2 in summer and UTC+1 in winter", () => {
    expect(swedishTime(new Date("2026-09-18T22:30:00Z"))).toBe("2026-09-19T00:30:00");
    expect(swedishTime(new Date("2026-01-15T23:30:00Z"))).toBe("2026-01-16T00:30:00");
    expect(swedishTime(new Date("2026-03-29T00:59:59Z"))).toBe("2026-03-29T01:59:59");
    expect(swedishTime(new Date("2026-03-29T01:00:00Z"))).toBe("2026-03-29T03:00:00");
  });

  it("turns a wall-clock time back into its instant", () => {
    for (const time of ["2026-09-19T00:30:00", "2026-01-16T00:30:00", "2026-10-25T12:00:00", "2026-03-29T03:30:00"] as LocalDateTime[]) {
      expect(swedishTime(instantOf(time))).toBe(time);
    }
  });

  it("is what the clock of the CLI and the task pane says", () => {
    expect(swedishClock(() => new Date("2026-09-18T22:30:00Z")).now()).toBe("2026-09-19T00:30:00");
  });

  it("reads only real days and times", () => {
    expect(parseIsoDate("2026-02-28")).toBe("2026-02-28");
    expect(parseIsoDate("2026-02-29")).toBeUndefined();
    expect(parseIsoDate("2026-13-01")).toBeUndefined();
    expect(parseLocalDateTime("2026-09-19T00:30:00")).toBe("2026-09-19T00:30:00");
    expect(parseLocalDateTime("2026-09-19 00:30")).toBeUndefined();
  });
});

describe("a deadline in Swedish local time", () => {
  it("makes a unit late whose file was saved at 00:30 on the day after, though it was still the deadline day in UTC", async () => {
    const rows = smallPlan();
    const plan = readPlan(await readWorkbook(await xlsx({ ...rows, Inställningar: [...(rows.Inställningar ?? []), ["Sista inlämningsdag", "2026-09-18"]] }))).plan;
    expect(plan.settings.deadline).toBe("2026-09-18");
    const folder = tempFolder();
    const late = await put(folder, "HN.xlsx", unitBook(plan, "HN", GOOD.HN), "2026-09-19T00:30:00");
    const onTime = await put(folder, "HS.xlsx", unitBook(plan, "HS", GOOD.HS), "2026-09-18T23:59:00");
    const collected = await collectFiles(plan, PERIOD, [late, onTime], { collectedAt: "2026-09-21T09:00:00" });
    expect(collected.reporting.map((row) => [row.organisation, row.state, row.modified])).toEqual([
      ["HN", "late", "2026-09-19T00:30:00"],
      ["HS", "submitted", "2026-09-18T23:59:00"],
    ]);
  });
});
