/**
 * Use case: the reminders of a period (docs/workbooks.md §3, *Påminnelser*): which units have not
 * handed in, with their managers' names and e-mails from the plan's Organisation, as a list, a
 * CSV for Swedish Excel (UTF-8 with BOM, semicolons) and one mailto link (the addresses as BCC,
 * a Swedish subject and body with the period and the deadline). The CLI and the task pane show the
 * same list from the same reporting status (a collection just made, or a consolidated workbook).
 */
import { reminders, type Plan, type Reminder, type ReportingStatusRow } from "../core";

export type { Reminder } from "../core";

export interface Reminders {
  readonly period: string;
  readonly periodName: string;
  /** The plan's deadline (ISO date), or null when it sets none. */
  readonly deadline: string | null;
  readonly units: readonly Reminder[];
  /** The units of `units` without an e-mail: not in the link, to be reached some other way. */
  readonly withoutEmail: readonly Reminder[];
  readonly subject: string;
  readonly body: string;
  /** One mailto link to every unit with an e-mail, as BCC; "" when there is none to write to. */
  readonly mailto: string;
}

/** The reminders of `period` from its reporting status, judged on `day` (ISO) against the plan's deadline. */
export function remindersOf(plan: Plan, period: string, reporting: readonly ReportingStatusRow[], day: string): Reminders {
  const units = reminders(plan, reporting, day);
  const periodName = plan.periods.find((candidate) => candidate.id === period)?.name ?? period;
  const deadline = plan.settings.deadline;
  const subject = `Påminnelse: inrapportering för ${periodName} (${period})`;
  const body = [
    "Hej!",
    "",
    `Vi har ännu inte fått er inrapportering för ${periodName} (${period}).`,
    deadline === null ? "Lämna in den ifyllda inrapporteringsmallen så snart som möjligt." : `Sista dag för inlämning ${day > deadline ? "var" : "är"} ${deadline}. Lämna in den ifyllda inrapporteringsmallen så snart som möjligt.`,
    "Hör av dig om något är oklart eller om ni behöver en ny mall.",
    "",
    "Med vänlig hälsning",
    plan.settings.municipality === "" ? "Controller" : `Controller, ${plan.settings.municipality}`,
  ].join("\n");
  const addresses = [...new Set(units.map((unit) => unit.email).filter((email) => email !== ""))];
  return { period, periodName, deadline, units, withoutEmail: units.filter((unit) => unit.email === ""), subject, body, mailto: addresses.length === 0 ? "" : mailtoLink(addresses, subject, body) };
}

/**
 * A mailto link (RFC 6068) with the addresses as BCC: every part percent-encoded as UTF-8, line
 * breaks as CRLF, so no address, subject or body can add a header or end the link.
 */
export function mailtoLink(bcc: readonly string[], subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `mailto:?bcc=${bcc.map(encode).join(",")}&subject=${encode(subject)}&body=${encode(body.replace(/\r?\n/g, "\r\n"))}`;
}

/** The states as the CSV and the CLI say them. */
export const REMINDER_STATE_LABELS: Readonly<Record<Reminder["state"], string>> = { waiting: "Ej inlämnad", late: "Försenad" };

/**
 * The list as a CSV for Swedish Excel: UTF-8 with a BOM (so å, ä and ö open right), semicolons,
 * CRLF; a field with a semicolon, quote or line break quoted, and one Excel would take for a
 * formula (= + - @, or a tab or CR first) led by an apostrophe, so it opens as the text it is.
 */
export function remindersCsv(list: Reminders): string {
  const header = ["Organisation", "Namn", "Ansvarig", "E-post", "Läge", "Period", "Sista dag"];
  const rows = list.units.map((unit) => [unit.organisation, unit.name, unit.manager, unit.email === "" ? "Saknar e-post" : unit.email, REMINDER_STATE_LABELS[unit.state], list.period, list.deadline ?? ""]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(";")).join("\r\n")}\r\n`;
}

function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
