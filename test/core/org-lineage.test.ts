import { evaluate, History, OrgLineage, periodStartMonth, problemMessage, validatePlan, type ActualRow, type Indicator, type OrgChangeRow, type Plan, type Problem } from "../../src/core";
import { examplePlan } from "../../src/example/generate-plan";
import { collectionContext } from "../../src/core";
import { readUnitWorkbook } from "../../src/workbook/collect/read-unit-report";
import { readWorkbook } from "../../src/workbook/exceljs-reader";
import { cellText } from "../../src/workbook/grid";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import { buildTemplate } from "../../src/workbook/template/build-template";

const at = { sheet: "Organisationsförändringar" };
const change = (oldId: string, newId: string | null, from: string): OrgChangeRow => ({ oldId, newId, from, comment: "", at });

describe("following an organisation across changes", () => {
  it("orders periods by when they start", () => {
    expect(periodStartMonth("2027")).toBe(2027 * 12);
    expect(periodStartMonth("2027-D")).toBe(2027 * 12);
    expect(periodStartMonth("2027-T2")).toBe(2027 * 12 + 4);
    expect(periodStartMonth("2027-M11")).toBe(2027 * 12 + 10);
    expect(periodStartMonth("höst")).toBeUndefined();
  });

  it("gives a merged unit the history of both units it was made from, and only before the merger", () => {
    const lineage = new OrgLineage([change("A", "C", "2027"), change("B", "C", "2027")]);
    expect(lineage.sources("C", "2026-D")).toEqual(["C", "A", "B"]);
    expect(lineage.sources("C", "2027-D")).toEqual(["C"]);
    expect(lineage.isShared("A", "2026")).toBe(false);
  });

  it("gives each part of a split the history of the unit it came from, marked as shared", () => {
    const lineage = new OrgLineage([change("A", "A", "2027"), change("A", "B", "2027")]);
    expect(lineage.sources("A", "2026")).toEqual(["A"]);
    expect(lineage.sources("B", "2026")).toEqual(["B", "A"]);
    expect(lineage.isShared("A", "2026")).toBe(true);
  });

  it("follows a chain of renames, and lets a closed unit's history go", () => {
    const lineage = new OrgLineage([change("A", "B", "2025"), change("B", "C", "2027"), change("X", null, "2027")]);
    expect(lineage.sources("C", "2024")).toEqual(["C", "A", "B"]);
    expect(lineage.sources("C", "2026")).toEqual(["C", "B"]);
    expect(lineage.sources("X", "2026")).toEqual([]);
  });

  it("lets an old id come back as a new unit with a history of its own from then on", () => {
    const lineage = new OrgLineage([change("E1", "E9", "2025"), change("E1", null, "2027")]);
    expect(lineage.sources("E9", "2024")).toEqual(["E9", "E1"]);
    expect(lineage.sources("E1", "2025-D")).toEqual([]);
    expect(lineage.sources("E1", "2027")).toEqual(["E1"]);
  });

  it("does not loop on changes that point at each other", () => {
    const lineage = new OrgLineage([change("A", "B", "2027"), change("B", "A", "2027")]);
    expect(() => lineage.sources("A", "2026")).not.toThrow();
  });

  it("combines predecessors' outcomes the way the indicator aggregates, and carries no count to a part of a split", () => {
    const row = (indicator: string, organisation: string, actual: number): ActualRow => ({ indicator, organisation, period: "2026", actual, women: null, men: null, comment: "", source: "", loadedAt: "", at });
    const indicator = (id: string, aggregation: Indicator["aggregation"]): Indicator => ({ id, name: id, goal: "G", unit: "", direction: "higher", weight: 1, yellowFrom: null, tolerance: null, aggregation, weightedBy: null, reportedBy: { level: "unit" }, genderSplit: false, koladaId: null, description: "", at });
    const merged = new History([row("share", "A", 0.8), row("share", "B", 0.6), row("count", "A", 10), row("count", "B", 5)], [change("A", "C", "2027"), change("B", "C", "2027")]);
    expect(merged.value(indicator("share", "mean"), "C", "2026")).toBeCloseTo(0.7, 12);
    expect(merged.value(indicator("count", "sum"), "C", "2026")).toBe(15);
    const split = new History([row("share", "A", 0.8), row("count", "A", 10)], [change("A", "A", "2027"), change("A", "B", "2027")]);
    expect(split.value(indicator("share", "mean"), "B", "2026")).toBe(0.8);
    expect(split.value(indicator("count", "sum"), "B", "2026")).toBeNull();
    expect(split.sourcesOf(["A", "B"], [], "2026")).toEqual(["A", "B"]);
  });
});

