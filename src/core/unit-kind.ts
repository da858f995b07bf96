/**
 * What an indicator's unit of measure says about its values (docs/workbooks.md §1): a share, a
 * count, an amount of money, a duration, or something else. The plan's sense checks and the
 * forecast (which amounts get a full-year forecast) both read it here.
 */
import { normaliseWord } from "./words";

/** What an indicator's unit of measure says about its values. */
export type UnitKind = "share" | "count" | "amount" | "duration" | "other";

const UNIT_KINDS: ReadonlyMap<string, UnitKind> = new Map<string, UnitKind>([
  ...["%", "procent", "andel"].map((unit) => [unit, "share"] as const),
  ...["antal", "st", "st.", "stycken", "personer", "pers", "pers."].map((unit) => [unit, "count"] as const),
  ...["kr", "tkr", "mnkr", "mkr", "mdkr", "kronor", "sek", "tsek", "msek"].map((unit) => [unit, "amount"] as const),
  ...["dagar", "dag", "timmar", "tim", "minuter", "min", "veckor", "månader"].map((unit) => [unit, "duration"] as const),
]);

/** The kind of an indicator's unit of measure ("%" a share, "antal" a count, "tkr" an amount, …). */
export function unitKind(unit: string): UnitKind {
  return UNIT_KINDS.get(normaliseWord(unit)) ?? "other";
}

