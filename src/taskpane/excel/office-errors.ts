/**
 * Errors from Office (`OfficeExtension.Error`) as sentences a controller can act on: what failed,
 * where (Excel's own error location, e.g. "Range.values"), and Excel's message.
 */
import type { Language } from "../../core";

interface OfficeErrorLike {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly debugInfo?: { readonly errorLocation?: unknown; readonly statement?: unknown };
}

const HINTS: Readonly<Record<string, { readonly sv: string; readonly en: string }>> = {
  InvalidOperationInCellEditMode: { sv: "Avsluta redigeringen av cellen (Enter eller Esc) och försök igen.", en: "Finish editing the cell (Enter or Esc) and try again." },
  ItemNotFound: { sv: "Bladet eller cellen finns inte längre: kontrollera att det inte har bytt namn eller tagits bort.", en: "The sheet or cell no longer exists: check that it was not renamed or deleted." },
  AccessDenied: { sv: "Arbetsboken är skrivskyddad eller bladet är låst: häv skyddet och försök igen.", en: "The workbook is read-only or the sheet is protected: remove the protection and try again." },
  RequestPayloadSizeLimitExceeded: { sv: "Det blev för mycket data på en gång för Excel på webben: dela upp arbetet eller använd Excel för skrivbordet.", en: "Too much data at once for Excel on the web: split the work or use desktop Excel." },
};

const PLACE: Readonly<Record<Language, (where: string) => string>> = { sv: (where) => ` (i ${where})`, en: (where) => ` (at ${where})` };
const FAILED: Readonly<Record<Language, (doing: string, place: string, message: string) => string>> = {
  sv: (doing, place, message) => `Excel kunde inte ${doing}${place}: ${message}`,
  en: (doing, place, message) => `Excel could not ${doing}${place}: ${message}`,
};

/** A message for an error thrown inside `Excel.run`: Office's own errors with their location, anything else as it says. */
export function officeErrorMessage(caught: unknown, doing: string, language: Language): string {
  const error = (typeof caught === "object" && caught !== null ? caught : { message: String(caught) }) as OfficeErrorLike;
  const code = typeof error.code === "string" ? error.code : "";
  const where = typeof error.debugInfo?.errorLocation === "string" && error.debugInfo.errorLocation !== "" ? error.debugInfo.errorLocation : null;
  const message = typeof error.message === "string" ? error.message : String(caught);
  const hint = HINTS[code]?.[language] ?? "";
  const failed = FAILED[language](doing, where === null ? "" : PLACE[language](where), message);
  return hint === "" ? failed : `${failed} ${hint}`;
}
