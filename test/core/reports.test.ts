import { FollowUp, annualReport, evaluate, monthsElapsed, operationalReport, planOnlyInput, politicalAnalysis, type Plan, type ReportInput } from "../../src/core";
import { actualRow, readSmallPlan } from "../support/xlsx";

const at = { sheet: "test" };
const actual = actualRow;

const plan = readSmallPlan;

const collected = [actual("N1", "HN", "2026-D", 0.88, "Fler nöjda efter ny rutin"), actual("N1", "HS", "2026-D", 0.95), actual("N2", "HN", "2026-D", 11)];

function input(base: Plan, extra: Partial<ReportInput> = {}): ReportInput {
  return {
    ...planOnlyInput(base, "2026-D"),
    collected,
    reporting: [
      { organisation: "HN", state: "submitted", file: "hn.xlsx", modified: null, expected: 3, filled: 2, errors: 0, warnings: 0 },
      { organisation: "HS", state: "missing", file: "", modified: null, expected: 3, filled: 0, errors: 0, warnings: 0 },
    ],
    collectedAt: "2026-09-21T10:00:00",
    ...extra,
  };
}

describe("the report models", () => {
  it("take every status and assessment from the period's evaluation, never computing one of their own", async () => {
    const base = await plan();
    const followUp = new FollowUp(input(base));
    const evaluation = evaluate(base, "2026-D", collected);
    const operational = operationalReport(followUp);
    const lines = operational.divisions.flatMap((division) => division.goals.flatMap((goal) => goal.lines));
    for (const line of lines) {
      const row = evaluation.statuses.find((s) => s.indicator === line.indicator.id && s.organisation === line.organisation.id);
      expect({ status: line.status, actual: line.actual }).toEqual({ status: row?.status, actual: row?.actual });
    }
    expect(lines).toHaveLength(evaluation.statuses.filter((s) => s.organisation !== "K").length);
    const annual = annualReport(followUp, "annual");
    const r1 = evaluation.goals.find((g) => g.goal === "R1");
    expect(annual.areas[0]?.goals[0]?.assessment.effective).toBe(r1?.effective);
    expect(annual.overview.total[r1?.effective ?? "met"]).toBe(1);
  });

  it("state the plan, period, rules and data they were made from", async () => {
    const basis = new FollowUp(input(await plan())).basis();
    expect(basis).toMatchObject({
      municipality: "Exempelkommun",
      municipalityCode: "0180",
      period: { id: "2026-D", name: "Delår 2026", from: "2026-01-01", to: "2026-08-31", type: "interim" },
      rules: { yellowFrom: 0.85, rollupMethod: "worst", minCoverage: 0.5, commentRequiredOnRed: true },
      data: { source: "collection", reported: 1, expected: 2, collectedAt: "2026-09-21T10:00:00" },
    });
    expect(new FollowUp(planOnlyInput(await plan(), "2026-D")).basis().data).toMatchObject({ source: "plan", reported: null, expected: null });
  });

  it("give the operational report each division's counts, the units' comments and the units that did not report", async () => {
    const [division] = operationalReport(new FollowUp(input(await plan()))).divisions;
    expect(division?.organisation.id).toBe("OMS");
    expect(division?.reporting).toEqual({ reported: 1, expected: 2, missing: [{ id: "HS", name: "Hemtjänst Syd", type: "unit" }] });
    const statuses = division?.statuses ?? { green: 0, yellow: 0, red: 0, missing: 0 };
    expect(statuses.green + statuses.yellow + statuses.red + statuses.missing).toBe(9); // 3 indicators × (OMS, HN, HS)
    const line = division?.goals[0]?.lines.find((l) => l.indicator.id === "N1" && l.organisation.id === "HN");
    expect(line?.comment).toBe("Fler nöjda efter ny rutin");
    // The division's own (aggregated) value comes first, then its units.
    expect(division?.goals[0]?.lines[0]?.organisation.id).toBe("OMS");
  });

  it("leave the political fields empty to fill in, and show no history where no outcomes were recorded", async () => {
    const analysis = politicalAnalysis(new FollowUp(input(await plan())));
    const goal = analysis.areas[0]?.goals[0];
    expect(goal?.goal.id).toBe("R1");
    expect(goal?.political).toBeNull();
    expect(goal?.history.map((h) => h.period)).toEqual(["2024-D", "2025-D", "2026-D"]);
    expect(goal?.history.slice(0, 2).map((h) => h.assessment)).toEqual([null, null]);
    expect(analysis.dataQuality.notReported?.map((o) => o.id)).toEqual(["HS"]);
    expect(analysis.dataQuality.withoutOutcome.find((i) => i.indicator.id === "N3")?.organisations.map((o) => o.id)).toEqual(["HN", "HS"]);
  });

  it("find goals not met two years running and indicators without data two years running", async () => {
    const base = await plan();
    const lastYear = [actual("N1", "HN", "2025-D", 0.5), actual("N1", "HS", "2025-D", 0.5), actual("N2", "HN", "2025-D", 20)];
    const withHistory: Plan = {
      ...base,
      actuals: [...base.actuals, ...lastYear],
      // Last year's targets as numbers: a relative target has nothing to compare with in 2025-D.
      targets: [...base.targets, ...base.targets.filter((t) => t.period === "2026-D").map((t) => ({ ...t, period: "2025-D", target: t.target === "decrease" ? 12 : t.target }))],
    };
    const poor = [actual("N1", "HN", "2026-D", 0.5), actual("N1", "HS", "2026-D", 0.5), actual("N2", "HN", "2026-D", 20)];
    const { nextPlan } = politicalAnalysis(new FollowUp(input(withHistory, { collected: poor })));
    expect(nextPlan.notMetTwice.map((g) => g.id)).toEqual(expect.arrayContaining(["V1", "R1"]));
    expect(nextPlan.noDataTwoYears.map((i) => i.id)).toEqual(["N3"]);
  });

  it("forecast the full year for indicators with a budget, in the interim report only (docs/rules.md §9)", async () => {
    const base = await plan();
    const withBudget: Plan = {
      ...base,
      indicators: [...base.indicators, { ...base.indicators[1]!, id: "N4", goal: "R1", name: "Nettokostnad", unit: "tkr", aggregation: "sum", reportedBy: { level: "municipality" }, direction: "lower" }],
      targets: [...base.targets, { indicator: "N4", organisation: null, period: "2026", target: 800, targetMax: null, baseline: null, budget: 800, at }],
    };
    const followUp = new FollowUp(input(withBudget, { collected: [...collected, actual("N4", "K", "2026-D", 540)] }));
    const [line] = annualReport(followUp, "interim").forecasts ?? [];
    // N4 is a cost (lower is better): a forecast 10 over its budget is 10 worse, so −10 (+ is better than budget).
    expect(line).toMatchObject({ ytd: 540, months: 8, forecast: 810, source: "even", budget: 800, deviation: -10, relative: -0.0125 });
    expect(annualReport(followUp, "annual").forecasts).toBeNull();
  });

  describe("the full-year forecast of the amounts (docs/rules.md §9)", () => {
    /** The small plan with a net cost (tkr, summed) reported by the two units, budgeted for every organisation, and a result of the year. */
    async function financePlan(extra: Partial<Plan["indicators"][number]> = {}): Promise<Plan> {
      const base = await plan();
      const template = base.indicators[1]!;
      const budget = (indicator: string, organisation: string | null, amount: number) => ({ indicator, organisation, period: "2026", target: amount, targetMax: null, baseline: null, budget: amount, at });
      return {
        ...base,
        settings: { ...base.settings, resultIndicator: "N6", balanceAdjustments: 0 },
        indicators: [
          ...base.indicators,
          { ...template, id: "N5", goal: "R1", name: "Nettokostnad", unit: "tkr", aggregation: "sum", reportedBy: { level: "unit" }, direction: "lower", ...extra },
          { ...template, id: "N6", goal: "R1", name: "Årets resultat", unit: "tkr", aggregation: "none", reportedBy: { level: "municipality" }, direction: "higher" },
        ],
        // A budget row for every organisation (one for an organisation by id would make it report the indicator itself).
        targets: [...base.targets, budget("N5", null, 3000), budget("N6", null, 100)],
      };
    }
    const withForecast = (row: ReturnType<typeof actual>, forecast: number | null) => ({ ...row, forecast });
    const lines = (p: Plan, rows: ReturnType<typeof actual>[]) => annualReport(new FollowUp(input(p, { collected: [...collected, ...rows] })), "interim").forecasts?.filter((line) => line.indicator.id === "N5" || line.indicator.id === "N6") ?? [];

    it("sums the units' own forecasts where every unit gave one, for the whole and for each division", async () => {
      const found = lines(await financePlan(), [withForecast(actual("N5", "HN", "2026-D", 1000), 1400), withForecast(actual("N5", "HS", "2026-D", 800), 1300)]);
      const n5 = found.filter((line) => line.indicator.id === "N5");
      expect(n5.map((line) => ({ org: line.organisation.id, level: line.level, forecast: line.forecast, source: line.source, given: line.given, of: line.of }))).toEqual([
        { org: "K", level: "whole", forecast: 2700, source: "units", given: 2, of: 2 },
        { org: "OMS", level: "division", forecast: 2700, source: "units", given: 2, of: 2 },
      ]);
      // A cost 300 under its budget of 3 000 is 300 better: +300.
      expect(n5[0]).toMatchObject({ budget: 3000, deviation: 300, relative: 0.1 });
    });

    it("projects a unit that gave no forecast by the even spread beside the others' own, and says so", async () => {
      const [whole] = lines(await financePlan(), [withForecast(actual("N5", "HN", "2026-D", 1000), 1400), actual("N5", "HS", "2026-D", 800)]);
      // 1 400 + 800 × 12 / 8 = 1 400 + 1 200.
      expect(whole).toMatchObject({ forecast: 2600, source: "mixed", given: 1, of: 2, deviation: 400 });
    });

    it("projects by the seasonal profile where no unit gave a forecast, and evenly without one", async () => {
      const rows = [actual("N5", "HN", "2026-D", 1000), actual("N5", "HS", "2026-D", 960)];
      const [even] = lines(await financePlan(), rows);
      expect(even).toMatchObject({ forecast: 2940, source: "even", given: 0, profile: "even" });
      // The investment profile has 49 % of the year by August: 1 960 / 0,49 = 4 000, 1 000 over budget: −1 000.
      const [profiled] = lines(await financePlan({ profile: { kind: "investments" } }), rows);
      expect(profiled).toMatchObject({ source: "profile", profile: "investments", deviation: -1000 });
      expect(profiled?.forecast).toBeCloseTo(4000, 6);
      const [monthly] = lines(await financePlan({ profile: { kind: "monthly", months: [1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2] } }), rows);
      expect(monthly?.forecast).toBeCloseTo(1960 / (8 / 16), 6);
    });

    it("signs a result's deviation + where the forecast is above its budget, and a cost's where it is below", async () => {
      const found = lines(await financePlan(), [withForecast(actual("N6", "K", "2026-D", 90), 150), withForecast(actual("N5", "HN", "2026-D", 2000), 3100), withForecast(actual("N5", "HS", "2026-D", 100), 100)]);
      expect(found.find((line) => line.indicator.id === "N6")).toMatchObject({ forecast: 150, budget: 100, deviation: 50, relative: 0.5 });
      expect(found.find((line) => line.indicator.id === "N5" && line.level === "whole")).toMatchObject({ forecast: 3200, budget: 3000, deviation: -200 });
    });

    it("forecasts the balance requirement's result from the same source: the municipality's own forecast, else the profile", async () => {
      const p = await financePlan();
      const balanceOf = (rows: ReturnType<typeof actual>[]) => annualReport(new FollowUp(input(p, { collected: [...collected, ...rows] })), "interim").financial.proposal.balance;
      expect(balanceOf([withForecast(actual("N6", "K", "2026-D", 80), -20)])).toMatchObject({ result: -20, forecast: true, source: { source: "units" }, met: false });
      expect(balanceOf([actual("N6", "K", "2026-D", 80)])).toMatchObject({ result: 120, forecast: true, source: { source: "even" }, met: true });
      const profiled = { ...p, indicators: p.indicators.map((i) => (i.id === "N6" ? { ...i, profile: { kind: "investments" as const } } : i)) };
      const balance = annualReport(new FollowUp(input(profiled, { collected: [...collected, actual("N6", "K", "2026-D", 49)] })), "interim").financial.proposal.balance;
      expect(balance?.result).toBeCloseTo(100, 6);
      expect(balance?.source?.source).toBe("profile");
      // The annual report takes the year's result as it is.
      expect(annualReport(new FollowUp(input(p, { collected: [...collected, withForecast(actual("N6", "K", "2026-D", 80), -20)] })), "annual").financial.proposal.balance).toMatchObject({ result: 80, forecast: false, source: null });
    });
  });

  it("show an interim period's key indicators beside the same interim period of earlier years, never beside full years", async () => {
    const base = await plan();
    const history = ["2024-D", "2024", "2025-D"].flatMap((period, i) => [actual("N1", "HN", period, 0.8 + i / 100), actual("N1", "HS", period, 0.9 + i / 100)]);
    const report = annualReport(new FollowUp(input({ ...base, actuals: [...base.actuals, ...history] })), "interim");
    const n1 = report.areas[0]?.goals[0]?.keyIndicators.find((line) => line.indicator.id === "N1");
    expect(n1?.history.map((point) => point.period)).toEqual(["2024-D", "2025-D", "2026-D"]);
    expect(n1?.history[0]?.value).toBeCloseTo(0.85, 12);
    // Last year's full year only beside the history, as its reference.
    expect(n1?.reference).toMatchObject({ period: "2025", value: 0.87 });
    expect(report.comparison).toMatchObject({ kind: "interim", earlier: [{ id: "2024-D" }, { id: "2025-D" }], reference: { id: "2025" } });
  });

  it("show a full year's key indicators beside earlier full years, with no reference beside them", async () => {
    const base = await plan();
    const outcomes = ["2024", "2025-D", "2026"].flatMap((period) => [actual("N1", "HN", period, 0.8), actual("N1", "HS", period, 0.9)]);
    const report = annualReport(new FollowUp(planOnlyInput({ ...base, actuals: [...base.actuals, ...outcomes] }, "2026")), "annual");
    const n1 = report.areas[0]?.goals[0]?.keyIndicators.find((line) => line.indicator.id === "N1");
    expect(n1?.history.map((point) => point.period)).toEqual(["2024", "2025", "2026"]);
    expect(n1?.reference).toBeNull();
    expect(report.comparison.reference).toBeNull();
  });

  it("have no earlier periods to compare with where the plan has no earlier interim outcomes, full years or not", async () => {
    // The small plan has an outcome for the full year 2025 only.
    const report = annualReport(new FollowUp(input(await plan())), "interim");
    expect(report.comparison.earlier).toEqual([]);
    for (const line of report.areas.flatMap((area) => area.goals.flatMap((goal) => goal.keyIndicators))) expect(line.history.map((point) => point.period)).toEqual(["2026-D"]);
  });

  it("count the months of a period from January (or its start) to its end", () => {
    expect(monthsElapsed("2026-01-01", "2026-08-31")).toBe(8);
    expect(monthsElapsed("2026-01-01", "2026-04-30")).toBe(4);
    expect(monthsElapsed("2026-01-01", "2026-12-31")).toBe(12);
    expect(monthsElapsed("", "2026-12-31")).toBeUndefined();
    expect(monthsElapsed("2025-01-01", "2026-12-31")).toBeUndefined();
  });

  it("show the controllers' judgement of sound financial management, or that it is missing", async () => {
    const base = await plan();
    expect(annualReport(new FollowUp(input(base)), "annual").financial.judgement).toBeNull();
    const judged: Plan = { ...base, assessments: [{ goal: "GEH", organisation: "K", period: "2026-D", assessment: "met", justification: "God hushållning.", assessedBy: "KS", date: "", at }] };
    expect(annualReport(new FollowUp(input(judged)), "annual").financial.judgement?.justification).toBe("God hushållning.");
  });
});
