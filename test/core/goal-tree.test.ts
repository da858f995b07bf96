import { evaluate, goalTree, overviewCounts, OrgTree, type GoalNode, type Plan } from "../../src/core";
import { examplePlan } from "../../src/example/generate-plan";

const plan = examplePlan();
const period = plan.settings.currentPeriod;
const evaluation = evaluate(plan, period, plan.actuals.filter((row) => row.period === period));
const tree = new OrgTree(plan.organisation);
const inside = (organisation: string) => new Set(tree.subtree(organisation).map((unit) => unit.id));

const flat = (nodes: readonly GoalNode[]): GoalNode[] => nodes.flatMap((node) => [node, ...flat(node.children)]);

describe("the goal tree of an organisation", () => {
  it("holds every goal of the municipality once, from the vision down, each under its parent", () => {
    const nodes = goalTree(plan, evaluation, "K");
    expect(nodes.map((node) => node.goal.level)).toEqual(["vision"]);
    const all = flat(nodes);
    expect(all.map((node) => node.goal.id).sort()).toEqual(plan.goals.map((goal) => goal.id).sort());
    for (const node of all) for (const child of node.children) expect(child.goal.parent).toBe(node.goal.id);
  });

  it("keeps for a division only its own goals and the vision, areas and result goals above them", () => {
    const utb = inside("UTB");
    const all = flat(goalTree(plan, evaluation, "UTB"));
    const own = plan.goals.filter((goal) => utb.has(goal.organisation)).map((goal) => goal.id);
    expect(own.length).toBeGreaterThan(0);
    expect(all.filter((node) => utb.has(node.goal.organisation)).map((node) => node.goal.id).sort()).toEqual([...own].sort());
    // A goal of the municipality is there only as the way down to the division's.
    for (const node of all.filter((n) => !utb.has(n.goal.organisation))) expect(flat(node.children).some((n) => utb.has(n.goal.organisation))).toBe(true);
  });

  it("gives each goal its assessment and each indicator its status at the goal and at the units below, inside the division only", () => {
    const utb = inside("UTB");
    const all = flat(goalTree(plan, evaluation, "UTB"));
    const withIndicators = all.filter((node) => node.indicators.length > 0);
    expect(withIndicators.length).toBeGreaterThan(0);
    for (const node of withIndicators) {
      expect(node.assessment).toBe(evaluation.goals.find((goal) => goal.goal === node.goal.id && goal.organisation === node.goal.organisation) ?? null);
      for (const { indicator, own, below } of node.indicators) {
        expect(indicator.goal).toBe(node.goal.id);
        expect(own?.organisation ?? node.goal.organisation).toBe(node.goal.organisation);
        for (const row of below) {
          expect(row.indicator).toBe(indicator.id);
          expect(utb.has(row.organisation)).toBe(true);
          expect(row.organisation).not.toBe(node.goal.organisation);
        }
      }
    }
    expect(withIndicators.some((node) => node.indicators.some((indicator) => indicator.below.length > 0))).toBe(true);
  });

  it("is the whole plan's tree without an organisation, the municipality's where it has one root", () => {
    expect(goalTree(plan, evaluation, null)).toEqual(goalTree(plan, evaluation, "K"));
  });

  it("does not follow a goal that names itself as its parent", () => {
    const first = plan.goals[0];
    if (first === undefined) throw new Error("the example has goals");
    const looped: Plan = { ...plan, goals: [...plan.goals, { ...first, id: "X1", parent: "X1", organisation: "K" }] };
    const all = flat(goalTree(looped, evaluation, "K"));
    expect(all.filter((node) => node.goal.id === "X1")).toEqual([]);
  });
});

describe("the overview's counts", () => {
  it("count the values by colour and the goals by assessment at the organisation and below", () => {
    const utb = inside("UTB");
    const counts = overviewCounts(plan, evaluation, "UTB");
    expect(Object.values(counts.statuses).reduce((a, b) => a + b, 0)).toBe(evaluation.statuses.filter((row) => utb.has(row.organisation)).length);
    expect(counts.statuses.green).toBe(evaluation.statuses.filter((row) => utb.has(row.organisation) && row.status === "green").length);
    expect(Object.values(counts.goals).reduce((a, b) => a + b, 0)).toBe(evaluation.goals.filter((goal) => utb.has(goal.organisation)).length);
    expect(overviewCounts(plan, evaluation, "K").statuses.red).toBeGreaterThanOrEqual(counts.statuses.red);
  });
});
