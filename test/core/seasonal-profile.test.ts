import { INVESTMENT_PROFILE, deviation, isAmountIndicator, parseSeasonalProfile, profileForecast, profileMonths, seasonalProfileText } from "../../src/core";

const cumulative = (months: readonly number[]) => months.map((_, i) => months.slice(0, i + 1).reduce((a, b) => a + b, 0));

describe("the seasonal profiles of a full-year forecast (docs/rules.md §9)", () => {
  it("has the investment profile back-loaded: 3, 7, 13, 20, 28, 37, 42, 49, 59, 70, 83, 100 % of the year by each month's end", () => {
    expect(cumulative(INVESTMENT_PROFILE)).toEqual([3, 7, 13, 20, 28, 37, 42, 49, 59, 70, 83, 100]);
  });

  it("projects 49 000 tkr of investments by August to 100 000 tkr, where an even year says 73 500", () => {
    expect(profileForecast(49_000, 8, { kind: "investments" })).toBeCloseTo(100_000, 6);
    expect(profileForecast(49_000, 8, { kind: "even" })).toBe(73_500);
    expect(profileForecast(49_000, 8, undefined)).toBe(73_500);
    expect(profileForecast(20_000, 4, { kind: "investments" })).toBeCloseTo(100_000, 6);
  });

  it("reads Jämn, Investeringar or twelve monthly values from the plan's Säsongsprofil, and writes them back the same", () => {
    expect(parseSeasonalProfile("")).toEqual({ kind: "even" });
    expect(parseSeasonalProfile("jämn")).toEqual({ kind: "even" });
    expect(parseSeasonalProfile(" Investeringar ")).toEqual({ kind: "investments" });
    expect(parseSeasonalProfile("Investments")).toEqual({ kind: "investments" });
    const months = parseSeasonalProfile("5;5;8;8;8;8;4;8;10;10;12;14");
    expect(profileMonths(months)).toEqual([5, 5, 8, 8, 8, 8, 4, 8, 10, 10, 12, 14]);
    expect(parseSeasonalProfile("0,05 0,05 0,08 0,08 0,08 0,08 0,04 0,08 0,1 0,1 0,12 0,14")).toEqual({ kind: "monthly", months: [0.05, 0.05, 0.08, 0.08, 0.08, 0.08, 0.04, 0.08, 0.1, 0.1, 0.12, 0.14] });
    expect(seasonalProfileText(months)).toBe("5;5;8;8;8;8;4;8;10;10;12;14");
    expect(seasonalProfileText({ kind: "investments" })).toBe("Investeringar");
    expect(seasonalProfileText({ kind: "even" })).toBeNull();
    for (const bad of ["Vinter", "1;2;3", "1;2;3;4;5;6;7;8;9;10;11;-1", "0;0;0;0;0;0;0;0;0;0;0;0"]) expect(() => parseSeasonalProfile(bad)).toThrow(/seasonal profile/);
  });

  it("signs a deviation + when better than budget: a cost below its budget, a result above it", () => {
    expect(deviation(810, 800, "lower")).toEqual({ deviation: -10, relative: -0.0125 });
    expect(deviation(790, 800, "lower")).toEqual({ deviation: 10, relative: 0.0125 });
    expect(deviation(810, 800, "higher")).toEqual({ deviation: 10, relative: 0.0125 });
    expect(deviation(-50, -100, "higher")).toEqual({ deviation: 50, relative: 0.5 });
    expect(deviation(10, 0, "higher").relative).toBeUndefined();
  });

  it("counts an indicator as an amount by its unit of money or a budget in the plan", () => {
    const budget = [{ indicator: "N2", budget: 15 }];
    expect(isAmountIndicator({ id: "N1", unit: "tkr" }, [])).toBe(true);
    expect(isAmountIndicator({ id: "N1", unit: "Mnkr" }, [])).toBe(true);
    expect(isAmountIndicator({ id: "N1", unit: "kr" }, [])).toBe(true);
    expect(isAmountIndicator({ id: "N2", unit: "antal" }, budget)).toBe(true);
    expect(isAmountIndicator({ id: "N3", unit: "%" }, budget)).toBe(false);
    expect(isAmountIndicator({ id: "N3", unit: "antal" }, [{ indicator: "N3", budget: null }])).toBe(false);
  });
});
