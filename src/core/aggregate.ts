/**
 * Aggregating one indicator over units (*sammanställning*, docs/rules.md §7).
 */
import { describeInput, RuleError } from "./errors";
import type { Measured } from "./values";
import { isBlank, normaliseWord, wordTable } from "./words";

/** How units' values combine into a division's or the municipality's value. */
export type AggregationMethod = "sum" | "mean" | "weighted" | "min" | "max" | "none";

const AGGREGATION_WORDS = wordTable<AggregationMethod>({
  sum: ["sum", "summa"],
  mean: ["mean", "medel", "medelvärde", "average"],
  weighted: ["weighted", "viktat medel", "viktat", "weighted mean", "viktat medelvärde"],
  min: ["min", "minimum", "lägsta"],
  max: ["max", "maximum", "högsta"],
  none: ["none", "ingen", "inga"],
});

/** The aggregated value (null when no unit had one, or for `none`) and how many units were behind it. */
export interface Aggregate {
  readonly value: Measured;
  readonly count: number;
}

/**
 * Reads an aggregation method. Blank means `mean`: most of a municipality's indicators are rates
 * and shares, for which a sum would be wrong, so the mean is the least surprising default.
 * @throws RuleError `invalid-aggregation` for any other word.
 */
export function parseAggregationMethod(input: unknown): AggregationMethod {
  if (isBlank(input)) return "mean";
  if (typeof input === "string") {
    const method = AGGREGATION_WORDS.get(normaliseWord(input));
    if (method !== undefined) return method;
  }
  throw new RuleError("invalid-aggregation", `Unknown aggregation: ${describeInput(input)}`, input);
}

/**
 * Combines the units' values of one indicator. Missing values are left out and the count of
 * values used is returned; with none left, the value is missing (never 0).
 * @param weights for `weighted`: each unit's size (e.g. pupils), aligned with `values`; a unit
 *   whose weight is missing is left out.
 * @throws RuleError `invalid-parameter` for `weighted` without weights of the same length, or a negative weight.
 * @example aggregate([10, null, 20], "sum") // { value: 30, count: 2 }
 */
export function aggregate(values: readonly Measured[], method: AggregationMethod, weights?: readonly Measured[]): Aggregate {
  if (method === "none") return { value: null, count: 0 };
  if (method === "weighted") return weightedMean(values, weights);
  const present = values.filter((value): value is number => value !== null);
  if (present.length === 0) return { value: null, count: 0 };
  const count = present.length;
  switch (method) {
    case "sum":
      return { value: sum(present), count };
    case "mean":
      return { value: sum(present) / count, count };
    case "min":
      return { value: Math.min(...present), count };
    case "max":
      return { value: Math.max(...present), count };
  }
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function weightedMean(values: readonly Measured[], weights: readonly Measured[] | undefined): Aggregate {
  if (weights === undefined || weights.length !== values.length) {
    throw new RuleError("invalid-parameter", "A weighted mean needs one weight per value", weights);
  }
  let weighted = 0;
  let totalWeight = 0;
  let count = 0;
  values.forEach((value, index) => {
    const weight = weights[index] ?? null;
    if (value === null || weight === null) return;
    if (weight < 0) throw new RuleError("invalid-parameter", `A weight cannot be negative: ${weight}`, weight);
    weighted += weight * value;
    totalWeight += weight;
    count += 1;
  });
  return { value: totalWeight > 0 ? weighted / totalWeight : null, count };
}
