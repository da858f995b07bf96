/**
 * The reminder list of step 4, the same as `puls remind` (app/remind.ts): every unit that has not
 * handed in with its manager and e-mail (or that it has none), one mailto link to all of them as
 * blind copies with a Swedish subject and body, and a button that copies the list as tab-separated
 * lines (it pastes into a mail as lines and into Excel as columns).
 */
import { Body1, Button, Link, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import type { Reminders } from "../../app/remind";
import type { WizardTexts } from "../wizard/texts";

export interface ReminderListProps {
  readonly texts: WizardTexts;
  readonly reminders: Reminders;
  readonly today: string;
  /** Puts text on the clipboard (the browser's, or a test's). */
  readonly copy: (text: string) => Promise<void>;
}

/** The list as lines of name, manager and e-mail, tab-separated. */
export function reminderLines(reminders: Reminders, texts: WizardTexts): string {
  return reminders.units.map((unit) => [unit.name, unit.manager, unit.email === "" ? texts.remindNoEmail : unit.email].join("\t")).join("\n");
}

export function ReminderList({ texts, reminders, today, copy }: ReminderListProps) {
  const [copied, setCopied] = useState<string | null>(null);
  const withEmail = reminders.units.length - reminders.withoutEmail.length;
  const copyList = () => {
    copy(reminderLines(reminders, texts)).then(() => setCopied(texts.remindCopied), () => setCopied(texts.remindCopyFailed));
  };
  return (
    <div className="reminders stack">
      <Subtitle2 as="h4">{texts.remindTitle}</Subtitle2>
      <Body1 as="p">{texts.remindLead(reminders.deadline, reminders.deadline !== null && today > reminders.deadline)}</Body1>
      <ul className="named" aria-label={texts.remindListLabel}>
        {reminders.units.map((unit) => (
          <li key={unit.organisation}>
            <span className="unit-name">{unit.name}</span>
            <span className="where">{`, ${unit.manager === "" ? texts.remindNoManager : unit.manager}, `}</span>
            {unit.email === "" ? <strong className="where">{texts.remindNoEmail}</strong> : <span className="where">{unit.email}</span>}
          </li>
        ))}
      </ul>
      {reminders.withoutEmail.length === 0 ? null : <Body1 as="p">{texts.remindWithoutEmail(reminders.withoutEmail.length)}</Body1>}
      <div className="row">
        {reminders.mailto === "" ? null : <Link href={reminders.mailto} target="_blank" rel="noopener">{texts.remindMail(withEmail)}</Link>}
        <Button size="small" onClick={copyList}>{texts.remindCopy}</Button>
      </div>
      {copied === null ? null : <Body1 as="p" role="status">{copied}</Body1>}
    </div>
  );
}
