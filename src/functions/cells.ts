/**
 * What each custom function computes, over single values or ranges: thin wrappers that read
 * Excel's values, call the core and write Swedish labels, numbers or Excel errors.
 *
 * Kept apart from functions.ts (which holds only the declarations Excel's metadata is read from)
 * so that these can be tested and benchmarked directly.
 */
import {
  attainmentWithin,
  forecast,
  parseDirection,
  parseRollupMethod,
  parseStatus,
  peerQuartiles,
  progress,
  rollup,
  judgeStatus,
  statusAmongPeers,
  statusCode,
  trend,
  upperBound,
  ASSESSMENT_LABELS,
  DEFAULT_TREND_BAND,
  DEFAULT_YELLOW_FROM,
  STATUS_LABELS,
  TREND_LABELS,
  type Status,
} from "../core";
import { commonShape, elementwise, guarded, single, type Position, type Spill } from "./elementwise";
import { CellError, excelError } from "./excel-errors";
import { flatten, memoised, readMeasured, readOptional, readRequired, readTarget, toCellInput } from "./excel-input";

// The per-cell computations and the word parsers are module-level functions, not closures made
// per call: Excel calls a function again and again, and fresh closures each time would make V8
// throw away the optimised loop on every call. The parsers are pure, so one memo serves all calls.
const readDirection = memoised(parseDirection);

function attainmentAt(v: Position): number {
  const goal = readTarget(v.at(1));
  const x = readMeasured(v.at(0));
  const kind = readDirection(v.at(2));
  // A relative target (Öka, …) has no ratio; a missing value has none either: both are #N/A.
  if (typeof goal !== "number" || x === null) throw new CellError("na");
  const ratio = attainmentWithin(x, kind, goal, upperBound(kind, goal, readMeasured(v.at(3))));
  if (ratio === undefined) throw new CellError("div0");
  return ratio;
}

/** ATTAINMENT: actual, target, [direction], [targetMax]. */
export function attainmentCells(actual: unknown, target: unknown, direction?: unknown, targetMax?: unknown): Spill {
  return elementwise([actual, target, direction, targetMax], attainmentAt);
}

function statusAt(v: Position): Status {
  return judgeStatus(
    readMeasured(v.at(0)),
    readTarget(v.at(1)),
    readDirection(v.at(2)),
    readMeasured(v.at(5)),
    readOptional(v.at(3)) ?? DEFAULT_YELLOW_FROM,
    readMeasured(v.at(4)),
    readMeasured(v.at(6)),
    DEFAULT_TREND_BAND,
  );
}

/** The seven STATUS parameters: actual, target, [direction], [yellowFrom], [tolerance], [targetMax], [previous]. */
export type StatusArgs = [unknown, unknown, unknown?, unknown?, unknown?, unknown?, unknown?];

/** STATUS with only its three first parameters: each row reads those and takes the defaults for the rest. */
function requiredStatusAt(v: Position): Status {
  return judgeStatus(readMeasured(v.at(0)), readTarget(v.at(1)), readDirection(v.at(2)), null, DEFAULT_YELLOW_FROM, null, null, DEFAULT_TREND_BAND);
}

function statusLabelAt(v: Position): string {
  return STATUS_LABELS.sv[statusAt(v)];
}

function requiredStatusLabelAt(v: Position): string {
  return STATUS_LABELS.sv[requiredStatusAt(v)];
}

/**
 * Whether the optional parameters (yellowFrom, tolerance, targetMax, previous) are all left out,
 * as in most calls. Their rows then need not be read: reading four absent values per row took
 * some 15 % of STATUS's time over a column (npm run bench).
 */
function onlyRequired(args: StatusArgs): boolean {
  return args.slice(3).every((arg) => arg === undefined || arg === null);
}

function statusCodeAt(v: Position): number {
  const code = statusCode(statusAt(v));
  if (code === null) throw new CellError("na");
  return code;
}

/** STATUS: Grön / Gul / Röd / Saknas. */
export function statusCells(...args: StatusArgs): Spill {
  return onlyRequired(args) ? elementwise(args.slice(0, 3), requiredStatusLabelAt) : elementwise(args, statusLabelAt);
}

/** STATUSCODE: 1 / 0 / −1, `#N/A` when missing. */
export function statusCodeCells(...args: StatusArgs): Spill {
  return elementwise(args, statusCodeAt);
}

function progressAt(v: Position): number {
  return progress(readRequired(v.at(0)), readRequired(v.at(1)), readRequired(v.at(2)));
}

/** PROGRESS: (x − B) / (T − B). */
export function progressCells(actual: unknown, baseline: unknown, target: unknown): Spill {
  return elementwise([actual, baseline, target], progressAt);
}

function trendLabelAt(v: Position): string {
  return TREND_LABELS.sv[trend(readMeasured(v.at(0)), readMeasured(v.at(1)), readDirection(v.at(2)), readOptional(v.at(3)))];
}

/** TREND: Förbättrad / Oförändrad / Försämrad / Saknas. */
export function trendCells(current: unknown, previous: unknown, direction?: unknown, band?: unknown): Spill {
  return elementwise([current, previous, direction, band], trendLabelAt);
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

/** PEERSTATUS: the value's quartile among the peers (relative, docs/rules.md §8). */
export function peerStatusCells(value: unknown, peers: unknown, direction?: unknown): Spill {
  return guarded(() => {
    const quartiles = peerQuartiles(flatten(peers).map(readMeasured));
    return elementwise([value, direction], (v) => STATUS_LABELS.sv[statusAmongPeers(readMeasured(v.at(0)), quartiles, readDirection(v.at(1)))]);
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
    return elementwise([ytd, monthsElapsed], (v) => forecast(readRequired(v.at(0)), readRequired(v.at(1)), profileValues));
  });
}
