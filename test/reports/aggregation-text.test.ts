import { FollowUp, planOnlyInput } from "../../src/core";
import { examplePlan } from "../../src/example/generate-plan";
import { howAggregatedText } from "../../src/reports/aggregation-text";

describe("how a total was made, in words", () => {
  // The example's last full year: every unit's outcome is in the plan.
  const followUp = new FollowUp(planOnlyInput(examplePlan(), "2025"));
  const said = (indicator: string, organisation: string, language: "sv" | "en" = "sv") => {
    const row = followUp.statusRow(indicator, organisation);
    return row === undefined ? "no row" : howAggregatedText(followUp.line(row).howAggregated, language);
  };

  it("says a share reported by schools is weighted by the number of pupils", () => {
    // N01 eligibility in year 9: the six compulsory schools, weighted by their pupils.
    expect(said("N01", "UTB")).toBe("viktat medelvärde av 6 enheter, viktat med antal elever");
    expect(said("N01", "UTB", "en")).toBe("weighted mean of 6 units, weighted by number of elever");
  });

  it("says a count is the sum of the units that report it", () => {
    // N10 pupils with problematic absence: six compulsory schools and the upper secondary school.
    expect(said("N10", "K")).toBe("summa av 7 enheter");
  });

  it("says a plain mean where the plan chose one, and nothing for a value reported by the organisation itself", () => {
    expect(said("N30", "OMS")).toBe("medelvärde av 14 enheter");
    expect(said("N01", "UTB01")).toBe("");
  });

  it("weighs the division's share by size: a large school counts for more than a small one", () => {
    const value = (organisation: string) => followUp.statusRow("N01", organisation)?.actual ?? NaN;
    const schools = followUp.plan.organisation.filter((unit) => unit.category === "grundskola");
    const total = schools.reduce((sum, unit) => sum + (unit.size ?? 0), 0);
    const weighted = schools.reduce((sum, unit) => sum + value(unit.id) * (unit.size ?? 0), 0) / total;
    expect(value("UTB")).toBeCloseTo(weighted, 12);
  });
});
