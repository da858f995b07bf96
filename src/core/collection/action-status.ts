/**
 * The status of an action in a unit's action plan, as a word of the domain rather than the text
 * in the cell. The template offers Ej påbörjad, Pågår, Klar and Avbruten; units also type the
 * English words, in any case. Text that is none of these is kept for display (the unit's words
 * are not lost) with the status "unknown", which, like every status but done and cancelled,
 * leaves the action open: it can be overdue.
 */
import { type Language } from "../labels";
import { normaliseWord } from "../words";

/** A status the template offers. */
export type KnownActionStatus = "notStarted" | "ongoing" | "done" | "cancelled";

/** An action's status; "unknown" for text that names none of the known ones. */
export type ActionStatus = KnownActionStatus | "unknown";

/** The known statuses, in the order the template lists them. */
export const KNOWN_ACTION_STATUSES = ["notStarted", "ongoing", "done", "cancelled"] as const satisfies readonly KnownActionStatus[];

export const ACTION_STATUS_LABELS = {
  sv: { notStarted: "Ej påbörjad", ongoing: "Pågår", done: "Klar", cancelled: "Avbruten" },
  en: { notStarted: "Not started", ongoing: "Ongoing", done: "Done", cancelled: "Cancelled" },
} as const satisfies Record<Language, Record<KnownActionStatus, string>>;

const STATUS_BY_WORD = new Map<string, KnownActionStatus>(
  (["sv", "en"] as const).flatMap((language) => KNOWN_ACTION_STATUSES.map((status) => [normaliseWord(ACTION_STATUS_LABELS[language][status]), status] as const)),
);

/**
 * Reads an action's status from its cell text: a Swedish or English label in any case and
 * spacing; a blank cell is not started (the template's default); anything else is unknown.
 * @example parseActionStatus("klar")   // "done"
 * @example parseActionStatus("Väntar") // "unknown"
 */
export function parseActionStatus(text: string): ActionStatus {
  const word = normaliseWord(text);
  if (word === "") return "notStarted";
  return STATUS_BY_WORD.get(word) ?? "unknown";
}

/** Done or cancelled: nothing is left to do, so the action cannot be overdue. */
export function isClosedAction(status: ActionStatus): boolean {
  return status === "done" || status === "cancelled";
}

/**
 * An action's status as a report shows it: the label in the report's language, or, for an
 * unknown status, the text the unit wrote.
 */
export function actionStatusWord(action: { readonly status: ActionStatus; readonly statusText: string }, language: Language): string {
  return action.status === "unknown" ? action.statusText : ACTION_STATUS_LABELS[language][action.status];
}
