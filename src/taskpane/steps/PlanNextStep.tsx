/**
 * Step 7, Planera nästa år: next year's plan from this one (the same as `puls plan next`), opened
 * as a new workbook in Excel or saved as a file, and what the planning should take up, per goal.
 */
import { Body1, Button, Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import type { Language, NextYearPlan } from "../../core";
import { findingRows, type FindingRow } from "../../app/planning";
import type { WizardTexts } from "../wizard/texts";

export interface PlanNextStepProps {
  readonly texts: WizardTexts;
  readonly language: Language;
  readonly planYear: number;
  /** The period whose collected outcomes are carried along, or null when nothing was collected. */
  readonly collectedPeriod: string | null;
  readonly result: NextYearPlan | null;
  readonly busy: boolean;
  readonly onMake: (year: number) => void;
}

export function PlanNextStep({ texts, language, planYear, collectedPeriod, result, busy, onMake }: PlanNextStepProps) {
  const [yearText, setYearText] = useState(String(planYear + 1));
  const year = /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : null;
  const valid = year !== null && year > planYear;
  return (
    <section aria-labelledby="step-title" className="stack">
      <Body1 as="p">{texts.nextLead(year ?? planYear + 1)}</Body1>
      {collectedPeriod === null ? null : <Body1 as="p" className="hint">{texts.nextWithCollection(collectedPeriod)}</Body1>}
      <Field label={texts.nextYear} validationState={valid ? "none" : "error"}>
        <Input type="number" min={planYear + 1} value={yearText} onChange={(_, data) => setYearText(data.value)} />
      </Field>
      <Button appearance="primary" disabled={busy || !valid} onClick={() => year !== null && onMake(year)}>
        {texts.nextMake(year ?? planYear + 1)}
      </Button>
      {result === null ? null : <Findings texts={texts} result={result} rows={findingRows(result, language)} />}
    </section>
  );
}

function Findings({ texts, result, rows }: { readonly texts: WizardTexts; readonly result: NextYearPlan; readonly rows: readonly FindingRow[] }) {
  const raised = result.proposals.filter((proposal) => proposal.basis.kind === "raised").length;
  // Workbook text (goal names, conclusions) is shown as text, never as markup.
  const byGoal = new Map<string, FindingRow[]>();
  for (const row of rows) byGoal.set(row.goal, [...(byGoal.get(row.goal) ?? []), row]);
  return (
    <>
      <Body1 as="p">{texts.nextSummary(raised, result.proposals.length, rows.length)}</Body1>
      {rows.length === 0 ? (
        <Body1 as="p">{texts.nextNoFindings}</Body1>
      ) : (
        <ul className="goals findings" aria-label={texts.nextFindingsLabel}>
          {[...byGoal].map(([goal, goalRows]) => (
            <li key={goal} data-goal={goal}>
              <Body1 as="h3" className="report-name">{`${goal} ${goalRows[0]?.goalName ?? ""}`}</Body1>
              <ul className="finding-list">
                {goalRows.map((row, index) => (
                  <li key={index}>
                    <span>{[row.kind, row.about].filter((part) => part !== "").join(": ")}</span>
                    {row.periods === "" ? null : <span className="hint">{` (${row.periods})`}</span>}
                    {row.detail === "" ? null : <Body1 as="p" className="hint">{row.detail}</Body1>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
