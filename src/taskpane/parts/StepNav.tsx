/** The steps as a numbered list of buttons: where you are (aria-current) and a way to any step. */
import { Button } from "@fluentui/react-components";
import { WIZARD_STEPS, stepNumber, type WizardStep } from "../wizard/steps";
import type { WizardTexts } from "../wizard/texts";

export function StepNav({ texts, step, onStep }: { readonly texts: WizardTexts; readonly step: WizardStep; readonly onStep: (step: WizardStep) => void }) {
  return (
    <nav aria-label={texts.stepsLabel} className="steps">
      <ol>
        {WIZARD_STEPS.map((each) => (
          <li key={each}>
            <Button size="small" appearance={each === step ? "primary" : "subtle"} aria-current={each === step ? "step" : undefined} onClick={() => onStep(each)}>
              {`${stepNumber(each)}. ${texts.steps[each]}`}
            </Button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
