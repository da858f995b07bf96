/**
 * The steps as one compact row of numbered buttons: where you are (aria-current, and its name
 * in the heading below), the steps done marked with a tick, and a way to any step. Each button's
 * name is the step's full name, for screen readers and as its tooltip.
 */
import { Button, Tooltip } from "@fluentui/react-components";
import { WIZARD_STEPS, stepNumber, type WizardStep } from "../wizard/steps";
import type { WizardTexts } from "../wizard/texts";

export interface StepNavProps {
  readonly texts: WizardTexts;
  readonly step: WizardStep;
  readonly done: ReadonlySet<WizardStep>;
  readonly disabled: boolean;
  readonly onStep: (step: WizardStep) => void;
}

export function StepNav({ texts, step, done, disabled, onStep }: StepNavProps) {
  return (
    <nav aria-label={texts.stepsLabel} className="steps">
      <ol>
        {WIZARD_STEPS.map((each) => {
          const name = `${stepNumber(each)}. ${texts.steps[each]}${done.has(each) ? ` (${texts.stepDone})` : ""}`;
          const state = each === step ? "current" : done.has(each) ? "done" : "todo";
          return (
            <li key={each} data-state={state}>
              <Tooltip content={name} relationship="label" withArrow>
                <Button size="small" shape="circular" appearance={each === step ? "primary" : "subtle"} aria-current={each === step ? "step" : undefined} disabled={disabled} onClick={() => onStep(each)}>
                  {done.has(each) && each !== step ? `✓${stepNumber(each)}` : String(stepNumber(each))}
                </Button>
              </Tooltip>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
