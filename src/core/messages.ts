/**
 * What each problem says to the user, in Swedish and English: what is wrong and how to fix it.
 * Plain tables, one entry per problem code, so a missing translation is a type error.
 */
import type { Language } from "./labels";
import type { Problem, ProblemCode } from "./problems";

type Values = Problem["values"];
type Message = (v: Values) => string;

const s = (v: Values, key: string): string => String(v[key] ?? "");

export const MESSAGES: Readonly<Record<Language, Readonly<Record<ProblemCode, Message>>>> = {
  sv: {
    "missing-sheet": (v) => `Bladet "${s(v, "sheet")}" saknas. Lägg till det med rubrikerna i rad 1 (se mallen från puls init).`,
    "missing-column": (v) => `Kolumnen "${s(v, "column")}" saknas på bladet "${s(v, "sheet")}". Lägg till den som rubrik i rad 1.`,
    "duplicate-id": (v) => `Id "${s(v, "id")}" finns redan (${s(v, "first")}). Ge varje rad ett eget id.`,
    "missing-id": () => `Raden saknar id. Fyll i ett id eller ta bort raden.`,
    "unknown-parent": (v) => `Överordnad "${s(v, "parent")}" finns inte. Ange ett id som finns på samma blad, eller lämna tomt för toppnivån.`,
    "cycle": (v) => `${s(v, "ids")} pekar på varandra som överordnade i en cirkel. Ändra Överordnad så att trädet får en topp.`,
    "unknown-goal": (v) => `Målet "${s(v, "goal")}" finns inte på bladet Mål. Rätta id:t eller lägg till målet.`,
    "indicator-without-goal": () => `Nyckeltalet saknar mål. Ange vilket mål det mäter i kolumnen Mål.`,
    "unknown-organisation": (v) => `Organisationen "${s(v, "organisation")}" finns inte på bladet Organisation. Rätta id:t eller lägg till enheten.`,
    "unknown-indicator": (v) => `Nyckeltalet "${s(v, "indicator")}" finns inte på bladet Nyckeltal. Rätta id:t eller lägg till nyckeltalet.`,
    "unknown-period": (v) => `Perioden "${s(v, "period")}" finns inte på bladet Perioder. Rätta id:t (t.ex. 2026-T1) eller lägg till perioden.`,
    "invalid-value": (v) => `"${s(v, "value")}" är inte ett giltigt värde för ${s(v, "column")}. Tillåtna värden: ${s(v, "allowed")}.`,
    "invalid-number": (v) => `"${s(v, "value")}" i ${s(v, "column")} är inte ett tal. Skriv ett tal (t.ex. 12,5) eller lämna tomt om värdet saknas.`,
    "invalid-direction": (v) => `Riktningen "${s(v, "value")}" är okänd. Skriv Högre, Lägre eller Intervall.`,
    "invalid-target": (v) => `Målvärdet "${s(v, "value")}" är varken ett tal eller ett relativt mål. Skriv ett tal, eller Öka, Minska, Förbättra eller Bibehålla.`,
    "invalid-setting": (v) => `Inställningen ${s(v, "key")} har värdet "${s(v, "value")}", som inte går att använda. Tillåtet: ${s(v, "allowed")}.`,
    "range-without-max": () => `Nyckeltalet har riktningen Intervall men målvärdet saknar Målvärde max. Fyll i intervallets övre gräns.`,
  },
  en: {
    "missing-sheet": (v) => `The sheet "${s(v, "sheet")}" is missing. Add it with its headers in row 1 (see the workbook from puls init).`,
    "missing-column": (v) => `The column "${s(v, "column")}" is missing on the sheet "${s(v, "sheet")}". Add it as a header in row 1.`,
    "duplicate-id": (v) => `The id "${s(v, "id")}" is already used (${s(v, "first")}). Give every row its own id.`,
    "missing-id": () => `The row has no id. Fill one in or delete the row.`,
    "unknown-parent": (v) => `The parent "${s(v, "parent")}" does not exist. Give an id from the same sheet, or leave it blank for the top level.`,
    "cycle": (v) => `${s(v, "ids")} are each other's parents in a cycle. Change Parent so that the tree has a top.`,
    "unknown-goal": (v) => `The goal "${s(v, "goal")}" is not on the Goals sheet. Correct the id or add the goal.`,
    "indicator-without-goal": () => `The indicator has no goal. Give the goal it measures in the Goal column.`,
    "unknown-organisation": (v) => `The organisation "${s(v, "organisation")}" is not on the Organisation sheet. Correct the id or add it.`,
    "unknown-indicator": (v) => `The indicator "${s(v, "indicator")}" is not on the Indicators sheet. Correct the id or add the indicator.`,
    "unknown-period": (v) => `The period "${s(v, "period")}" is not on the Periods sheet. Correct the id (e.g. 2026-T1) or add the period.`,
    "invalid-value": (v) => `"${s(v, "value")}" is not a valid value for ${s(v, "column")}. Allowed: ${s(v, "allowed")}.`,
    "invalid-number": (v) => `"${s(v, "value")}" in ${s(v, "column")} is not a number. Write a number (e.g. 12.5) or leave it blank if the value is missing.`,
    "invalid-direction": (v) => `The direction "${s(v, "value")}" is unknown. Write Higher, Lower or Range.`,
    "invalid-target": (v) => `The target "${s(v, "value")}" is neither a number nor a relative target. Write a number, or Increase, Decrease, Improve or Maintain.`,
    "invalid-setting": (v) => `The setting ${s(v, "key")} has the value "${s(v, "value")}", which cannot be used. Allowed: ${s(v, "allowed")}.`,
    "range-without-max": () => `The indicator's direction is Range but the target has no upper bound. Fill in the range's upper bound.`,
  },
};

/** The message of a problem in the given language. */
export function problemMessage(problem: Problem, language: Language = "sv"): string {
  return MESSAGES[language][problem.code](problem.values);
}

/** "Fil, blad, cell" as a reader would say it: `plan.xlsx, Nyckeltal!C7`. */
export function describeLocation(at: Problem["at"]): string {
  const place = at.sheet === undefined ? "" : at.cell === undefined ? at.sheet : `${at.sheet}!${at.cell}`;
  return [at.file, place].filter((part) => part !== undefined && part !== "").join(", ");
}
