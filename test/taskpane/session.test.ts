/**
 * The wizard's pure session steps: what it remembers, how a remembered assessment comes back,
 * and an assessment that needs a justification. And the size budget of the pane's first screen.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { examplePlan } from "../../src/example/generate-plan";
import { collectionContext } from "../../src/core";
import { consolidate } from "../../src/core";
import { assessed, parseMemory, startingPeriod, withPlan, type LoadedPlan } from "../../src/taskpane/wizard/session";
import { isSelectable } from "../../src/taskpane/excel/select-cell";
import { workbookNameOf } from "../../src/taskpane/excel/workbook-name";
import type { AssessmentEntry } from "../../src/core";

const plan = examplePlan();
const loaded: LoadedPlan = { plan, problems: [], name: "plan.xlsx", log: [] };
const entry: AssessmentEntry = { goal: "R01", organisation: "K", period: "2026-D", assessment: "partlyMet", justification: "Lärarbristen", assessedBy: "C", date: "2026-09-22" };

describe("the wizard's session", () => {
  it("forgets memory it cannot trust and keeps what it can", () => {
    expect(parseMemory(null)).toBeNull();
    expect(parseMemory("{not json")).toBeNull();
    expect(parseMemory(JSON.stringify({ step: 99, period: 3, assessments: [{ ...entry, justification: " " }, entry, { goal: "x" }] }))).toEqual({ step: "plan", period: "", assessments: [entry] });
    expect(parseMemory(JSON.stringify({ step: "somewhere", period: "2026-D", assessments: [] }))?.step).toBe("plan");
    expect(parseMemory(JSON.stringify({ step: 2.5, period: "2026-D", assessments: [] }))?.step).toBe("plan");
  });

  it("remembers the step by name", () => {
    expect(parseMemory(JSON.stringify({ step: "review", period: "2026-D", assessments: [] }))?.step).toBe("review");
  });

  it("reads a step an earlier version saved as a number, in the same order", () => {
    const saved = (step: number) => parseMemory(JSON.stringify({ step, period: "2026-D", assessments: [] }))?.step;
    expect([0, 1, 2, 3, 4, 5, 6].map(saved)).toEqual(["plan", "templates", "collect", "review", "assess", "reports", "nextYear"]);
    expect(saved(7)).toBe("plan");
    expect(saved(-1)).toBe("plan");
  });

  it("starts on the remembered period when the plan has it, else on the plan's current period", () => {
    expect(startingPeriod(plan, "2025")).toBe("2025");
    expect(startingPeriod(plan, "1999")).toBe(plan.settings.currentPeriod);
  });

  it("applies remembered assessments to the plan it opens again, and evaluates a new one at once", () => {
    const goal = plan.goals.find((g) => g.level === "resultGoal");
    const own = { ...entry, goal: goal?.id ?? "", organisation: goal?.organisation ?? "" };
    const reopened = withPlan(loaded, { step: "assess", period: "2026-D", assessments: [own] });
    expect(reopened.plan?.plan.assessments).toContainEqual(expect.objectContaining({ goal: own.goal, assessment: "partlyMet" }));

    const collected = { ...withPlan(loaded, null), consolidation: consolidate(collectionContext(plan, "2026-D", "2026-09-21T12:00:00"), []) };
    const after = assessed(collected, own);
    const evaluated = after.consolidation?.evaluation.goals.find((g) => g.goal === own.goal && g.organisation === own.organisation);
    expect(evaluated?.effective).toBe("partlyMet");
    expect(evaluated?.manual?.justification).toBe("Lärarbristen");
    expect(() => assessed(collected, { ...own, justification: "  " })).toThrow(/justification/);
  });

  it("offers to show a problem's cell only when it is in the open workbook", () => {
    expect(isSelectable({ sheet: "Utfall", cell: "B4" }, "Plan.xlsx")).toBe(true);
    expect(isSelectable({ file: "Plan.xlsx", sheet: "Mål", cell: "A2" }, "Plan.xlsx")).toBe(true);
    expect(isSelectable({ file: "2026-D Biblioteket.xlsx", sheet: "Inrapportering", cell: "H4" }, "Plan.xlsx")).toBe(false);
    expect(isSelectable({ file: "Plan.xlsx" }, "Plan.xlsx")).toBe(false);
  });

  it("names the open workbook by the last part of its path or address", () => {
    expect(workbookNameOf("C:\\Ekonomi\\Plan 2026.xlsx", "Arbetsbok")).toBe("Plan 2026.xlsx");
    expect(workbookNameOf("https://kommun.sharepoint.com/sites/ek/Delade%20dokument/M%C3%A5lplan.xlsx?web=1", "Arbetsbok")).toBe("Målplan.xlsx");
    expect(workbookNameOf("/tmp/100% plan.xlsx", "Arbetsbok")).toBe("100% plan.xlsx");
    expect(workbookNameOf(undefined, "Arbetsbok")).toBe("Arbetsbok");
  });

  it("keeps the task pane's first screen within its size budget (300 KB of JavaScript, gzipped)", () => {
    const report = JSON.parse(readFileSync(path.resolve(__dirname, "../../dist/size-report.json"), "utf8")) as { gzippedKb: number; budgetKb: number; files: string[] };
    console.log(`Task pane initial JavaScript: ${report.gzippedKb} KB gzipped (${report.files.join(", ")}).`);
    expect(report.budgetKb).toBe(300);
    expect(report.gzippedKb).toBeLessThanOrEqual(300);
    expect(report.files).toEqual(["taskpane.js"]);
  });
});
