/**
 * The words of the plan's fixed-choice columns, Swedish and English (docs/workbooks.md §1).
 */
import { ASSESSMENT_LABELS, normaliseWord, wordTable, type Assessment } from "../../core";
import type { Gender, GoalLevel, OrgType, PeriodType } from "../../core";

export const ORG_TYPES = wordTable<OrgType>({
  municipality: ["Kommun", "Municipality"],
  division: ["Verksamhetsområde", "Division"],
  department: ["Avdelning", "Department"],
  unit: ["Enhet", "Unit"],
});
export const ORG_TYPES_ALLOWED = "Kommun, Verksamhetsområde, Avdelning, Enhet";

/** `Viktas med` naming the organisations' own size (the `Storlek` column) rather than an indicator. */
export const SIZE_WORDS: ReadonlySet<string> = new Set(["storlek", "size"].map(normaliseWord));

export const GOAL_LEVELS = wordTable<GoalLevel>({
  vision: ["Vision"],
  priorityArea: ["Prioriterat område", "Priority area"],
  resultGoal: ["Resultatmål", "Result goal"],
  administrationGoal: ["Förvaltningsmål", "Administration goal"],
  divisionGoal: ["Verksamhetsmål", "Division goal"],
});
export const GOAL_LEVELS_ALLOWED = "Vision, Prioriterat område, Resultatmål, Förvaltningsmål, Verksamhetsmål";

export const PERIOD_TYPES = wordTable<PeriodType>({
  tertial: ["Tertial"],
  interim: ["Delår", "Interim"],
  fullYear: ["Helår", "Full year", "År", "Year"],
  month: ["Månad", "Month"],
});
export const PERIOD_TYPES_ALLOWED = "Tertial, Delår, Helår, Månad";

// Built by hand: wordTable maps to its keys, which are strings, and these meanings are booleans.
export const YES_NO: ReadonlyMap<string, boolean> = new Map([
  ...["Ja", "Yes", "J", "Y", "x", "Sant", "True", "1"].map((word) => [normaliseWord(word), true] as const),
  ...["Nej", "No", "N", "Falskt", "False", "0"].map((word) => [normaliseWord(word), false] as const),
]);
export const YES_NO_ALLOWED = "Ja, Nej";

export const GENDERS = wordTable<Gender>({ T: ["T", "Totalt", "Total"], K: ["K", "Kvinnor", "Women", "W", "F"], M: ["M", "Män", "Men"] });
export const GENDERS_ALLOWED = "T, K, M";

export const ASSESSMENTS = wordTable<Assessment>(
  Object.fromEntries(
    (Object.keys(ASSESSMENT_LABELS.sv) as Assessment[]).map((key) => [key, [ASSESSMENT_LABELS.sv[key], ASSESSMENT_LABELS.en[key]]]),
  ),
);
export const ASSESSMENTS_ALLOWED = Object.values(ASSESSMENT_LABELS.sv).join(", ");

/** The words Puls writes (Swedish), for each value of the plan's fixed-choice columns. */
export const ORG_TYPE_WORDS: Readonly<Record<OrgType, string>> = { municipality: "Kommun", division: "Verksamhetsområde", department: "Avdelning", unit: "Enhet" };
export const GOAL_LEVEL_WORDS: Readonly<Record<GoalLevel, string>> = {
  vision: "Vision",
  priorityArea: "Prioriterat område",
  resultGoal: "Resultatmål",
  administrationGoal: "Förvaltningsmål",
  divisionGoal: "Verksamhetsmål",
};
export const PERIOD_TYPE_WORDS: Readonly<Record<PeriodType, string>> = { tertial: "Tertial", interim: "Delår", fullYear: "Helår", month: "Månad" };
export const yesNoWord = (value: boolean): string => (value ? "Ja" : "Nej");
