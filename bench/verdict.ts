/**
 * The benchmark's figures and their targets: each bench script records what it measured here,
 * and `npm run bench` ends with one line saying which targets are met.
 * The figures go to the file named by PULS_BENCH_RESULTS (one JSON object a line), which
 * bench/index.ts gives its scripts; run alone, a script only prints.
 */
import { appendFileSync } from "node:fs";

export interface Figure {
  readonly name: string;
  readonly value: number;
  /** The most the figure may be. */
  readonly target: number;
  readonly unit: "×" | "MiB" | "%";
}

/** The middle of the values (the upper middle of an even count): the figure of a side's runs. */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

export const met = (figure: Figure): boolean => figure.value <= figure.target;

/** "2.31× (target ≤ 2×: OVER)" or "(target ≤ 2×: met)". */
export function show(figure: Figure): string {
  const value = figure.unit === "MiB" ? figure.value.toFixed(0) : figure.value.toFixed(2);
  return `${value}${figure.unit === "×" ? "×" : ` ${figure.unit}`} (target ≤ ${figure.target}${figure.unit === "×" ? "×" : ` ${figure.unit}`}: ${met(figure) ? "met" : "OVER"})`;
}

export function record(figure: Figure): Figure {
  const file = process.env.PULS_BENCH_RESULTS;
  if (file !== undefined && file !== "") appendFileSync(file, `${JSON.stringify(figure)}\n`);
  return figure;
}
