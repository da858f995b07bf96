/**
 * Step 3, Hämta in: the units' workbooks (files, or the unit sheets of this workbook), for the
 * period it names. Files picked and dropped add up in a list, each with a way to remove it; files
 * Puls cannot read are listed with the reason instead of vanishing. The pane shows progress per file.
 * The controller's name is asked here once: the audit log (Logg) says who collected.
 */
import { Body1, Button, Field, Input } from "@fluentui/react-components";
import { FilePick } from "../parts/FilePick";
import type { PickedFiles } from "../wizard/picked-files";
import type { WizardTexts } from "../wizard/texts";

export interface CollectStepProps {
  readonly texts: WizardTexts;
  readonly picked: PickedFiles;
  /** The period collected, and its name on the plan's Perioder sheet. */
  readonly period: string;
  readonly periodName: string;
  readonly inExcel: boolean;
  readonly busy: boolean;
  readonly collectedAt: string;
  /** The controller's name, for the audit log. */
  readonly user: string;
  readonly onUser: (name: string) => void;
  readonly collected: boolean;
  readonly onFiles: (files: File[]) => void;
  readonly onRemove: (file: File) => void;
  readonly onClear: () => void;
  readonly onDate: (date: string) => void;
  readonly onCollect: () => void;
  readonly onCollectSheets: () => void;
  readonly onDownload: () => void;
  readonly onWrite: () => void;
}

export function CollectStep(props: CollectStepProps) {
  const { texts, picked, inExcel, busy } = props;
  const { files, refused } = picked;
  return (
    <section aria-labelledby="step-title" className="stack">
      <Body1 as="p" className="period-line">{texts.collectPeriod(props.period, props.periodName)}</Body1>
      <Body1 as="p">{texts.collectLead}</Body1>
      <FilePick label={texts.collectPick} dropText={texts.collectDrop} dropLabel={texts.collectDropLabel} multiple disabled={busy} onFiles={props.onFiles} />
      <div className="row chosen-line">
        <Body1 as="p" aria-live="polite" className="chosen-count">{texts.collectChosen(files.length)}</Body1>
        {files.length > 0 ? <Button size="small" appearance="subtle" disabled={busy} onClick={props.onClear}>{texts.collectClear}</Button> : null}
      </div>
      {files.length === 0 ? null : (
        <ul className="chosen" aria-label={texts.collectChosenLabel}>
          {files.map((file) => (
            <li key={`${file.name}|${file.size}|${file.lastModified}`}>
              <span className="file-name">{file.name}</span>
              <Button size="small" appearance="subtle" disabled={busy} aria-label={texts.collectRemoveFile(file.name)} onClick={() => props.onRemove(file)}>
                {texts.collectRemove}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {refused.length === 0 ? null : (
        <div className="refused">
          <Body1 as="p">{texts.collectRefused(refused.length)}</Body1>
          <ul aria-label={texts.collectRefusedLabel}>
            {refused.map((file) => (
              <li key={file.name}>{texts.fileRefused(file.name, texts.refusals[file.reason])}</li>
            ))}
          </ul>
        </div>
      )}
      <Field label={texts.collectDate}>
        <Input type="date" value={props.collectedAt} disabled={busy} onChange={(_, data) => props.onDate(data.value)} />
      </Field>
      <Field label={texts.logUser} hint={texts.logUserHint}>
        <Input value={props.user} disabled={busy} autoComplete="name" onChange={(_, data) => props.onUser(data.value)} />
      </Field>
      <Button appearance="primary" disabled={busy || files.length === 0} onClick={props.onCollect}>{texts.collectStart}</Button>
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
