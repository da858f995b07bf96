/**
 * At most {@link PROBLEMS_PER_KIND} problems of each kind per file, in their order, and for each
 * kind with more, one warning that counts the rest: 130,000 unknown rows are one line to act on,
 * not a sheet of 130,000. Linear in the number of problems.
 */
import type { Problem, ProblemCode } from "../problems";

export const PROBLEMS_PER_KIND = 100;

export function capProblems(problems: readonly Problem[], file: string): Problem[] {
  const seen = new Map<ProblemCode, number>();
  const kept: Problem[] = [];
  for (const problem of problems) {
    const count = (seen.get(problem.code) ?? 0) + 1;
    seen.set(problem.code, count);
    if (count <= PROBLEMS_PER_KIND) kept.push(problem);
  }
  for (const [code, count] of seen) {
    if (count > PROBLEMS_PER_KIND) kept.push({ severity: "warning", code: "more-problems", at: { file }, values: { code, count: count - PROBLEMS_PER_KIND } });
  }
  return kept;
}
