import { evaluate, type Plan } from "../../src/core";
import { actualRow, readSmallPlan } from "../support/xlsx";

const at = { sheet: "test" };
const actual = actualRow;

async function plan(): Promise<Plan> {
  const base = await readSmallPlan();
  return {
    ...base,
    actuals: [...base.actuals, actual("N1", "HN", "2025-D", 0.8), actual("N2", "HS", "2025-D", 12)],
    assessments: [{ goal: "R1", organisation: "K", period: "2026-D", assessment: "partlyMet", justification: "Brukarnas nöjdhet varierar.", assessedBy: "", date: "", at }],
    peers: [0.7, 0.8, 0.85, 0.9, 0.95].map((value, i) => ({ indicator: "N1", koladaId: null, municipalityCode: String(1000 + i), year: 2026, gender: "T" as const, value, at })),
  };
}

const collected = [actual("N1", "HN", "2026-D", 0.88), actual("N1", "HS", "2026-D", 0.95), actual("N2", "HN", "2026-D", 11), actual("N2", "HS", "2026-D", 10)];

describe("evaluating a period", () => {
  it("judges each unit against its target, its own where it has one, and relative targets against last year", async () => {
    const { statuses } = evaluate(await plan(), "2026-D", collected);
    const find = (indicator: string, organisation: string) => statuses.find((s) => s.indicator === indicator && s.organisation === organisation);
    expect(find("N1", "HN")).toMatchObject({ actual: 0.88, target: 0.9, status: "yellow", previous: 0.8, trend: "improving", aggregated: false });
    expect(find("N1", "HN")?.attainment).toBeCloseTo(0.88 / 0.9, 12);
    expect(find("N1", "HS")).toMatchObject({ status: "green", previous: null, trend: "missing" });
    expect(find("N2", "HN")).toMatchObject({ target: 12, status: "green" });
    expect(find("N2", "HS")).toMatchObject({ target: "decrease", previous: 12, status: "green", attainment: undefined });
  });

  it("aggregates to the division and the municipality, counting the units behind each value", async () => {
    const { statuses } = evaluate(await plan(), "2026-D", collected);
    const find = (indicator: string, organisation: string) => statuses.find((s) => s.indicator === indicator && s.organisation === organisation);
    expect(find("N1", "OMS")?.actual).toBeCloseTo(0.915, 12);
    expect(find("N1", "OMS")).toMatchObject({ status: "green", unitCount: 2, aggregated: true });
    expect(find("N1", "K")).toMatchObject({ unitCount: 2, aggregated: true });
    expect(find("N2", "OMS")).toMatchObject({ actual: 10.5, previous: 12, status: "green", trend: "improving" });
    expect(find("N3", "OMS")).toMatchObject({ actual: null, status: "missing", unitCount: 0 });
  });

  it("leaves a unit that did not report out of the aggregate, never as zero", async () => {
    const { statuses } = evaluate(await plan(), "2026-D", [actual("N1", "HS", "2026-D", 0.95)]);
    expect(statuses.find((s) => s.indicator === "N1" && s.organisation === "HN")).toMatchObject({ actual: null, status: "missing" });
    expect(statuses.find((s) => s.indicator === "N1" && s.organisation === "OMS")).toMatchObject({ actual: 0.95, unitCount: 1 });
  });

  it("ranks the municipality's value among its peers, and only there", async () => {
    const { statuses } = evaluate(await plan(), "2026-D", collected);
    expect(statuses.find((s) => s.indicator === "N1" && s.organisation === "K")?.peerStatus).toBe("green");
    expect(statuses.find((s) => s.indicator === "N1" && s.organisation === "OMS")?.peerStatus).toBeNull();
  });

  it("says which Kolada year and how many municipalities a peer status was judged among, last year's for an interim period", async () => {
    const base = await plan();
    // Kolada has 2025 for five municipalities (one without a value) and 2026 not yet: an interim report of 2026 compares with 2025.
    const values = [0.7, 0.8, null, 0.9, 0.95];
    const lastYear: Plan = { ...base, peers: values.map((value, i) => ({ indicator: "N1", koladaId: null, municipalityCode: String(1000 + i), year: 2025, gender: "T" as const, value, at })) };
    const top = evaluate(lastYear, "2026-D", collected).statuses.find((s) => s.indicator === "N1" && s.organisation === "K");
    expect(top?.peerBasis).toEqual({ year: 2025, count: 4 });
    expect(top?.peerGroupBasis).toBeNull();
    expect(evaluate(lastYear, "2026-D", collected).statuses.find((s) => s.indicator === "N1" && s.organisation === "OMS")?.peerBasis).toBeNull();
  });

  it("compares the indicators under an area with the group chosen for that area, named, instead of the plan's group", async () => {
    const base = await plan();
    const others = [0.7, 0.75, 0.8, 0.85, 0.92, 0.95, 0.97, 0.99].map((value, i) => ({ indicator: "N1", koladaId: null, municipalityCode: String(1000 + i), year: 2026, gender: "T" as const, value, at }));
    const settings = { ...base.settings, municipalityCode: "0999", peerGroup: ["1000", "1001", "1002", "1003"], peerGroupName: "Planens grupp" };
    // N1 sits under V1 → R1 → P1; the care area's group is the four strongest.
    const strongest = ["1004", "1005", "1006", "1007"];
    const byArea: Plan = { ...base, settings, peers: others, areaPeerGroups: [{ area: "P1", groupId: "G124065", name: "Liknande kommuner äldreomsorg 2025", members: strongest }] };
    const top = evaluate(byArea, "2026-D", collected).statuses.find((s) => s.indicator === "N1" && s.organisation === "K");
    // Among 0.92–0.99 (Q1 = 0.9425) the municipality's 0.915 is in the bottom quartile: red (within the plan's group, green).
    expect(top?.peerGroupStatus).toBe("red");
    expect(top?.peerGroupBasis).toEqual({ year: 2026, count: 4, name: "Liknande kommuner äldreomsorg 2025" });
    // A group for an area the indicator is not under leaves it with the plan's group.
    const elsewhere: Plan = { ...byArea, areaPeerGroups: [{ area: "P9", groupId: "", name: "Annat område", members: strongest }] };
    const inPlanGroup = evaluate(elsewhere, "2026-D", collected).statuses.find((s) => s.indicator === "N1" && s.organisation === "K");
    expect({ status: inPlanGroup?.peerGroupStatus, basis: inPlanGroup?.peerGroupBasis }).toEqual({ status: "green", basis: { year: 2026, count: 4, name: "Planens grupp" } });
  });

  it("ranks among the other municipalities (its own value left out of its peers), and within the plan's peer group too", async () => {
    const base = await plan();
    // The municipality (code 0999; its own value now 0.915, aggregated) is in Kolada's data too, with
    // an older 0.1; six others; the group is the four weakest.
    const others = [0.7, 0.75, 0.8, 0.85, 0.95, 0.97].map((value, i) => ({ indicator: "N1", koladaId: null, municipalityCode: String(1000 + i), year: 2026, gender: "T" as const, value, at }));
    const withGroup: Plan = {
      ...base,
      settings: { ...base.settings, municipalityCode: "0999", peerGroup: ["1000", "1001", "1002", "1003"] },
      peers: [...others, { indicator: "N1", koladaId: null, municipalityCode: "0999", year: 2026, gender: "T", value: 0.1, at }],
    };
    const top = evaluate(withGroup, "2026-D", collected).statuses.find((s) => s.indicator === "N1" && s.organisation === "K");
    // Among the six others: Q3 = 0.925 → 0.915 is yellow. (Were its own 0.1 among them, Q3 would be 0.9 and it green.)
    expect(top?.peerStatus).toBe("yellow");
    // Within the group (0.7–0.85): Q3 = 0.8125 → green.
    expect(top?.peerGroupStatus).toBe("green");
    expect({ all: top?.peerBasis, group: top?.peerGroupBasis }).toEqual({ all: { year: 2026, count: 6 }, group: { year: 2026, count: 4, name: "" } });
    // Without a group, no group status.
    expect(evaluate(base, "2026-D", collected).statuses.find((s) => s.organisation === "K" && s.indicator === "N1")?.peerGroupStatus).toBeNull();
  });

  it("compares women with women and men with men where the indicator is split by gender", async () => {
    const base = await plan();
    const peersOf = (gender: "K" | "M", values: number[]) => values.map((value, i) => ({ indicator: "N1", koladaId: null, municipalityCode: String(1000 + i), year: 2026, gender, value, at }));
    const split: Plan = {
      ...base,
      indicators: base.indicators.map((i) => (i.id === "N1" ? { ...i, genderSplit: true } : i)),
      peers: [...base.peers, ...peersOf("K", [0.7, 0.8, 0.85, 0.9, 0.95]), ...peersOf("M", [0.9, 0.92, 0.95, 0.97, 0.99])],
    };
    const byGender = [
      { ...actual("N1", "HN", "2026-D", 0.88), women: 0.9, men: 0.86 },
      { ...actual("N1", "HS", "2026-D", 0.95), women: 0.96, men: 0.94 },
    ];
    const top = evaluate(split, "2026-D", byGender).statuses.find((s) => s.indicator === "N1" && s.organisation === "K");
    // Women 0.93 (the mean) against Q3 0.9 → green; men 0.90 against Q1 0.92 → red.
    expect(top?.peerStatusByGender).toEqual({ women: "green", men: "red" });
    // Not split by gender: no gender statuses.
    const total: Plan = { ...split, indicators: split.indicators.map((i) => (i.id === "N1" ? { ...i, genderSplit: false } : i)) };
    expect(evaluate(total, "2026-D", byGender).statuses.find((s) => s.indicator === "N1" && s.organisation === "K")?.peerStatusByGender).toBeNull();
  });

  it("rolls goals up from their indicators at the owner and from their sub-goals, keeping a manual assessment beside", async () => {
    const { goals } = evaluate(await plan(), "2026-D", collected);
    const find = (goal: string) => goals.find((g) => g.goal === goal);
    // V1 at OMS: N1 green, N2 green (weight 2), N3 missing (weight 1): coverage 3/4; worst method → met.
    expect(find("V1")).toMatchObject({ organisation: "OMS", effective: "met", differs: false, computed: { assessment: "met", coverage: 0.75, score: 1 } });
    expect(find("R1")).toMatchObject({ organisation: "K", computed: { assessment: "met" }, effective: "partlyMet", differs: true });
    expect(find("R1")?.manual?.justification).toBe("Brukarnas nöjdhet varierar.");
    expect(find("P1")).toMatchObject({ effective: "partlyMet" });
  });

  it("cannot assess a goal whose indicators lack data", async () => {
    const { goals } = evaluate(await plan(), "2026-D", []);
    expect(goals.find((g) => g.goal === "V1")).toMatchObject({ effective: "cannotAssess", computed: { coverage: 0 } });
  });
});
