/** Step 2, Inrapporteringsmallar: the units' templates as files, or as sheets of this workbook. */
import { Body1, Button } from "@fluentui/react-components";
import type { WizardTexts } from "../wizard/texts";

export interface TemplatesStepProps {
  readonly texts: WizardTexts;
  readonly units: number;
  readonly period: string;
  readonly inExcel: boolean;
  readonly busy: boolean;
  readonly onZip: () => void;
  readonly onShared: () => void;
  readonly onSheets: () => void;
}

export function TemplatesStep({ texts, units, period, inExcel, busy, onZip, onShared, onSheets }: TemplatesStepProps) {
  return (
    <section aria-labelledby="step-title" className="stack">
      <Body1 as="p">{texts.templatesLead(units, period)}</Body1>
      <Button appearance="primary" disabled={busy} onClick={onZip}>{texts.templatesZip}</Button>
      <Button disabled={busy} onClick={onShared}>{texts.templatesShared}</Button>
      {inExcel ? <Button disabled={busy} onClick={onSheets}>{texts.templatesSheets}</Button> : null}
    </section>
  );
}
