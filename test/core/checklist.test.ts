import { FollowUp, checklist, planOnlyInput, type ChecklistItem, type Plan } from "../../src/core";
import { examplePlan } from "../../src/example/generate-plan";
import { checklistLine } from "../../src/reports/checklist-text";

const kinds = (items: readonly ChecklistItem[]) => new Set(items.map((item) => item.kind));

describe("the controller's checklist", () => {
  const plan = examplePlan();

  it("lists every goal whose justification is Puls's proposal, and the unconfirmed conclusion on good financial management", () => {
    const items = checklist(new FollowUp(planOnlyInput(plan, "2026-D")));
    const proposed = items.filter((item) => item.kind === "proposedJustification");
    // R12 has the controllers' own justification for 2026-D; every other judged goal has Puls's draft.
    const judged = plan.goals.filter((goal) => ["resultGoal", "divisionGoal", "administrationGoal"].includes(goal.level));
    expect(proposed).toHaveLength(judged.length - 1);
    expect(proposed.some((item) => item.kind === "proposedJustification" && item.goal.id === "R12")).toBe(false);
    expect(kinds(items).has("proposedSoundFinances")).toBe(true);
  });

  it("names a manual verdict that differs from the computed one, with who and when", () => {
    const items = checklist(new FollowUp(planOnlyInput(plan, "2026-D")));
    const differs = items.find((item) => item.kind === "manualDiffers");
    expect(differs).toMatchObject({ kind: "manualDiffers", goal: { id: "R12" }, manual: "partlyMet", assessedBy: "Ekonomikontoret" });
    expect(checklistLine(differs!, "sv")).toContain("den egna bedömningen Delvis uppfyllt (Ekonomikontoret, 2026-09-20) gäller");
  });

  it("names a political assessment that differs from the verdict the reports show, and not one that agrees", () => {
    const verdict = new FollowUp(planOnlyInput(plan, "2026-D")).goalAssessment("R04")?.effective ?? "cannotAssess";
    const other = verdict === "notMet" ? "Uppfyllt" : "Ej uppfyllt";
    const same = { met: "Uppfyllt", partlyMet: "Delvis uppfyllt", notMet: "Ej uppfyllt", cannotAssess: "Kan ej bedömas" }[verdict];
    const withPolitical = (word: string): Plan => ({ ...plan, politicalAnalysis: plan.politicalAnalysis.map((row) => (row.goal === "R04" && row.period === "2026-D" ? { ...row, politicalAssessment: word } : row)) });
    const differing = checklist(new FollowUp(planOnlyInput(withPolitical(other), "2026-D"))).filter((item) => item.kind === "politicalDiffers");
    expect(differing).toHaveLength(1);
    expect(checklistLine(differing[0]!, "sv")).toContain(`den politiska bedömningen "${other}" skiljer sig`);
    expect(checklist(new FollowUp(planOnlyInput(withPolitical(same), "2026-D"))).filter((item) => item.kind === "politicalDiffers")).toHaveLength(0);
  });

  it("says when too little data came in, and which goals cannot be assessed", () => {
    const empty: Plan = { ...plan, actuals: plan.actuals.filter((row) => row.period !== "2026-D") };
    const items = checklist(new FollowUp(planOnlyInput(empty, "2026-D")));
    expect(kinds(items).has("lowCoverage")).toBe(true);
    expect(items.filter((item) => item.kind === "cannotAssess").length).toBeGreaterThan(10);
    const low = items.find((item) => item.kind === "lowCoverage");
    expect(checklistLine(low!, "sv")).toMatch(/^Bara 0 av \d+ värden \(0\u00a0%\) har utfall; planens lägsta täckning är 50\u00a0%\.$/);
  });

  it("is empty of confirmations once the controllers have written every justification and the GEH conclusion", () => {
    const goals = plan.goals.filter((goal) => ["resultGoal", "divisionGoal", "administrationGoal"].includes(goal.level));
    const followUp = new FollowUp(planOnlyInput(plan, "2026-D"));
    const written: Plan = {
      ...plan,
      assessments: [
        ...goals.map((goal) => ({ goal: goal.id, organisation: goal.organisation, period: "2026-D", assessment: followUp.goalAssessment(goal.id)?.computed.assessment ?? "cannotAssess", justification: "Skriven av controllern.", assessedBy: "Controller", date: "2026-09-25", at: { sheet: "Bedömningar" } })),
        { goal: "GEH", organisation: "K", period: "2026-D", assessment: "partlyMet", justification: "Delvis förenlig.", assessedBy: "Kommunstyrelsen", date: "2026-09-30", at: { sheet: "Bedömningar" } },
      ],
    };
    const items = checklist(new FollowUp(planOnlyInput(written, "2026-D")));
    expect(kinds(items).has("proposedJustification")).toBe(false);
    expect(kinds(items).has("proposedSoundFinances")).toBe(false);
    expect(kinds(items).has("manualDiffers")).toBe(false);
  });
});
