import { PlanningError, nextYearPlan, periodsMovedToYear, roundedOutcome, shiftDate, type Finding, type Plan } from "../../src/core";
import { examplePlan } from "../../src/example/generate-plan";

const at = { sheet: "test" };
const kindsOf = (findings: ReturnType<typeof nextYearPlan>["findings"], goal?: string): Finding["kind"][] =>
  findings.filter((entry) => goal === undefined || entry.goal === goal).flatMap((entry) => entry.findings.map((finding) => finding.kind));

describe("next year's periods", () => {
  it("moves ids, names and dates to the new year, and 29 February to 28 February", () => {
    expect(shiftDate("2024-02-29", 1)).toBe("2025-02-28");
    expect(shiftDate("2027-08-31", 2)).toBe("2029-08-31");
    const periods = periodsMovedToYear(
      [
        { id: "2025", name: "Helår 2025", from: "2025-01-01", to: "2025-12-31", type: "fullYear", at },
        { id: "2026-T2", name: "Tertial 2 2026", from: "2026-05-01", to: "2026-08-31", type: "tertial", at },
        { id: "2026-M02", name: "Februari 2026", from: "2026-02-01", to: "2026-02-28", type: "month", at },
      ],
      2026,
      2027,
    );
    expect(periods.map((p) => [p.id, p.name, p.from, p.to, p.type])).toEqual([
      ["2027-T2", "Tertial 2 2027", "2027-05-01", "2027-08-31", "tertial"],
      ["2027-M02", "Februari 2027", "2027-02-01", "2027-02-28", "month"],
    ]);
  });
});

describe("a proposed target", () => {
  it("is the outcome rounded towards the target, so it never asks more than was achieved", () => {
    expect(roundedOutcome(0.93149, "%", "higher")).toBe(0.931);
    expect(roundedOutcome(0.93, "%", "higher")).toBe(0.93);
    expect(roundedOutcome(41.23, "dagar", "lower")).toBe(41.3);
    expect(roundedOutcome(166063.4, "kr", "lower")).toBe(166064);
  });
});

describe("next year's plan from the example's", () => {
  it("refuses a year that is not later than the plan's, and a plan without periods for its year", () => {
    expect(() => nextYearPlan(examplePlan(), 2026)).toThrow(PlanningError);
    const plan = examplePlan();
    let caught: unknown;
    try {
      nextYearPlan({ ...plan, periods: plan.periods.filter((p) => !p.id.startsWith("2026")) }, 2027);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PlanningError);
    expect((caught as PlanningError).code).toBe("no-periods");
  });

  it("keeps a target the plan already has for the new year instead of proposing one over it", () => {
    const base = examplePlan();
    const source = base.targets.find((t) => t.period === "2026" && typeof t.target === "number");
    if (source === undefined) throw new Error("the example has no numeric full-year target");
    const ahead = { ...source, period: "2027", target: 123, at };
    const result = nextYearPlan({ ...base, targets: [...base.targets, ahead] }, 2027);
    const rows = result.plan.targets.filter((t) => t.indicator === ahead.indicator && t.organisation === ahead.organisation && t.period === "2027");
    expect(rows.map((t) => t.target)).toEqual([123]);
    expect(result.proposals.some((p) => p.row.indicator === ahead.indicator && p.row.organisation === ahead.organisation && p.row.period === "2027")).toBe(false);
  });

  it("does not change the plan it was given", () => {
    const plan = examplePlan();
    const copy = JSON.stringify(plan);
    nextYearPlan(plan, 2027);
    expect(JSON.stringify(plan)).toBe(copy);
  });

  it("finds indicators without a target, without data two years running, and units that never reported", () => {
    const base = examplePlan();
    const noTarget = "N02";
    const noData = "N03";
    const owner = base.goals.find((g) => g.id === base.indicators.find((i) => i.id === "N05")?.goal)?.organisation ?? "";
    const newUnit = { id: "NY01", name: "Nya enheten", parent: owner, type: "unit" as const, manager: "", email: "", category: "förskola", size: 40, sizeMeasure: "barn", at };
    const plan: Plan = {
      ...base,
      organisation: [...base.organisation, newUnit],
      targets: base.targets.filter((t) => t.indicator !== noTarget),
      actuals: base.actuals.filter((a) => a.indicator !== noData),
    };
    const { findings } = nextYearPlan(plan, 2027);
    const goalOf = (id: string) => plan.indicators.find((i) => i.id === id)?.goal ?? "";
    expect(findings.find((f) => f.goal === goalOf(noTarget))?.findings).toContainEqual({ kind: "withoutTarget", indicator: noTarget, year: 2027 });
    expect(findings.find((f) => f.goal === goalOf(noData))?.findings).toContainEqual(expect.objectContaining({ kind: "noDataTwoYears", indicator: noData }));
    const never = findings.flatMap((f) => f.findings).filter((f): f is Extract<Finding, { kind: "neverReported" }> => f.kind === "neverReported");
    expect(never.map((f) => f.organisation)).toContain("NY01");
    expect(never.every((f) => f.organisation === "NY01")).toBe(true);
  });

  it("does not call a unit made from a merger one that never reported", () => {
    const base = examplePlan();
    const merged = base.organisation.find((unit) => unit.id === "OMS01");
    if (merged === undefined) throw new Error("the example has no OMS01");
    const plan: Plan = {
      ...base,
      organisation: [...base.organisation.filter((u) => u.id !== "OMS01" && u.id !== "OMS02"), { ...merged, id: "OMS90" }],
      orgChanges: [
        { oldId: "OMS01", newId: "OMS90", from: "2026", comment: "", at },
        { oldId: "OMS02", newId: "OMS90", from: "2026", comment: "", at },
      ],
    };
    const result = nextYearPlan(plan, 2027);
    expect(result.findings.flatMap((f) => f.findings).filter((f) => f.kind === "neverReported")).toEqual([]);
    expect(result.plan.orgChanges).toEqual(plan.orgChanges);
  });

  it("lists the political analysis's conclusions of the year under their goal", () => {
    const plan = examplePlan();
    const row = plan.politicalAnalysis.find((r) => r.period.startsWith("2026") && r.conclusions !== "");
    expect(row).toBeDefined();
    const { findings } = nextYearPlan(plan, 2027);
    expect(kindsOf(findings, row?.goal)).toContain("conclusion");
    expect(findings.find((f) => f.goal === row?.goal)?.findings).toContainEqual(expect.objectContaining({ kind: "conclusion", conclusions: row?.conclusions }));
  });
});
