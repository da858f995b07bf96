/** Step 6, Rapporter: any of the four reports, as files to save and (in Excel) into the workbook. */
import { Body1, Button } from "@fluentui/react-components";
import type { ReportKind } from "../../app/reports";
import type { WizardTexts } from "../wizard/texts";

export interface ReportsStepProps {
  readonly texts: WizardTexts;
  readonly period: string;
  readonly collected: boolean;
  readonly inExcel: boolean;
  readonly canOpenNew: boolean;
  readonly busy: boolean;
  readonly onFiles: (kind: ReportKind) => void;
  readonly onWorkbook: (kind: ReportKind) => void;
  readonly onNewWorkbook: (kind: ReportKind) => void;
}

const KINDS: readonly ReportKind[] = ["operational", "political", "annual", "interim"];

export function ReportsStep({ texts, period, collected, inExcel, canOpenNew, busy, onFiles, onWorkbook, onNewWorkbook }: ReportsStepProps) {
  return (
    <section aria-labelledby="step-title" className="stack">
      <Body1 as="p">{texts.reportsLead(period)}</Body1>
      {collected ? null : <Body1 as="p" className="hint">{texts.reportsPlanOnly}</Body1>}
      <ul className="reports">
        {KINDS.map((kind) => (
          <li key={kind}>
            <Body1 as="h3" className="report-name">{texts.reportNames[kind]}</Body1>
            <div className="row">
              <Button appearance="primary" disabled={busy} onClick={() => onFiles(kind)} aria-label={`${texts.reportMake}: ${texts.reportNames[kind]}`}>
                {texts.reportMake}
              </Button>
              {inExcel ? <Button disabled={busy} onClick={() => onWorkbook(kind)}>{texts.reportInWorkbook}</Button> : null}
              {inExcel && canOpenNew ? <Button disabled={busy} onClick={() => onNewWorkbook(kind)}>{texts.reportNewWorkbook}</Button> : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
