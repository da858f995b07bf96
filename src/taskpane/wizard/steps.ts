/**
 * The wizard's steps by name, in the one order the pane shows them. Positions exist only for the
 * screen ("Step 3 of 7") and for reading memory an earlier version saved as a step number.
 */

/** The steps, in order. */
export const WIZARD_STEPS = ["plan", "templates", "collect", "review", "assess", "reports", "nextYear"] as const;

export type WizardStep = (typeof WIZARD_STEPS)[number];

export const FIRST_STEP: WizardStep = "plan";

/** The step's position, from 1, as the pane numbers it. */
export function stepNumber(step: WizardStep): number {
  return WIZARD_STEPS.indexOf(step) + 1;
}

/** The step before, or null on the first. */
export function stepBefore(step: WizardStep): WizardStep | null {
  return WIZARD_STEPS[WIZARD_STEPS.indexOf(step) - 1] ?? null;
}

/** The step after, or null on the last. */
export function stepAfter(step: WizardStep): WizardStep | null {
  return WIZARD_STEPS[WIZARD_STEPS.indexOf(step) + 1] ?? null;
}

/** Review and assessment work on collected outcomes: without a collection they have nothing to show. */
export function needsCollection(step: WizardStep): boolean {
  return step === "review" || step === "assess";
}

function isWizardStep(value: unknown): value is WizardStep {
  return WIZARD_STEPS.some((step) => step === value);
}

/**
 * A remembered step: its name, or the 0-based position earlier versions saved (in the same order);
 * anything else is the first step.
 */
export function parseSavedStep(value: unknown): WizardStep {
  if (isWizardStep(value)) return value;
  if (typeof value === "number" && Number.isInteger(value)) return WIZARD_STEPS[value] ?? FIRST_STEP;
  return FIRST_STEP;
}
