/**
 * The Puls custom functions, as Excel sees them (docs/functions.md).
 *
 * This file is what custom-functions-metadata-plugin reads: the JSDoc of each `function`
 * declaration becomes functions.json, and the plugin appends `CustomFunctions.associate(ID, fn)`
 * for each. The ids are stored in users' workbooks and must never change. The parameter types
 * are `any[][]` because Excel passes any cell value (number, text, blank, error) and any range;
 * the metadata needs `any` to declare that, and the bodies hand everything to typed code at once.
 * Loading this file touches nothing but its own definitions: no DOM, no Office, no
 * CustomFunctions until a function is called.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel's metadata types; see above. */
/* eslint-disable @typescript-eslint/no-unused-vars -- called through the associate() lines the metadata plugin appends. */
import {
  attainmentCells,
  forecastCells,
  peerStatusCells,
  progressCells,
  rollupCells,
  statusCells,
  statusCodeCells,
  trendCells,
} from "./cells";

/**
 * Goal attainment: actual / target for "higher", target / actual for "lower", and for a range 1 inside it. #DIV/0! where the ratio is undefined, #N/A when a value is missing.
 * @customfunction ATTAINMENT ATTAINMENT
 * @param actual The outcome, or a range of outcomes.
 * @param target The target value (for a range: its lower bound), or a range of them.
 * @param [direction] Higher, Lower or Range (Högre, Lägre, Intervall). Default Higher.
 * @param [targetMax] The upper bound of a range target.
 * @returns The attainment ratio, one per row.
 */
function attainment(actual: any[][], target: any[][], direction?: any[][], targetMax?: any[][]): any[][] {
  return attainmentCells(actual, target, direction, targetMax);
}

/**
 * Traffic-light status of an outcome against its target: Grön, Gul, Röd or Saknas.
 * @customfunction STATUS STATUS
 * @param actual The outcome, or a range of outcomes.
 * @param target The target value, or a relative target (Öka, Minska, Förbättra, Bibehålla).
 * @param [direction] Higher, Lower or Range (Högre, Lägre, Intervall). Default Higher.
 * @param [yellowFrom] Yellow when attainment reaches this share of the target. Default 0.9.
 * @param [tolerance] Also yellow when the outcome is within this distance of the target.
 * @param [targetMax] The upper bound of a range target.
 * @param [previous] The previous outcome, for relative targets.
 * @returns Grön, Gul, Röd or Saknas, one per row.
 */
function status(
  actual: any[][],
  target: any[][],
  direction?: any[][],
  yellowFrom?: any[][],
  tolerance?: any[][],
  targetMax?: any[][],
  previous?: any[][],
): any[][] {
  return statusCells(actual, target, direction, yellowFrom, tolerance, targetMax, previous);
}

/**
 * Status as a number for icon sets: 1 green, 0 yellow, -1 red, #N/A when missing.
 * @customfunction STATUSCODE STATUSCODE
 * @param actual The outcome, or a range of outcomes.
 * @param target The target value, or a relative target (Öka, Minska, Förbättra, Bibehålla).
 * @param [direction] Higher, Lower or Range (Högre, Lägre, Intervall). Default Higher.
 * @param [yellowFrom] Yellow when attainment reaches this share of the target. Default 0.9.
 * @param [tolerance] Also yellow when the outcome is within this distance of the target.
 * @param [targetMax] The upper bound of a range target.
 * @param [previous] The previous outcome, for relative targets.
 * @returns 1, 0, -1 or #N/A, one per row.
 */
function statuscode(
  actual: any[][],
  target: any[][],
  direction?: any[][],
  yellowFrom?: any[][],
  tolerance?: any[][],
  targetMax?: any[][],
  previous?: any[][],
): any[][] {
  return statusCodeCells(actual, target, direction, yellowFrom, tolerance, targetMax, previous);
}

/**
 * Progress from the baseline towards the target: (actual - baseline) / (target - baseline).
 * @customfunction PROGRESS PROGRESS
 * @param actual The outcome, or a range of outcomes.
 * @param baseline The baseline value.
 * @param target The target value.
 * @returns The share of the way covered; negative when moving away, above 1 when past the target.
 */
function progress(actual: any[][], baseline: any[][], target: any[][]): any[][] {
  return progressCells(actual, baseline, target);
}

/**
 * Trend against the previous outcome: Förbättrad, Oförändrad, Försämrad or Saknas.
 * @customfunction TREND TREND
 * @param current The current outcome, or a range of them.
 * @param previous The previous outcome.
 * @param [direction] Higher or Lower (Högre, Lägre). Default Higher.
 * @param [band] A change within this share of the previous value counts as unchanged. Default 0.01.
 * @returns Förbättrad, Oförändrad, Försämrad or Saknas, one per row.
 */
function trend(current: any[][], previous: any[][], direction?: any[][], band?: any[][]): any[][] {
  return trendCells(current, previous, direction, band);
}

/**
 * Rolls statuses up into a goal assessment: Uppfyllt, Delvis uppfyllt, Ej uppfyllt or Kan ej bedömas.
 * @customfunction ROLLUP ROLLUP
 * @param statuses The children's statuses (Grön/Gul/Röd/Saknas, English labels or 1/0/-1).
 * @param [weights] One weight per status. Default 1 each.
 * @param [method] Average, Worst or Share (medel, sämsta, andel). Default Average.
 * @param [minCoverage] The share of weight that must have a status. Default 0.5.
 * @returns The assessment.
 */
function rollup(statuses: any[][], weights?: any[][], method?: any, minCoverage?: any): any[][] {
  return rollupCells(statuses, weights, method, minCoverage);
}

/**
 * Status among peers (other municipalities), by quartile: Grön in the best 25 %, Röd in the worst 25 %, else Gul; Saknas with fewer than 4 peers.
 * @customfunction PEERSTATUS PEERSTATUS
 * @param value The value to compare, or a range of values.
 * @param peers The peers' values.
 * @param [direction] Higher or Lower (Högre, Lägre). Default Higher.
 * @returns Grön, Gul, Röd or Saknas, relative to the peers.
 */
function peerstatus(value: any[][], peers: any[][], direction?: any[][]): any[][] {
  return peerStatusCells(value, peers, direction);
}

/**
 * Full-year forecast from the year-to-date outcome: linear, or following a 12-month profile.
 * @customfunction FORECAST FORECAST
 * @param ytd The outcome so far this year, or a range of them.
 * @param monthsElapsed Months elapsed, 1 to 12.
 * @param [profile] 12 monthly values (for example last year's outcome per month).
 * @returns The full-year forecast.
 */
function forecast(ytd: any[][], monthsElapsed: any[][], profile?: any[][]): any[][] {
  return forecastCells(ytd, monthsElapsed, profile);
}
