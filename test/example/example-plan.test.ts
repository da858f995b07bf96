import { indicatorKind, indicatorsByReporter, profileMonths, reportingOrganisations, senseChecks, validatePlan, type Plan } from "../../src/core";
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
    expect(plan.indicators).toHaveLength(61);
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
    // Every reporting organisation has its history for every indicator it reports.
    for (const [organisation, indicators] of indicatorsByReporter(plan)) {
      for (const indicator of indicators) {
        for (const year of ["2023", "2024", "2025"]) expect(plan.actuals.some((a) => a.indicator === indicator.id && a.organisation === organisation && a.period === year)).toBe(true);
      }
    }
    for (const actual of plan.actuals) {
      expect(actual.actual).not.toBeNull();
      if (plan.indicators.find((i) => i.id === actual.indicator)?.unit === "%") {
        expect(actual.actual).toBeGreaterThanOrEqual(0);
        expect(actual.actual).toBeLessThanOrEqual(1);
      }
    }
  });

  it("has each earlier year's interim period beside its full year, so that its interim report compares like with like", () => {
    const periods = new Set(plan.actuals.map((a) => a.period));
    for (const period of ["2023-D", "2024-D", "2025-D"]) expect({ period, recorded: periods.has(period) }).toEqual({ period, recorded: true });
    for (const period of ["2023-D", "2024-D", "2025-D"]) expect(plan.periods.find((p) => p.id === period)?.type).toBe("interim");
    // The budgeted amounts are accumulated from January: an interim outcome is about eight months of
    // the year's, or the share of the year its seasonal profile has by August (the investments: 49 %).
    const budgeted = new Set(plan.targets.filter((t) => t.budget !== null).map((t) => t.indicator));
    expect(budgeted.size).toBeGreaterThan(0);
    const value = (indicator: string, organisation: string, period: string) => plan.actuals.find((a) => a.indicator === indicator && a.organisation === organisation && a.period === period)?.actual ?? null;
    for (const row of plan.actuals.filter((a) => budgeted.has(a.indicator) && /^\d{4}$/.test(a.period))) {
      const interim = value(row.indicator, row.organisation, `${row.period}-D`);
      const ratio = interim === null || row.actual === null ? null : interim / row.actual;
      const months = profileMonths(plan.indicators.find((i) => i.id === row.indicator)?.profile);
      const share = months === undefined ? 8 / 12 : months.slice(0, 8).reduce((a, b) => a + b, 0) / months.reduce((a, b) => a + b, 0);
      expect({ row: `${row.indicator}/${row.organisation}/${row.period}`, sensible: ratio !== null && ratio > share - 0.17 && ratio < share + 0.18 }).toEqual({ row: `${row.indicator}/${row.organisation}/${row.period}`, sensible: true });
    }
    // And each interim period has its targets.
    for (const period of ["2023-D", "2024-D", "2025-D"]) expect(plan.targets.filter((t) => t.period === period && t.organisation === null)).toHaveLength(plan.indicators.length);
  });

  it("is a sound plan, and one that reads as meant", () => {
    expect(validatePlan(plan)).toEqual([]);
    expect(senseChecks(plan)).toEqual([]);
  });

  it("asks each unit only for what its kind of activity does", () => {
    const reported = indicatorsByReporter(plan);
    const names = (id: string) => (reported.get(id) ?? []).map((indicator) => indicator.name);
    // UTB07 Lärkans förskola, UTB01 Norrskolan, OMS01 Hemtjänst Norr, SAM09 Kostenheten.
    expect(names("UTB07").every((name) => /förskol/i.test(name))).toBe(true);
    expect(names("UTB07").some((name) => /åk 9|SFI/.test(name))).toBe(false);
    expect(names("UTB01")).toContain("Andel behöriga till yrkesprogram, åk 9");
    expect(names("OMS01").some((name) => /LSS|särskilt boende/.test(name))).toBe(false);
    expect(names("SAM09")).not.toContain("Handläggningstid för bygglov, dagar");
    expect(plan.organisation.filter((o) => o.type === "unit").every((o) => o.category !== "")).toBe(true);
  });

  it("sums counts in whole numbers and weighs shares reported by units by the units' size", () => {
    for (const indicator of plan.indicators.filter((i) => indicatorKind(i) === "count")) {
      expect(indicator.aggregation).not.toBe("mean");
      for (const actual of plan.actuals.filter((a) => a.indicator === indicator.id)) expect(Number.isInteger(actual.actual)).toBe(true);
      for (const target of plan.targets.filter((t) => t.indicator === indicator.id && typeof t.target === "number")) expect(Number.isInteger(target.target)).toBe(true);
    }
    const weighted = plan.indicators.filter((i) => i.aggregation === "weighted");
    expect(weighted.length).toBeGreaterThan(10);
    for (const indicator of weighted) {
      for (const organisation of reportingOrganisations(plan, indicator)) expect(plan.organisation.find((o) => o.id === organisation)?.size).toBeGreaterThan(0);
    }
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
