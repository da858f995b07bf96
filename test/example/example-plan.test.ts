import { validatePlan, type Plan } from "../../src/core";
import { examplePlan } from "../../src/example/generate-plan";
import { readWorkbook } from "../../src/workbook/exceljs-reader";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import { readPlan } from "../../src/workbook/plan/read-plan";
import { planWorkbook } from "../../src/workbook/plan/write-plan";

/** The plan without where each row came from, for comparing plans read from different places. */
function content(plan: Plan): unknown {
  return JSON.parse(JSON.stringify(plan, (key, value: unknown) => (key === "at" ? undefined : value)));
}

describe("the example municipality's plan", () => {
  const plan = examplePlan();

  it("has the size the product describes", () => {
    const count = (level: string) => plan.goals.filter((goal) => goal.level === level).length;
    expect(count("priorityArea")).toBe(4);
    expect(count("resultGoal")).toBe(12);
    expect(count("divisionGoal") + count("administrationGoal")).toBe(30);
    expect(plan.indicators).toHaveLength(60);
    expect(plan.organisation.filter((o) => o.type === "division")).toHaveLength(3);
    expect(plan.organisation.filter((o) => o.type === "unit")).toHaveLength(40);
  });

  it("covers every direction, unit of measure and kind of target", () => {
    expect(new Set(plan.indicators.map((i) => i.direction))).toEqual(new Set(["higher", "lower", "range"]));
    for (const unit of ["%", "antal", "tkr", "dagar"]) expect(plan.indicators.some((i) => i.unit === unit)).toBe(true);
    expect(plan.indicators.some((i) => i.genderSplit)).toBe(true);
    expect(plan.indicators.filter((i) => i.koladaId !== null).length).toBeGreaterThan(10);
    expect(plan.targets.some((t) => typeof t.target === "string")).toBe(true);
    expect(plan.targets.some((t) => t.budget !== null)).toBe(true);
    expect(plan.goals.filter((g) => g.financial && g.level === "resultGoal")).toHaveLength(3);
  });

  it("has three years of history for what the units report", () => {
    const years = new Set(plan.actuals.map((a) => a.period));
    expect([...years]).toEqual(expect.arrayContaining(["2023", "2024", "2025", "2025-D"]));
    expect(plan.actuals.length).toBeGreaterThan(2000);
    for (const actual of plan.actuals) {
      expect(actual.actual).not.toBeNull();
      if (plan.indicators.find((i) => i.id === actual.indicator)?.unit === "%") {
        expect(actual.actual).toBeGreaterThanOrEqual(0);
        expect(actual.actual).toBeLessThanOrEqual(1);
      }
    }
  });

  it("is a sound plan", () => {
    expect(validatePlan(plan)).toEqual([]);
  });

  it("is the same on every run", () => {
    expect(content(examplePlan())).toEqual(content(plan));
  });

  it("survives a round trip through a real .xlsx file", async () => {
    const bytes = await writeWorkbook(planWorkbook(plan));
    const { plan: read, problems } = readPlan(await readWorkbook(bytes), "plan.xlsx");
    expect(problems).toEqual([]);
    expect(content(read)).toEqual(content(plan));
  });
});
