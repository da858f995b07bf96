/**
 * The words for statuses, trends and assessments, in Swedish and English, as plain tables.
 *
 * Cell results of the custom functions are always Swedish (docs/functions.md): a workbook keeps its
 * values and conditional formatting whoever opens it. Other user text follows the language.
 */
import type { AggregationMethod } from "./aggregate";
import type { Direction } from "./direction";
import { describeInput, RuleError } from "./errors";
import type { Assessment, RollupMethod } from "./rollup";
import type { RelativeTarget } from "./target";
import { statusOfAssessment } from "./rollup";
import type { Status } from "./status";
import type { Trend } from "./trend";
import { isBlank, normaliseWord } from "./words";

/** A language for user-facing text. */
export type Language = "sv" | "en";

export const STATUS_LABELS = {
  sv: { green: "Grön", yellow: "Gul", red: "Röd", missing: "Saknas" },
  en: { green: "Green", yellow: "Yellow", red: "Red", missing: "Missing" },
} as const satisfies Record<Language, Record<Status, string>>;

/** How the day a unit handed in was judged: by its own "Klar att lämna in" mark, or by its file's change time. */
/** A unit's reporting state in words (Inrapporteringsstatus, the pulse boards). */
export const REPORTING_STATE_WORDS = {
  sv: { submitted: "Inlämnad", submittedWithErrors: "Inlämnad med fel", missing: "Saknas", late: "Sen" },
  en: { submitted: "Submitted", submittedWithErrors: "Submitted with errors", missing: "Missing", late: "Late" },
} as const satisfies Record<Language, Record<"submitted" | "submittedWithErrors" | "missing" | "late", string>>;

export const HANDED_IN_BY_LABELS = {
  sv: { mark: "enhetens markering", file: "filens ändringstid" },
  en: { mark: "the unit's own mark", file: "the file's change time" },
} as const satisfies Record<Language, Record<"mark" | "file", string>>;

/** "inlämnad 2026-09-14 enligt enhetens markering": when a unit handed in, and what says so (collection's HandedIn). */
export function handedInText(handedIn: { readonly day: string; readonly by: "mark" | "file" }, language: Language): string {
  const by = HANDED_IN_BY_LABELS[language][handedIn.by];
  return language === "sv" ? `inlämnad ${handedIn.day} enligt ${by}` : `handed in ${handedIn.day} by ${by}`;
}

export const TREND_LABELS = {
  sv: { improving: "Förbättrad", stable: "Oförändrad", worsening: "Försämrad", missing: "Saknas" },
  en: { improving: "Improving", stable: "Stable", worsening: "Worsening", missing: "Missing" },
} as const satisfies Record<Language, Record<Trend, string>>;

export const ASSESSMENT_LABELS = {
  sv: { met: "Uppfyllt", partlyMet: "Delvis uppfyllt", notMet: "Ej uppfyllt", cannotAssess: "Kan ej bedömas" },
  en: { met: "Met", partlyMet: "Partly met", notMet: "Not met", cannotAssess: "Cannot be assessed" },
} as const satisfies Record<Language, Record<Assessment, string>>;

function invert<K extends string>(tables: readonly Readonly<Record<K, string>>[]): Map<string, K> {
  const lookup = new Map<string, K>();
  for (const table of tables) {
    for (const [key, label] of Object.entries(table) as [K, string][]) lookup.set(normaliseWord(label), key);
  }
  return lookup;
}

const STATUS_BY_LABEL = invert<Status>([STATUS_LABELS.sv, STATUS_LABELS.en]);
const ASSESSMENT_BY_LABEL = invert<Assessment>([ASSESSMENT_LABELS.sv, ASSESSMENT_LABELS.en]);
/** An assessment as its label reads, Swedish or English ("Delvis uppfyllt", "Partly met"); undefined for other words. */
export function assessmentOfLabel(text: string): Assessment | undefined {
  return ASSESSMENT_BY_LABEL.get(normaliseWord(text));
}

const STATUS_BY_CODE = new Map<number, Status>([
  [1, "green"],
  [0, "yellow"],
  [-1, "red"],
]);

/**
 * Reads a status as a user or a formula wrote it: a status label (Grön/Green, …), an assessment
 * label (Uppfyllt = green, … Kan ej bedömas = missing), or a status code 1/0/−1. Blank is missing.
 * @throws RuleError `invalid-status` for anything else.
 * @example parseStatus("Gul") // "yellow"
 * @example parseStatus(-1)    // "red"
 */
export function parseStatus(input: unknown): Status {
  if (isBlank(input)) return "missing";
  if (typeof input === "number") {
    const byCode = STATUS_BY_CODE.get(input);
    if (byCode !== undefined) return byCode;
  } else if (typeof input === "string") {
    const key = normaliseWord(input);
    const byLabel = STATUS_BY_LABEL.get(key);
    if (byLabel !== undefined) return byLabel;
    const assessment = ASSESSMENT_BY_LABEL.get(key);
    if (assessment !== undefined) return statusOfAssessment(assessment);
    const code = Number(key.replace("\u2212", "-"));
    if (key !== "" && STATUS_BY_CODE.has(code)) return STATUS_BY_CODE.get(code) as Status;
  }
  throw new RuleError("invalid-status", `Not a status: ${describeInput(input)}`, input);
}

export const DIRECTION_LABELS = {
  sv: { higher: "Högre", lower: "Lägre", range: "Intervall" },
  en: { higher: "Higher", lower: "Lower", range: "Range" },
} as const satisfies Record<Language, Record<Direction, string>>;

export const RELATIVE_TARGET_LABELS = {
  sv: { increase: "Öka", decrease: "Minska", improve: "Förbättra", maintain: "Bibehålla" },
  en: { increase: "Increase", decrease: "Decrease", improve: "Improve", maintain: "Maintain" },
} as const satisfies Record<Language, Record<RelativeTarget, string>>;

export const AGGREGATION_LABELS = {
  sv: { sum: "Summa", mean: "Medel", weighted: "Viktat medel", min: "Min", max: "Max", none: "Ingen" },
  en: { sum: "Sum", mean: "Mean", weighted: "Weighted mean", min: "Min", max: "Max", none: "None" },
} as const satisfies Record<Language, Record<AggregationMethod, string>>;

export const ROLLUP_METHOD_LABELS = {
  sv: { average: "medel", worst: "sämsta", share: "andel" },
  en: { average: "average", worst: "worst", share: "share" },
} as const satisfies Record<Language, Record<RollupMethod, string>>;
