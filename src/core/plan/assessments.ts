/**
 * A controller's own assessment of a goal (docs/rules.md: the manual assessment overrides the computed
 * one, and must be justified). Pure: the caller stores the new plan's Bedömningar where it keeps it.
 */
import type { AssessmentRow, Plan } from "./model";

/** An assessment as a controller sets it: an {@link AssessmentRow} without its place in a workbook. */
export type AssessmentEntry = Omit<AssessmentRow, "at">;

/** Why an entry cannot be stored, in Swedish and English; null when it can. */
export function assessmentEntryProblem(entry: AssessmentEntry): { readonly sv: string; readonly en: string } | null {
  if (entry.justification.trim() === "") return { sv: "Skriv en motivering: en egen bedömning måste motiveras.", en: "Write a justification: your own assessment must be justified." };
  return null;
}

/**
 * The plan with `entry` as the assessment of its goal, organisation and period (replacing an
 * earlier one for the same three, which is kept nowhere: Bedömningar holds one per goal and period).
 * @throws Error when the entry has no justification (check with {@link assessmentEntryProblem} first).
 */
export function withAssessment(plan: Plan, entry: AssessmentEntry): Plan {
  const problem = assessmentEntryProblem(entry);
  if (problem !== null) throw new Error(problem.en);
  const same = (row: AssessmentRow) => row.goal === entry.goal && row.organisation === entry.organisation && row.period === entry.period;
  const earlier = plan.assessments.find(same);
  const row: AssessmentRow = { ...entry, justification: entry.justification.trim(), at: earlier?.at ?? {} };
  const assessments = earlier === undefined ? [...plan.assessments, row] : plan.assessments.map((r) => (same(r) ? row : r));
  return { ...plan, assessments };
}
