/** Step 3, Hämta in: the units' workbooks (files, or the unit sheets of this workbook); the pane shows progress per file. */
import { Body1, Button, Field, Input } from "@fluentui/react-components";
import { FilePick } from "../parts/FilePick";
import type { WizardTexts } from "../wizard/texts";

export interface CollectStepProps {
  readonly texts: WizardTexts;
  readonly chosen: readonly File[];
  readonly inExcel: boolean;
  readonly busy: boolean;
  readonly collectedAt: string;
  readonly collected: boolean;
  readonly onFiles: (files: File[]) => void;
  readonly onDate: (date: string) => void;
  readonly onCollect: () => void;
  readonly onCollectSheets: () => void;
  readonly onDownload: () => void;
  readonly onWrite: () => void;
}

export function CollectStep(props: CollectStepProps) {
  const { texts, chosen, inExcel, busy } = props;
  return (
    <section aria-labelledby="step-title" className="stack">
      <Body1 as="p">{texts.collectLead}</Body1>
      <FilePick label={texts.collectPick} dropText={texts.collectDrop} dropLabel={texts.collectDropLabel} multiple onFiles={props.onFiles} />
      <Body1 as="p" aria-live="polite">{texts.collectChosen(chosen.length)}</Body1>
      <Field label={texts.collectDate}>
        <Input type="date" value={props.collectedAt} onChange={(_, data) => props.onDate(data.value)} />
      </Field>
      <Body1 as="p" className="hint">{texts.collectAgain}</Body1>
      <Button appearance="primary" disabled={busy || chosen.length === 0} onClick={props.onCollect}>{texts.collectStart}</Button>
      {inExcel ? <Button disabled={busy} onClick={props.onCollectSheets}>{texts.collectUseSheets}</Button> : null}
      {props.collected ? (
        <>
          <Button disabled={busy} onClick={props.onDownload}>{texts.downloadConsolidated}</Button>
          {inExcel ? <Button disabled={busy} onClick={props.onWrite}>{texts.writeConsolidated}</Button> : null}
        </>
      ) : null}
    </section>
  );
}
