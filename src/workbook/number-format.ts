/**
 * Excel number formats: an indicator's values shown as its unit of measure says, so numbers stay
 * numbers in every workbook Puls writes (never text that looks like a number).
 */
import { RELATIVE_TARGET_LABELS, type TargetValue } from "../core";
import type { CellOut } from "./output";

export const PERCENT_FORMAT = "0.0%";
export const SCORE_FORMAT = "0.00";
export const DATE_FORMAT = "yyyy-mm-dd";

/**
 * The format for a value of an indicator with this unit: shares as percentages, money grouped
 * without decimals, counts grouped (with one decimal when the value has decimals, as an average
 * count such as 5,2 children per employee does).
 */
export function formatOfUnit(unit: string, value?: number | null): string | undefined {
  const trimmed = unit.trim();
  if (trimmed === "%") return PERCENT_FORMAT;
  if (/^(kr|tkr|mnkr)$/i.test(trimmed)) return "#,##0";
  if (/^(antal|st)$/i.test(trimmed)) return typeof value === "number" && !Number.isInteger(value) ? "#,##0.0" : "#,##0";
  // Any other unit (dagar, minuter, kWh/m², barn per årsarbetare, an index): a value is shown as the
  // documents show it — whole when whole or from 100 up, two decimals below 1, else one — never as
  // 5.211585365853659.
  if (typeof value === "number" && Number.isFinite(value)) {
    if (Number.isInteger(value) || Math.abs(value) >= 100) return "#,##0";
    return Math.abs(value) < 1 ? "0.00" : "#,##0.0";
  }
  return undefined;
}

/** The decimals a number has as written (12.8 has one), at most `cap`. */
function decimalsOf(value: number, cap: number): number {
  for (let decimals = 0; decimals < cap; decimals++) {
    if (Math.abs(value * 10 ** decimals - Math.round(value * 10 ** decimals)) < 1e-9 * Math.max(1, Math.abs(value * 10 ** decimals))) return decimals;
  }
  return cap;
}

/**
 * The format of one given value (a target, a previous outcome) in its unit's format, showing as
 * many decimals as the value has (up to three), so 12,8 shows as 12,8 and 87,25 % as 87,25 %,
 * never rounded to 13 or 87,3 %. Units without a format of their own keep Excel's general format.
 */
export function formatOfValue(unit: string, value: number | null | undefined): string | undefined {
  const base = formatOfUnit(unit, value);
  if (base === undefined || typeof value !== "number" || !Number.isFinite(value)) return base;
  const percent = base.endsWith("%");
  const decimals = decimalsOf(percent ? value * 100 : value, 3);
  const [integer = "0", fraction = ""] = base.replace(/%$/, "").split(".");
  const shown = Math.max(fraction.length, decimals);
  return `${integer}${shown > 0 ? `.${"0".repeat(shown)}` : ""}${percent ? "%" : ""}`;
}

/** A measured value in the number format of its unit; null stays an empty cell. */
export function measuredCell(value: number | null, unit: string): CellOut {
  return value === null ? null : { value, numFmt: formatOfUnit(unit, value) };
}

/**
 * A target: a number in its unit's format with as many decimals as it has (12,8 stays 12,8, 87,25 %
 * stays 87,25 %), or a relative target's word (always Swedish in workbooks).
 */
export function targetCell(target: TargetValue, unit: string): CellOut {
  if (typeof target === "string") return RELATIVE_TARGET_LABELS.sv[target];
  return target === null || !Number.isFinite(target) ? null : { value: target, numFmt: formatOfValue(unit, target) };
}

