/**
 * Numbers as Swedish (or English) documents write them: `12,5 %`, `1 234 kr`, `−3`. Swedish
 * typography groups thousands with a narrow no-break space and keeps a number and its unit on one
 * line with a no-break space. Workbooks never use these: they get numbers with number formats.
 */
import { ASSESSMENT_LABELS, RELATIVE_TARGET_LABELS, STATUS_LABELS, type Assessment, type Language, type Measured, type Status, type TargetValue } from "../core";

const NARROW_NBSP = "\u202f";
const NBSP = "\u00a0";

const LOCALE: Readonly<Record<Language, string>> = { sv: "sv-SE", en: "en-GB" };

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(language: Language, decimals: number): Intl.NumberFormat {
  const key = `${language}${decimals}`;
  let found = formatters.get(key);
  if (found === undefined) {
    found = new Intl.NumberFormat(LOCALE[language], { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(key, found);
  }
  return found;
}

/** A plain number with the given decimals: `1 234,5` (sv), `1,234.5` (en). */
export function formatNumber(value: number, language: Language, decimals = 0): string {
  const text = formatter(language, decimals).format(value === 0 ? 0 : value);
  // Intl groups Swedish thousands with a wide no-break space; typography wants the narrow one.
  return language === "sv" ? text.replace(/[\u00a0 ]/g, NARROW_NBSP) : text;
}

/** How many decimals a value of this unit is shown with. */
function decimalsOf(value: number, unit: string): number {
  if (unit === "%") return 1;
  return Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : 1;
}

/**
 * A measured value with its unit: shares (stored as fractions) in per cent, amounts and counts
 * grouped; a missing value is "–".
 * @example formatMeasured(0.125, "%", "sv") // "12,5 %"
 * @example formatMeasured(1234, "kr", "sv") // "1 234 kr"
 */
export function formatMeasured(value: Measured | undefined, unit: string, language: Language): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  if (unit === "%") return `${formatNumber(value * 100, language, 1)}${language === "sv" ? NBSP : ""}%`;
  const number = formatNumber(value, language, decimalsOf(value, unit));
  return unit === "" || unit === "antal" ? number : `${number}${NBSP}${unit}`;
}

/**
 * A value for a table whose row names the unit: per cent keeps its sign (it is how shares read),
 * other units are left to the row's name (see {@link nameWithUnit}), so narrow columns stay narrow.
 */
export function formatInTable(value: Measured | undefined, unit: string, language: Language): string {
  return formatMeasured(value, unit === "%" ? unit : "", language);
}

/** A target in a table whose row names the unit: a number as {@link formatInTable}, or a relative target's word. */
export function targetInTable(target: TargetValue, unit: string, language: Language): string {
  return typeof target === "string" ? RELATIVE_TARGET_LABELS[language][target] : formatInTable(target, unit, language);
}

/** An indicator's name with its unit, when the unit is not per cent and the name does not say it already. */
export function nameWithUnit(name: string, unit: string): string {
  const trimmed = unit.trim();
  return trimmed === "" || trimmed === "%" || name.toLowerCase().includes(trimmed.toLowerCase()) ? name : `${name} (${trimmed})`;
}

/** A ratio (attainment, coverage, score) in per cent: `92,6 %`; undefined or null is "–". */
export function formatPercent(value: number | null | undefined, language: Language, decimals = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  return `${formatNumber(value * 100, language, decimals)}${language === "sv" ? NBSP : ""}%`;
}

/** An ISO date or date-time as its date: "2026-09-21" (both languages: ISO dates are Swedish usage). */
export function formatDate(iso: string | null): string {
  return iso === null || iso === "" ? "–" : iso.slice(0, 10);
}

/** A target: a number in its unit, or a relative target's word (Öka, Minska, …). */
export function formatTarget(target: TargetValue, unit: string, language: Language): string {
  return typeof target === "string" ? RELATIVE_TARGET_LABELS[language][target] : formatMeasured(target, unit, language);
}

export const statusWord = (status: Status, language: Language): string => STATUS_LABELS[language][status];
export const assessmentWord = (assessment: Assessment, language: Language): string => ASSESSMENT_LABELS[language][assessment];

/** A deviation with its sign always shown (+ better than budget, docs/rules.md §9): "+1 234 tkr", "−560 tkr", "0 tkr". */
export function formatSigned(value: Measured | undefined, unit: string, language: Language): string {
  const text = formatMeasured(value, unit, language);
  return typeof value === "number" && value > 0 ? `+${text}` : text;
}

/** A relative deviation with its sign always shown: "+4,5 %". */
export function formatSignedPercent(value: number | null | undefined, language: Language): string {
  const text = formatPercent(value, language);
  return typeof value === "number" && value > 0 ? `+${text}` : text;
}
