/**
 * The controller's checklist (*checklista*): everything missing or doubtful before the reports go
 * to the council — units that did not report, goals that cannot be assessed, justifications and
 * the conclusion on good financial management that Puls drafted and nobody confirmed, verdicts that
 * differ, too little data. It lives beside the council text (the consolidated workbook's
 * `Checklista`, the list `puls report` prints), never inside it.
 */
import { hasReported } from "../collection/model";
import type { Assessment } from "../rollup";
import { assessmentOfLabel } from "../labels";
import { soundFinancesJudgement } from "./annual";
import type { FollowUp } from "./follow-up";
import type { GoalRef, OrgRef } from "./refs";

export type ChecklistItem =
  | { readonly kind: "notReported"; readonly organisation: OrgRef }
  | { readonly kind: "lowCoverage"; readonly withOutcome: number; readonly values: number; readonly minCoverage: number }
  | { readonly kind: "cannotAssess"; readonly goal: GoalRef; readonly organisation: OrgRef; readonly coverage: number }
  | { readonly kind: "proposedJustification"; readonly goal: GoalRef; readonly organisation: OrgRef }
  | { readonly kind: "proposedSoundFinances" }
  | { readonly kind: "manualDiffers"; readonly goal: GoalRef; readonly computed: Assessment; readonly manual: Assessment; readonly assessedBy: string; readonly date: string }
  | { readonly kind: "politicalDiffers"; readonly goal: GoalRef; readonly standing: Assessment; readonly political: string }
  | { readonly kind: "politicalMissing"; readonly goal: GoalRef };

/** The checklist of a follow-up, in the order a controller works through it. */
export function checklist(followUp: FollowUp): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const { plan } = followUp;
  for (const row of followUp.reporting ?? []) if (!hasReported(row.state)) items.push({ kind: "notReported", organisation: followUp.orgRef(row.organisation) });
  const { values, withOutcome } = followUp.basis().data;
  if (values > 0 && withOutcome / values < plan.settings.minCoverage) items.push({ kind: "lowCoverage", withOutcome, values, minCoverage: plan.settings.minCoverage });
  const judged = new Set(["resultGoal", "divisionGoal", "administrationGoal"]);
  for (const assessment of followUp.evaluation.goals) {
    const goal = followUp.goal(assessment.goal);
    if (goal === undefined || !judged.has(goal.level)) continue;
    const ref = followUp.goalRef(goal.id);
    const organisation = followUp.orgRef(assessment.organisation);
    if (assessment.effective === "cannotAssess") items.push({ kind: "cannotAssess", goal: ref, organisation, coverage: assessment.computed.coverage });
    if (assessment.manual === null || assessment.manual.justification.trim() === "") items.push({ kind: "proposedJustification", goal: ref, organisation });
    if (assessment.manual !== null && assessment.differs) {
      items.push({ kind: "manualDiffers", goal: ref, computed: assessment.computed.assessment, manual: assessment.manual.assessment, assessedBy: assessment.manual.assessedBy, date: assessment.manual.date });
    }
    const political = plan.politicalAnalysis.find((row) => row.goal === goal.id && row.period === followUp.period);
    // The political analysis has a section per result goal: its words are the majority's to write.
    if (goal.level === "resultGoal" && (political === undefined || [political.politicalAssessment, political.analysis, political.conclusions].every((text) => text.trim() === ""))) {
      items.push({ kind: "politicalMissing", goal: ref });
    }
    const word = political === undefined ? undefined : assessmentOfLabel(political.politicalAssessment);
    if (political !== undefined && word !== undefined && word !== assessment.effective) {
      items.push({ kind: "politicalDiffers", goal: ref, standing: assessment.effective, political: political.politicalAssessment });
    }
  }
  if (soundFinancesJudgement(followUp) === null) items.push({ kind: "proposedSoundFinances" });
  return items;
}
