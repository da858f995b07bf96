/**
 * The traffic light, on its own: status.ts judges a value against a target, relative-status.ts
 * against the previous value, and both give one of these.
 */

/** The traffic light. */
export type Status = "green" | "yellow" | "red" | "missing";
