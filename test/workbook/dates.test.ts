/**
 * Dates keep their day through real files in Swedish time (exceljs stores dates as UTC).
 */
import { collectFiles } from "../../src/node/collect";
import { readWorkbook } from "../../src/workbook/exceljs-reader";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import { readPlan } from "../../src/workbook/plan/read-plan";
import { planWorkbook } from "../../src/workbook/plan/write-plan";
import { COLLECTED_AT, PERIOD, put, smallPlanModel, tempFolder, unitBook } from "../support/units";

describe("dates under TZ=Europe/Stockholm", () => {
  it("runs in Swedish time", () => {
    expect(process.env.TZ).toBe("Europe/Stockholm");
    expect(new Date("2026-06-30T00:00:00").getTimezoneOffset()).toBe(-120);
  });

  it("keeps the plan's period dates, summer and winter, through a written and read plan", async () => {
    const plan = await smallPlanModel();
    const summer = { ...plan, periods: plan.periods.map((p) => ({ ...p, from: "2026-06-01", to: "2026-08-31" })), settings: { ...plan.settings, deadline: "2026-09-15" } };
    const read = readPlan(await readWorkbook(await writeWorkbook(planWorkbook(summer))));
    expect(read.plan.periods.map((p) => [p.from, p.to])).toEqual([
      ["2026-06-01", "2026-08-31"],
      ["2026-06-01", "2026-08-31"],
    ]);
    expect(read.plan.settings.deadline).toBe("2026-09-15");
  });

  it("keeps an action's due date through a unit's workbook", async () => {
    const plan = await smallPlanModel();
    const folder = tempFolder();
    const file = await put(folder, "HN.xlsx", unitBook(plan, "HN", undefined, [{ action: "Rutin", about: "N1", owner: "Chef", due: "2026-10-01", newDate: "2026-11-30", status: "Pågår", comment: "" }]));
    const consolidation = await collectFiles(plan, PERIOD, [file], { collectedAt: COLLECTED_AT });
    expect(consolidation.actions.get("HN")?.[0]).toMatchObject({ due: "2026-10-01", newDate: "2026-11-30", overdue: false });
  });
});