describe("a merged unit in the example municipality", () => {
  /** The first two units of Omsorg (OMS01, OMS02) become one unit, OMS90, from 2026. */
  function mergedPlan(): { plan: Plan; before: Plan } {
    // Two home-care units of 130 clients each become one of 260: a gone unit weighs its share of
    // the merged unit's size, so shares weighted by size keep last year's values.
    const example = examplePlan();
    const before = { ...example, organisation: example.organisation.map((unit) => (unit.id === "OMS01" || unit.id === "OMS02" ? { ...unit, size: 130 } : unit)) };
    const merged = before.organisation.find((unit) => unit.id === "OMS01");
    if (merged === undefined) throw new Error("the example has no OMS01");
    const organisation = [...before.organisation.filter((unit) => unit.id !== "OMS01" && unit.id !== "OMS02"), { ...merged, id: "OMS90", name: "Hemtjänsten", size: 260 }];
    return { before, plan: { ...before, organisation, orgChanges: [change("OMS01", "OMS90", "2026"), change("OMS02", "OMS90", "2026")] } };
  }

  it("continues the merged unit's trend from both units' history, combined as the indicator aggregates", () => {
    const { plan, before } = mergedPlan();
    const indicator = plan.indicators.find((candidate) => candidate.aggregation === "mean" && "level" in candidate.reportedBy && candidate.reportedBy.level === "unit" && plan.goals.find((g) => g.id === candidate.goal)?.organisation === "OMS");
    if (indicator === undefined) throw new Error("the example has no mean indicator reported by OMS units");
    const earlier = (unit: string) => before.actuals.find((row) => row.indicator === indicator.id && row.organisation === unit && row.period === "2025-D")?.actual ?? null;
    const last = [earlier("OMS01"), earlier("OMS02")];
    expect(last).not.toContain(null);
    const collected: ActualRow[] = [{ indicator: indicator.id, organisation: "OMS90", period: "2026-D", actual: 0.5, women: null, men: null, comment: "", source: "", loadedAt: "", at }];
    const row = evaluate(plan, "2026-D", collected).statuses.find((s) => s.indicator === indicator.id && s.organisation === "OMS90");
    expect(row?.previous).toBeCloseTo(((last[0] ?? 0) + (last[1] ?? 0)) / 2, 12);
    expect(row?.trend).not.toBe("missing");
    const lastYear = evaluate(plan, "2025-D").statuses.find((s) => s.indicator === indicator.id && s.organisation === "OMS90");
    expect(lastYear?.actual).toBeCloseTo(((last[0] ?? 0) + (last[1] ?? 0)) / 2, 12);
  });

  it("shows the merged unit's template the combined outcome of last year as Föregående utfall", async () => {
    const { plan, before } = mergedPlan();
    const grid = await readWorkbook(await writeWorkbook(buildTemplate({ plan, unit: "OMS90", period: "2026-D", createdAt: "2026-09-01T08:00:00" })));
    const rows = grid.sheets.find((sheet) => sheet.name === "Inrapportering")?.rows ?? [];
    // The header row, below the template's title block.
    const header = (rows.find((row) => cellText(row[0]) === "Nyckeltal-id") ?? []).map((cell) => cellText(cell));
    const previousOf = (id: string) => rows.find((row) => row[header.indexOf("Nyckeltal-id")] === id)?.[header.indexOf("Föregående utfall")];
    const mean = plan.indicators.find((i) => i.aggregation !== "sum" && i.unit === "%" && previousOf(i.id) !== undefined);
    if (mean === undefined) throw new Error("no share indicator in OMS90's template");
    const earlier = ["OMS01", "OMS02"].map((unit) => before.actuals.find((row) => row.indicator === mean.id && row.organisation === unit && row.period === "2025-D")?.actual ?? NaN);
    expect(previousOf(mean.id)).toBeCloseTo(((earlier[0] ?? NaN) + (earlier[1] ?? NaN)) / 2, 12);
  });

  it("keeps the division's earlier value what it was before the merger", () => {
    const { plan, before } = mergedPlan();
    const then = (p: Plan) => new Map(evaluate(p, "2025-D").statuses.filter((s) => s.organisation === "OMS").map((s) => [s.indicator, s.actual]));
    const after = then(plan);
    const earlier = then(before);
    expect([...after.keys()]).toEqual([...earlier.keys()]);
    // The same units' values, summed in another order: equal up to rounding.
    for (const [indicator, value] of earlier) expect(after.get(indicator) ?? NaN).toBeCloseTo(value ?? NaN, 12);
  });

  it("refuses a template of a unit that has been merged away, and names the unit that took over", async () => {
    const { plan, before } = mergedPlan();
    const grid = await readWorkbook(await writeWorkbook(buildTemplate({ plan: before, unit: "OMS01", period: "2026-D", createdAt: "2026-09-01T08:00:00" })));
    const [report] = readUnitWorkbook(grid, "hemtjanst-nord.xlsx", null, collectionContext(plan, "2026-D", "2026-09-21T09:00:00"));
    expect(report?.usable).toBe(false);
    expect(report?.problems.map((p) => p.code)).toEqual(["unit-changed"]);
    expect(problemMessage(report?.problems[0] as Problem)).toContain("från 2026 ersatts av Hemtjänsten");
  });

  it("says once per unit when a unit with history disappears without a change recorded", () => {
    const { plan } = mergedPlan();
    expect(validatePlan(plan).filter((p) => p.code === "organisation-gone")).toEqual([]);
    const problems = validatePlan({ ...plan, orgChanges: [] }).filter((p) => p.code === "organisation-gone");
    expect(problems.map((p) => p.organisation)).toEqual(["OMS01", "OMS02"]);
    expect(problems[0]).toMatchObject({ severity: "warning", values: { periods: expect.stringContaining("2025-D") } });
  });
});
