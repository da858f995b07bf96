/**
 * Step 1, Plan och period: the plan (the open workbook or a file), its health, and the period; or
 * a new plan, empty or the example's (as `puls init`).
 */
import { Body1, Button, Field, Select, Subtitle2 } from "@fluentui/react-components";
import { problemMessage, describeLocation, type Language } from "../../core";
import { FilePick } from "../parts/FilePick";
import type { Session } from "../wizard/session";
import type { WizardTexts } from "../wizard/texts";

export interface PlanStepProps {
  readonly texts: WizardTexts;
  readonly language: Language;
  readonly session: Session;
  readonly inExcel: boolean;
  /** While work runs the plan and the period cannot change under it. */
  readonly busy: boolean;
  readonly onOpenWorkbook: () => void;
  readonly onPlanFile: (file: File) => void;
  readonly onPeriod: (period: string) => void;
  readonly onNewPlan: (example: boolean) => void;
}

/** The plan's problems shown at most; the rest are counted (they are all on the plan's own sheets). */
const SHOWN_PROBLEMS = 20;

export function PlanStep({ texts, language, session, inExcel, busy, onOpenWorkbook, onPlanFile, onPeriod, onNewPlan }: PlanStepProps) {
  const loaded = session.plan;
  const errors = loaded?.problems.filter((p) => p.severity === "error").length ?? 0;
  const warnings = (loaded?.problems.length ?? 0) - errors;
  return (
    <section aria-labelledby="step-title">
      {inExcel ? <Button appearance="primary" disabled={busy} onClick={onOpenWorkbook}>{texts.planOpenWorkbook}</Button> : null}
      <FilePick label={texts.planPickFile} multiple={false} disabled={busy} onFiles={(files) => files[0] !== undefined && onPlanFile(files[0])} />
      <Body1 as="p" className="hint">{texts.planFileHint}</Body1>
      {loaded === null ? <NewPlan texts={texts} busy={busy} onNewPlan={onNewPlan} /> : null}
      {loaded === null ? null : (
        <div className="plan-summary">
          <Subtitle2 as="h3">{texts.planLoaded(loaded.plan.settings.municipality, loaded.plan.settings.year, loaded.name)}</Subtitle2>
          <Body1 as="p">{texts.planCounts(loaded.plan.goals.length, loaded.plan.indicators.length, loaded.plan.organisation.length)}</Body1>
          <Field label={texts.period}>
            <Select value={session.period} disabled={busy} onChange={(_, data) => onPeriod(data.value)}>
              {loaded.plan.periods.map((period) => (
                <option key={period.id} value={period.id}>{`${period.id} · ${period.name}`}</option>
              ))}
            </Select>
          </Field>
          <Body1 as="p" className={errors > 0 ? "health bad" : "health"}>
            {loaded.problems.length === 0 ? texts.planHealthy : texts.planProblems(errors, warnings)}
          </Body1>
          {loaded.problems.length === 0 ? null : (
            <ul className="problems" aria-label={texts.reviewProblems}>
              {loaded.problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
                <li key={index}>
                  <strong>{texts.severity[problem.severity]}</strong> {describeLocation(problem.at)}: {problemMessage(problem, language)}
                </li>
              ))}
              {loaded.problems.length > SHOWN_PROBLEMS ? <li>{`… ${loaded.problems.length - SHOWN_PROBLEMS}`}</li> : null}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

/** A new plan where none is open yet: the two starting points of `puls init`. */
function NewPlan({ texts, busy, onNewPlan }: Pick<PlanStepProps, "texts" | "busy" | "onNewPlan">) {
  return (
    <div className="new-plan">
      <Subtitle2 as="h3">{texts.planNewTitle}</Subtitle2>
      <Body1 as="p" className="hint">{texts.planNewHint}</Body1>
      <div className="row">
        <Button disabled={busy} onClick={() => onNewPlan(false)}>{texts.planNewEmpty}</Button>
        <Button disabled={busy} onClick={() => onNewPlan(true)}>{texts.planNewExample}</Button>
      </div>
    </div>
  );
}
