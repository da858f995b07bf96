/**
 * Roll-up (*sammanvägd bedömning*, docs/rules.md §6): a goal's assessment from its children's statuses.
 */
import { describeInput, RuleError } from "./errors";
import type { Status } from "./status";
import { reaches } from "./tolerance";
import { isBlank, normaliseWord, wordTable } from "./words";

/** The assessment of a goal. */
export type Assessment = "met" | "partlyMet" | "notMet" | "cannotAssess";

/** How children are weighed together. */
export type RollupMethod = "average" | "worst" | "share";

/** The default minimum coverage (*lägsta täckning*). */
export const DEFAULT_MIN_COVERAGE = 0.5;

/** One child of a goal: an indicator's status or a sub-goal's effective assessment, with its weight. */
export interface RollupChild {
  readonly status: Status;
  /** Default 1. */
  readonly weight?: number;
}

/** The computed roll-up: the assessment, the score in [0, 1] (null when nothing is known) and the coverage in [0, 1]. */
export interface RollupResult {
  readonly assessment: Assessment;
  readonly score: number | null;
  readonly coverage: number;
}

const METHOD_WORDS = wordTable<RollupMethod>({
  average: ["average", "medel", "medelvärde", "mean"],
  worst: ["worst", "sämsta", "sämst", "minimum"],
  share: ["share", "andel"],
});

const POINTS: Readonly<Record<Exclude<Status, "missing">, number>> = { green: 1, yellow: 0.5, red: 0 };

const ASSESSMENT_OF_STATUS: Readonly<Record<Status, Assessment>> = {
  green: "met",
  yellow: "partlyMet",
  red: "notMet",
  missing: "cannotAssess",
};

const STATUS_OF_ASSESSMENT: Readonly<Record<Assessment, Status>> = {
  met: "green",
  partlyMet: "yellow",
  notMet: "red",
  cannotAssess: "missing",
};

/** The assessment a status stands for (green = met, …, missing = cannot be assessed). */
export function assessmentOfStatus(value: Status): Assessment {
  return ASSESSMENT_OF_STATUS[value];
}

/** The status an assessment counts as when a goal is a child of another goal. */
export function statusOfAssessment(value: Assessment): Status {
  return STATUS_OF_ASSESSMENT[value];
}

/**
 * Reads a roll-up method; blank means `average`.
 * @throws RuleError `invalid-method` for any other word.
 */
export function parseRollupMethod(input: unknown): RollupMethod {
  if (isBlank(input)) return "average";
  if (typeof input === "string") {
    const method = METHOD_WORDS.get(normaliseWord(input));
    if (method !== undefined) return method;
  }
  throw new RuleError("invalid-method", `Unknown roll-up method: ${describeInput(input)}`, input);
}

function checkWeight(weight: number): void {
  if (!(weight >= 0 && Number.isFinite(weight))) {
    throw new RuleError("invalid-parameter", `A weight must be zero or more: ${weight}`, weight);
  }
}

function checkMinCoverage(minCoverage: number): void {
  if (!(minCoverage >= 0 && minCoverage <= 1)) {
    throw new RuleError("invalid-parameter", `The minimum coverage must be between 0 and 1: ${minCoverage}`, minCoverage);
  }
}

const WORST_FIRST: readonly Status[] = ["red", "yellow", "green"];

/**
 * Rolls the children's statuses up into an assessment with its score and coverage.
 *
 * Missing children are left out of the score but count in the coverage; below the minimum
 * coverage the goal cannot be assessed. The score is always the weighted average of points
 * (green 1, yellow 0.5, red 0), whatever the method, so scores compare across goals; the method
 * decides the assessment.
 * @throws RuleError `invalid-parameter` for a negative weight or a coverage outside [0, 1].
 * @example rollup(["green", "red"].map((status) => ({ status }))) // { assessment: "partlyMet", score: 0.5, coverage: 1 }
 */
export function rollup(
  children: readonly RollupChild[],
  method: RollupMethod = "average",
  minCoverage: number = DEFAULT_MIN_COVERAGE,
): RollupResult {
  checkMinCoverage(minCoverage);
  let totalWeight = 0;
  let knownWeight = 0;
  let points = 0;
  const weightOf: Record<Status, number> = { green: 0, yellow: 0, red: 0, missing: 0 };
  for (const child of children) {
    const weight = child.weight ?? 1;
    checkWeight(weight);
    totalWeight += weight;
    weightOf[child.status] += weight;
    if (child.status !== "missing") {
      knownWeight += weight;
      points += weight * POINTS[child.status];
    }
  }
  const coverage = totalWeight > 0 ? knownWeight / totalWeight : 0;
  const score = knownWeight > 0 ? points / knownWeight : null;
  if (score === null || !reaches(coverage, minCoverage)) {
    return { assessment: "cannotAssess", score, coverage };
  }
  return { assessment: assess(method, score, weightOf, knownWeight), score, coverage };
}

function assess(method: RollupMethod, score: number, weightOf: Record<Status, number>, knownWeight: number): Assessment {
  if (method === "average") {
    if (reaches(score, 0.75)) return "met";
    return reaches(score, 0.5) ? "partlyMet" : "notMet";
  }
  if (method === "worst") {
    const worst = WORST_FIRST.find((candidate) => weightOf[candidate] > 0) ?? "green";
    return assessmentOfStatus(worst);
  }
  if (reaches(weightOf.green, knownWeight / 2)) return "met";
  if (reaches(weightOf.red, knownWeight / 2)) return "notMet";
  return "partlyMet";
}
