/**
 * What each custom function computes, over single values or ranges: thin wrappers that read
 * Excel's values, call the core and write Swedish labels, numbers or Excel errors.
 *
 * Kept apart from functions.ts (which holds only the declarations Excel's metadata is read from)
 * so that these can be tested and benchmarked directly.
 */
import {
  attainment,
  forecast,
  numericTarget,
  parseDirection,
  parseRollupMethod,
  parseStatus,
  parseTarget,
  peerQuartiles,
  progress,
  rollup,
  status,
  statusAmongPeers,
  statusCode,
  trend,
  ASSESSMENT_LABELS,
  STATUS_LABELS,
  TREND_LABELS,
  type Status,
} from "../core";
import { commonShape, elementwise, guarded, single, type Spill } from "./elementwise";
import { CellError, excelError } from "./excel-errors";
import { flatten, memoised, readMeasured, readOptional, readRequired, toCellInput } from "./excel-input";

/** ATTAINMENT: actual, target, [direction], [targetMax]. */
export function attainmentCells(actual: unknown, target: unknown, direction?: unknown, targetMax?: unknown): Spill {
  const directionOf = memoised(parseDirection);
  return elementwise([actual, target, direction, targetMax], (v) => {
    const goal = parseTarget(toCellInput(v[1]));
    const x = readMeasured(v[0]);
    const kind = directionOf(v[2]);
    if (goal.kind === "relative") throw new CellError("na");
    if (goal.kind === "missing" || x === null) throw new CellError("na");
    const ratio = attainment(x, numericTarget(kind, goal.value, readMeasured(v[3])));
    if (ratio === undefined) throw new CellError("div0");
    return ratio;
  });
}

function statusOf(v: readonly unknown[], directionOf: (value: unknown) => ReturnType<typeof parseDirection>): Status {
  return status({
    actual: readMeasured(v[0]),
    target: parseTarget(toCellInput(v[1])),
    direction: directionOf(v[2]),
    yellowFrom: readOptional(v[3]),
    tolerance: readMeasured(v[4]),
    targetMax: readMeasured(v[5]),
    previous: readMeasured(v[6]),
  });
}

/** The seven STATUS parameters: actual, target, [direction], [yellowFrom], [tolerance], [targetMax], [previous]. */
export type StatusArgs = [unknown, unknown, unknown?, unknown?, unknown?, unknown?, unknown?];

/** STATUS: Grön / Gul / Röd / Saknas. */
export function statusCells(...args: StatusArgs): Spill {
  const directionOf = memoised(parseDirection);
  return elementwise(args, (v) => STATUS_LABELS.sv[statusOf(v, directionOf)]);
}

/** STATUSCODE: 1 / 0 / −1, `#N/A` when missing. */
export function statusCodeCells(...args: StatusArgs): Spill {
  const directionOf = memoised(parseDirection);
  return elementwise(args, (v) => {
    const code = statusCode(statusOf(v, directionOf));
    if (code === null) throw new CellError("na");
    return code;
  });
}

/** PROGRESS: (x − B) / (T − B). */
export function progressCells(actual: unknown, baseline: unknown, target: unknown): Spill {
  return elementwise([actual, baseline, target], (v) => progress(readRequired(v[0]), readRequired(v[1]), readRequired(v[2])));
}

/** TREND: Förbättrad / Oförändrad / Försämrad / Saknas. */
export function trendCells(current: unknown, previous: unknown, direction?: unknown, band?: unknown): Spill {
  const directionOf = memoised(parseDirection);
  return elementwise([current, previous, direction, band], (v) => {
    const moved = trend(readMeasured(v[0]), readMeasured(v[1]), directionOf(v[2]), readOptional(v[3]));
    return TREND_LABELS.sv[moved];
  });
}

/** ROLLUP: one assessment from a range of statuses, with optional weights of the same shape. */
export function rollupCells(statuses: unknown, weights?: unknown, method?: unknown, minCoverage?: unknown): Spill {
  return single(() => {
    const labels = flatten(statuses);
    const weightCells = flatten(weights);
    const weighted = weightCells.length > 1 || (weightCells.length === 1 && labels.length === 1);
    if (weighted && commonShape([statuses, weights]) === "mismatch") return excelError("value");
    const children = labels.map((label, index) => ({
      status: parseStatus(toCellInput(label)),
      weight: readOptional(weighted ? weightCells[index] : weightCells[0]),
    }));
    const result = rollup(children, parseRollupMethod(flatten(method)[0]), readOptional(flatten(minCoverage)[0]));
    return ASSESSMENT_LABELS.sv[result.assessment];
  });
}

/** PEERSTATUS: the value's quartile among the peers (relative, rules.md §8). */
export function peerStatusCells(value: unknown, peers: unknown, direction?: unknown): Spill {
  return guarded(() => {
    const quartiles = peerQuartiles(flatten(peers).map(readMeasured));
    const directionOf = memoised(parseDirection);
    return elementwise([value, direction], (v) => STATUS_LABELS.sv[statusAmongPeers(readMeasured(v[0]), quartiles, directionOf(v[1]))]);
  });
}

/** FORECAST: the full-year forecast from the year to date. */
export function forecastCells(ytd: unknown, monthsElapsed: unknown, profile?: unknown): Spill {
  return guarded(() => {
    const months = flatten(profile).map(readMeasured);
    const hasProfile = months.some((month) => month !== null);
    // A profile with a gap would silently shift the year's shape: refuse it rather than guess.
    if (hasProfile && months.some((month) => month === null)) throw new CellError("value");
    const profileValues = hasProfile ? (months as number[]) : undefined;
    return elementwise([ytd, monthsElapsed], (v) => forecast(readRequired(v[0]), readRequired(v[1]), profileValues));
  });
}
