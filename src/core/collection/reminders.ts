/**
 * Who to remind (docs/workbooks.md §3, *Påminnelser*): every unit that should report the period
 * and has not handed in, with its manager's name and e-mail from the plan's Organisation, and
 * whether the deadline has passed (it is then late) on the day asked about. A unit that handed in
 * after the deadline has handed in: it is shown as late in Inrapporteringsstatus, not reminded.
 */
import type { Plan } from "../plan/model";
import type { ReportingStatusRow } from "./model";

/** A unit to remind: not handed in, before the deadline (`waiting`) or after it (`late`). */
export interface Reminder {
  readonly organisation: string;
  readonly name: string;
  readonly manager: string;
  /** The manager's e-mail, or "" when the plan has none (or none that can be an address). */
  readonly email: string;
  readonly state: "waiting" | "late";
}

/**
 * A plausible e-mail address: one @, no spaces, commas, semicolons or angle brackets (which would
 * split a list of addresses or a mailto link). Not a full check: the mail program has the last word.
 */
export function isEmailAddress(text: string): boolean {
  return /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/.test(text);
}

/** The units of `reporting` that have not handed in, in its order, with whom to write to; late when `day` is after the plan's deadline. */
export function reminders(plan: Plan, reporting: readonly ReportingStatusRow[], day: string): Reminder[] {
  const byId = new Map(plan.organisation.map((unit) => [unit.id, unit]));
  const deadline = plan.settings.deadline;
  const late = deadline !== null && day > deadline;
  return reporting
    .filter((row) => row.state === "missing")
    .map((row) => {
      const unit = byId.get(row.organisation);
      const email = (unit?.email ?? "").trim();
      return { organisation: row.organisation, name: unit?.name ?? row.organisation, manager: (unit?.manager ?? "").trim(), email: isEmailAddress(email) ? email : "", state: late ? "late" : "waiting" };
    });
}
