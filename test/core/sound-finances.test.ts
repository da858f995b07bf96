import { FollowUp, annualReport, planOnlyInput, soundFinancesProposal, type AssessmentCounts, type BalanceRequirement } from "../../src/core";
import { examplePlan } from "../../src/example/generate-plan";
import { balanceSentence, proposalSentences } from "../../src/reports/sound-finances-text";

const counts = (met: number, partlyMet: number, notMet: number, cannotAssess = 0): AssessmentCounts => ({ met, partlyMet, notMet, cannotAssess });
const balance = (balanceResult: number): BalanceRequirement => ({ indicator: { id: "N", name: "Årets resultat", unit: "tkr", direction: "higher" }, result: balanceResult + 3200, forecast: false, source: null, adjustments: -3200, balanceResult, met: balanceResult >= 0 });

describe("the proposed conclusion on good financial management", () => {
  it("is consistent when most financial and most other goals are met and the balance requirement holds", () => {
    expect(soundFinancesProposal(counts(2, 1, 0), counts(7, 2, 0), balance(12_000)).conclusion).toBe("consistent");
  });

  it("is not consistent when the balance requirement fails, however the goals went", () => {
    expect(soundFinancesProposal(counts(3, 0, 0), counts(9, 0, 0), balance(-1)).conclusion).toBe("notConsistent");
  });

  it("is not consistent when neither the financial nor the other goals are half reached", () => {
    expect(soundFinancesProposal(counts(0, 1, 2), counts(1, 1, 7), null).conclusion).toBe("notConsistent");
  });

  it("is partly consistent in between, and cannot be assessed without any assessed goal", () => {
    expect(soundFinancesProposal(counts(1, 1, 1), counts(6, 3, 0), balance(0)).conclusion).toBe("partlyConsistent");
    expect(soundFinancesProposal(counts(0, 0, 0, 3), counts(0, 0, 0, 9), null).conclusion).toBe("cannotAssess");
  });

  it("says why in council words, with the balance requirement's own numbers", () => {
    const [conclusion, goals, requirement] = proposalSentences(soundFinancesProposal(counts(1, 1, 1), counts(6, 3, 0), balance(45_853)), "sv");
    expect(conclusion).toBe("Kommunens ekonomi bedöms vara delvis förenlig med god ekonomisk hushållning.");
    expect(goals).toBe("1 av 3 finansiella mål och 6 av 9 övriga resultatmål är uppfyllda; 4 är delvis uppfyllda.");
    expect(requirement).toBe("Balanskravsresultatet är 45\u202f853\u00a0tkr (årets resultat 49\u202f053\u00a0tkr, justeringar −3\u202f200\u00a0tkr): balanskravet är uppfyllt.");
    expect(balanceSentence({ ...balance(-500), forecast: true }, "sv")).toContain("balanskravet beräknas inte uppfyllas");
  });

  it("forecasts the year's result in the interim report from the plan's result indicator and adjustments", () => {
    const plan = examplePlan();
    const report = annualReport(new FollowUp(planOnlyInput(plan, "2025-D")), "interim");
    const row = new FollowUp(planOnlyInput(plan, "2025-D")).headline(plan.indicators.find((i) => i.id === plan.settings.resultIndicator)!);
    const proposal = report.financial.proposal;
    expect(proposal.balance?.forecast).toBe(true);
    expect(proposal.balance?.result).toBeCloseTo((row?.actual ?? NaN) * 12 / 8, 6);
    expect(proposal.balance?.balanceResult).toBeCloseTo((proposal.balance?.result ?? NaN) - 3200, 6);
    const annual = annualReport(new FollowUp(planOnlyInput(plan, "2025")), "annual").financial.proposal.balance;
    expect(annual?.forecast).toBe(false);
  });
});
