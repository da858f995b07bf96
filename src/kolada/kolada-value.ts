/**
 * Kolada's data, as Puls reads it from the API (v3 JSON) or a CSV export: one value per KPI,
 * municipality (or organisational unit), year and gender. Kolada's own missing-value markers
 * become missing (null); values Kolada has deleted (`isdeleted`) are not values at all.
 */
import type { Gender } from "../core";

export interface KoladaValue {
  readonly kpi: string;
  /** The municipality's four-digit code ("0180"); for a unit's value, the code in its id, or "". */
  readonly municipality: string;
  /** For a unit's value (Kolada's `oudata`): the unit's id ("V15E128000101"); absent for a municipality's. */
  readonly unit?: string;
  /** Kolada's `count` beside the value (what the value is made of), where it gave one. */
  readonly count?: number;
  readonly year: number;
  readonly gender: Gender;
  /** As Kolada gives it: percentages in percent units (85.2). Null where Kolada marks it missing. */
  readonly value: number | null;
}

/** A Kolada file that cannot be read, with where and why, in Swedish and English. */
export class KoladaFormatError extends Error {
  constructor(
    readonly sv: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const GENDER_WORDS: Readonly<Record<string, Gender>> = { T: "T", K: "K", M: "M", TOTAL: "T", TOTALT: "T", KVINNOR: "K", WOMEN: "K", MÄN: "M", MEN: "M" };

/** Kolada's gender code (T, K, M, or a word for one), or undefined. */
export function koladaGender(text: string): Gender | undefined {
  return GENDER_WORDS[text.trim().toUpperCase()];
}

/** A municipality code as Kolada and the plan write it: four digits, leading zeros kept. */
export function municipalityCode(text: string): string {
  const trimmed = text.trim();
  return /^\d{1,4}$/.test(trimmed) ? trimmed.padStart(4, "0") : trimmed;
}

/**
 * The municipality code inside a Kolada unit id: "V15E128000101" is a unit (V15E: a grundskola)
 * of municipality 1280. "" where the id has no such code.
 */
export function municipalityOfUnit(unit: string): string {
  return /^[A-Z]+\d{2}[A-Z]*(\d{4})\d+$/.exec(unit.trim())?.[1] ?? "";
}
