/**
 * Targets (*målvärden*): a number, a range [L, U], or a relative target word (rules.md §3b).
 */
import { RuleError } from "./errors";
import { normaliseWord, wordTable } from "./words";
import { isMissingText, parseCellValue, type CellInput } from "./values";

/** A relative target: judged against the previous outcome instead of a number. */
export type RelativeTarget = "increase" | "decrease" | "improve" | "maintain";

const RELATIVE_TARGET_WORDS = wordTable<RelativeTarget>({
  increase: ["öka", "increase", "högre än föregående", "ökning", "ska öka"],
  decrease: ["minska", "decrease", "lägre än föregående", "minskning", "ska minska"],
  improve: ["förbättra", "improve", "bättre än föregående år", "bättre än föregående", "stärkas", "förbättras"],
  maintain: ["bibehålla", "maintain", "oförändrad", "oförändrat", "bibehållas"],
});

/** What a target cell holds. */
export type TargetValue =
  | { readonly kind: "missing" }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "relative"; readonly word: RelativeTarget };

const MISSING_TARGET: TargetValue = { kind: "missing" };

/** The relative target a word names, or `undefined` when it names none. */
export function relativeTargetOf(text: string): RelativeTarget | undefined {
  return RELATIVE_TARGET_WORDS.get(normaliseWord(text));
}

/**
 * Reads a target cell: a number (as for any value), a relative word, or missing.
 * @throws RuleError `invalid-target` for text that is none of those.
 * @example parseTarget("Öka")  // { kind: "relative", word: "increase" }
 * @example parseTarget("80 %") // { kind: "number", value: 0.8 }
 */
export function parseTarget(input: CellInput): TargetValue {
  if (typeof input === "number") {
    if (Number.isFinite(input)) return { kind: "number", value: input };
    throw new RuleError("invalid-target", `Not a finite target: ${String(input)}`, input);
  }
  if (typeof input === "string" && !isMissingText(input)) {
    const word = relativeTargetOf(input);
    if (word !== undefined) return { kind: "relative", word };
  }
  try {
    const value = parseCellValue(input);
    return value === null ? MISSING_TARGET : { kind: "number", value };
  } catch {
    throw new RuleError("invalid-target", `Not a target: ${String(input)}`, input);
  }
}
