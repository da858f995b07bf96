/**
 * Typed domain errors of the core rules.
 *
 * The core never formats user text: an error carries a code and the offending input, and each
 * caller turns it into what its user sees (an Excel error value in a cell, a Swedish message in
 * the collector's issue list).
 */

/** Why a rule could not be applied. */
export type RuleErrorCode =
  /** Text that is neither a number nor a missing-value marker (docs/rules.md §0). */
  | "invalid-number"
  /** A direction word that is not higher/lower/range or one of their aliases (§1). */
  | "invalid-direction"
  /** A target that is neither a number nor a relative target word (§3b). */
  | "invalid-target"
  /** A roll-up method that is not average/worst/share (§6). */
  | "invalid-method"
  /** An aggregation method that is not sum/mean/weighted/min/max/none (§7). */
  | "invalid-aggregation"
  /** A status or assessment label that cannot be read (§6). */
  | "invalid-status"
  /** A parameter outside its allowed range (a negative weight, months outside 1–12, …). */
  | "invalid-parameter"
  /** Parameters that contradict each other (a range without its upper bound, L > U, …). */
  | "inconsistent-parameters"
  /** A ratio whose denominator makes it undefined (§2, §4, §9). */
  | "undefined-ratio";

/** An error raised by a core rule; `input` is the value that caused it, for the caller's message. */
export class RuleError extends Error {
  readonly code: RuleErrorCode;
  readonly input: unknown;

  constructor(code: RuleErrorCode, message: string, input?: unknown) {
    super(message);
    this.name = "RuleError";
    this.code = code;
    this.input = input;
  }
}

/** True when `error` is a {@link RuleError}, optionally with the given code. */
export function isRuleError(error: unknown, code?: RuleErrorCode): error is RuleError {
  return error instanceof RuleError && (code === undefined || error.code === code);
}

/** A short, readable rendering of an offending input for an error message (never "[object Object]"). */
export function describeInput(input: unknown): string {
  if (typeof input === "string") return `"${input}"`;
  if (typeof input === "number" || typeof input === "boolean" || typeof input === "bigint") return String(input);
  if (input === null || input === undefined) return String(input);
  if (typeof input !== "object") return typeof input;
  try {
    return JSON.stringify(input);
  } catch {
    return Object.prototype.toString.call(input);
  }
}
