/** The steps as a numbered list of buttons: where you are (aria-current) and a way to any step. */
import { Button } from "@fluentui/react-components";
import type { WizardTexts } from "../wizard/texts";

export function StepNav({ texts, step, onStep }: { readonly texts: WizardTexts; readonly step: number; readonly onStep: (step: number) => void }) {
  return (
    <nav aria-label={texts.stepsLabel} className="steps">
      <ol>
        {texts.steps.map((title, index) => (
          <li key={title}>
            <Button size="small" appearance={index === step ? "primary" : "subtle"} aria-current={index === step ? "step" : undefined} onClick={() => onStep(index)}>
              {`${index + 1}. ${title}`}
            </Button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
