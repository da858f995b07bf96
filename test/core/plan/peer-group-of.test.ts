import { DEFAULT_SETTINGS, peerGroupOf, type Goal, type Indicator, type Plan } from "../../../src/core";

const at = { sheet: "test" };
const goal = (id: string, parent: string | null): Goal => ({ id, name: id, level: parent === null ? "priorityArea" : "resultGoal", parent, organisation: "K", financial: false, rollupMethod: null, description: "", at });
const indicator = (goalId: string) => ({ id: "N1", goal: goalId }) as Indicator;
const plan = (groups: Plan["areaPeerGroups"], peerGroup: readonly string[] = []): Plan =>
  ({ settings: { ...DEFAULT_SETTINGS, peerGroup, peerGroupName: peerGroup.length === 0 ? "" : "Planens" }, goals: [goal("P1", null), goal("R1", "P1"), goal("R2", "R1")], areaPeerGroups: groups }) as unknown as Plan;

describe("the group of similar municipalities an indicator is compared with", () => {
  it("is the group of the nearest area above its goal", () => {
    const groups = [
      { area: "P1", groupId: "G1", name: "Område", members: ["0114"] },
      { area: "R1", groupId: "G2", name: "Närmare", members: ["0115"] },
    ];
    expect(peerGroupOf(plan(groups), indicator("R2"))).toEqual({ members: ["0115"], name: "Närmare", area: "R1" });
    expect(peerGroupOf(plan(groups), indicator("P1"))).toEqual({ members: ["0114"], name: "Område", area: "P1" });
  });

  it("is the plan's Jämförelsegrupp where no area above has one, and none where the plan has none", () => {
    expect(peerGroupOf(plan([{ area: "X", groupId: "", name: "", members: ["0114"] }], ["0180"]), indicator("R2"))).toEqual({ members: ["0180"], name: "Planens", area: null });
    expect(peerGroupOf(plan(undefined), indicator("R2"))).toBeNull();
  });

  it("skips an area group without members, and ends at a cycle in the goals", () => {
    const cyclic = { ...plan([{ area: "P1", groupId: "", name: "Tom", members: [] }], ["0180"]), goals: [goal("A", "B"), goal("B", "A")] };
    expect(peerGroupOf(cyclic, indicator("A"))).toEqual({ members: ["0180"], name: "Planens", area: null });
    expect(peerGroupOf(plan([{ area: "P1", groupId: "", name: "Tom", members: [] }], ["0180"]), indicator("R2"))?.area).toBeNull();
  });
});
