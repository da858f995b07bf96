/**
 * Targets (*målvärden*): a number, a range [L, U], or a relative target word (docs/rules.md §3b).
 */
import { describeInput, RuleError } from "./errors";
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

/**
 * What a target cell holds: a number, a relative target word, or `null` when missing.
 * A plain value rather than a wrapper object: targets are read once per row over whole columns.
 */
export type TargetValue = number | RelativeTarget | null;

/** The relative target a word names, or `undefined` when it names none. */
export function relativeTargetOf(text: string): RelativeTarget | undefined {
  return RELATIVE_TARGET_WORDS.get(normaliseWord(text));
}

/**
 * Reads a target cell: a number (as for any value), a relative word, or missing.
 * @throws RuleError `invalid-target` for text that is none of those.
 * @example parseTarget("Öka")  // "increase"
 * @example parseTarget("80 %") // 0.8
 */
export function parseTarget(input: CellInput): TargetValue {
  if (typeof input === "number") {
    if (Number.isFinite(input)) return input;
    throw new RuleError("invalid-target", `Not a finite target: ${String(input)}`, input);
  }
  if (typeof input === "string" && !isMissingText(input)) {
    const word = relativeTargetOf(input);
    if (word !== undefined) return word;
  }
  try {
    return parseCellValue(input);
  } catch {
    throw new RuleError("invalid-target", `Not a target: ${describeInput(input)}`, input);
  }
}
