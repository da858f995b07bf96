/**
 * Step 6, Rapporter: the four reports, as files to save and (in Excel) into the workbook. A report
 * the period does not allow (src/app/report-allowances.ts) is offered only as a draft, with the reason.
 * One primary button, as in every step: the period's own council report (the annual or interim
 * report, else the operational report); the others are there with equal, lesser weight.
 */
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
  /** Why a report can be made only as a draft, by kind (absent: it can be made). */
  readonly draftOnly: Readonly<Partial<Record<ReportKind, string>>>;
  readonly onFiles: (kind: ReportKind) => void;
  readonly onWorkbook: (kind: ReportKind) => void;
  readonly onNewWorkbook: (kind: ReportKind) => void;
  /** The period's main report (its primary button), or null when none can be made but as a draft. */
  readonly main: ReportKind | null;
}

const KINDS: readonly ReportKind[] = ["operational", "political", "annual", "interim"];

export function ReportsStep({ texts, period, collected, inExcel, canOpenNew, busy, draftOnly, onFiles, onWorkbook, onNewWorkbook, main }: ReportsStepProps) {
  return (
    <section aria-labelledby="step-title" className="stack">
      <Body1 as="p">{texts.reportsLead(period)}</Body1>
      {collected ? null : <Body1 as="p" className="hint">{texts.reportsPlanOnly}</Body1>}
      <ul className="reports">
        {KINDS.map((kind) => {
          const why = draftOnly[kind];
          const make = why === undefined ? texts.reportMake : texts.reportMakeDraft;
          return (
          <li key={kind}>
            <Body1 as="h3" className="report-name">{texts.reportNames[kind]}</Body1>
            {why === undefined ? null : <Body1 as="p" className="hint">{texts.reportDraftOnly(why)}</Body1>}
            <div className="row">
              <Button appearance={kind === main ? "primary" : "secondary"} disabled={busy} onClick={() => onFiles(kind)} aria-label={`${make}: ${texts.reportNames[kind]}`}>
                {make}
              </Button>
              {inExcel ? <Button disabled={busy} onClick={() => onWorkbook(kind)}>{texts.reportInWorkbook}</Button> : null}
              {inExcel && canOpenNew ? <Button disabled={busy} onClick={() => onNewWorkbook(kind)}>{texts.reportNewWorkbook}</Button> : null}
            </div>
          </li>
          );
        })}
      </ul>
    </section>
  );
}
