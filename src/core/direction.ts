/**
 * Direction (*riktning*, docs/rules.md §1): which way is better for an indicator.
 */
import { describeInput, RuleError } from "./errors";
import { isBlank, normaliseWord, wordTable } from "./words";

/** `higher` is better (the default), `lower` is better, or inside a `range` is best. */
export type Direction = "higher" | "lower" | "range";

const DIRECTION_WORDS = wordTable<Direction>({
  higher: ["higher", "higher is better", "högre", "högre är bättre", "+", "h", "hög", "high"],
  lower: ["lower", "lower is better", "lägre", "lägre är bättre", "-", "l", "låg", "low"],
  range: ["range", "intervall", "i", "inom intervall", "within range"],
});

/**
 * Reads a direction word; blank means `higher` (the default).
 * @throws RuleError `invalid-direction` for any other word.
 * @example parseDirection("Lägre är bättre") // "lower"
 */
export function parseDirection(input: unknown): Direction {
  if (isBlank(input)) return "higher";
  if (typeof input === "string") {
    const direction = DIRECTION_WORDS.get(normaliseWord(input));
    if (direction !== undefined) return direction;
  }
  throw new RuleError("invalid-direction", `Unknown direction: ${describeInput(input)}`, input);
}
