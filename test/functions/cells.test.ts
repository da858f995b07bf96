/**
 * @jest-environment node
 */
import "../support/install-runtime";
import {
  attainmentCells,
  forecastCells,
  peerStatusCells,
  progressCells,
  rollupCells,
  statusCells,
  statusCodeCells,
  trendCells,
} from "../../src/functions/cells";
import { shownGrid } from "../support/custom-functions-runtime";

describe("single values, as Excel passes them (each wrapped as a 1×1 range)", () => {
  it("computes attainment, and #DIV/0! where the ratio is undefined", () => {
    expect(shownGrid(attainmentCells([[25]], [[27]]))).toEqual([[25 / 27]]);
    expect(shownGrid(attainmentCells([[5]], [[0]]))).toEqual([["#DIV/0!"]]);
    expect(shownGrid(attainmentCells([[96]], [[90]], [["Intervall"]], [[95]]))).toEqual([[95 / 96]]);
  });

  it("gives #N/A for the attainment of a missing value or a relative target", () => {
    expect(shownGrid(attainmentCells([[null]], [[27]]))).toEqual([["#N/A"]]);
    expect(shownGrid(attainmentCells([[""]], [[27]]))).toEqual([["#N/A"]]);
    expect(shownGrid(attainmentCells([[5]], [["Öka"]]))).toEqual([["#N/A"]]);
  });

  it("writes statuses in Swedish, whatever language the direction was given in", () => {
    expect(shownGrid(statusCells([[25]], [[27]]))).toEqual([["Gul"]]);
    expect(shownGrid(statusCells([[6.2]], [[6.5]], [["lower"]]))).toEqual([["Grön"]]);
    expect(shownGrid(statusCells([[24]], [[27]], [["Högre är bättre"]]))).toEqual([["Röd"]]);
  });

  it("treats an empty cell as missing, never as zero", () => {
    expect(shownGrid(statusCells([[null]], [[5]], [["Lägre"]]))).toEqual([["Saknas"]]);
    expect(shownGrid(statusCells([[""]], [[5]], [["Lägre"]]))).toEqual([["Saknas"]]);
    expect(shownGrid(statusCodeCells([[null]], [[5]]))).toEqual([["#N/A"]]);
  });

  it("reads numbers typed as Swedish text and percentages", () => {
    expect(shownGrid(statusCells([["72 %"]], [["0,8"]]))).toEqual([["Gul"]]);
    expect(shownGrid(statusCodeCells([["1 234,5"]], [[1000]]))).toEqual([[1]]);
  });

  it("judges relative targets against the previous outcome", () => {
    expect(shownGrid(statusCells([[37.0]], [["Förbättra"]], null, null, null, null, [[37.6]]))).toEqual([["Röd"]]);
    expect(shownGrid(statusCells([[29.5]], [["Öka"]], null, null, null, null, [[8]]))).toEqual([["Grön"]]);
    expect(shownGrid(statusCells([[29.5]], [["Öka"]], null, null, null, null, [[null]]))).toEqual([["Saknas"]]);
  });

  it("uses the yellow threshold and the tolerance when given", () => {
    expect(shownGrid(statusCells([[85]], [[100]], null, [[0.8]]))).toEqual([["Gul"]]);
    expect(shownGrid(statusCells([[-1.5]], [[0]], null, null, [[2]]))).toEqual([["Gul"]]);
  });

  it("returns #VALUE! for text that is not a number and for unknown words, never a message", () => {
    expect(shownGrid(statusCells([["tolv"]], [[5]]))).toEqual([["#VALUE!"]]);
    expect(shownGrid(statusCells([[5]], [[5]], [["uppåt"]]))).toEqual([["#VALUE!"]]);
    expect(shownGrid(statusCells([[5]], [[1]], [["Intervall"]]))).toEqual([["#VALUE!"]]);
    expect(shownGrid(statusCells([[true]], [[5]]))).toEqual([["#VALUE!"]]);
  });

  it("treats an error value in a cell as missing", () => {
    const error = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    expect(shownGrid(statusCells([[error]], [[5]]))).toEqual([["Saknas"]]);
  });

  it("computes progress, trend and forecast", () => {
    expect(shownGrid(progressCells([[75]], [[70]], [[80]]))).toEqual([[0.5]]);
    expect(shownGrid(progressCells([[75]], [[80]], [[80]]))).toEqual([["#DIV/0!"]]);
    expect(shownGrid(progressCells([[null]], [[70]], [[80]]))).toEqual([["#N/A"]]);
    expect(shownGrid(trendCells([[80]], [[75]], [["Lägre"]]))).toEqual([["Försämrad"]]);
    expect(shownGrid(trendCells([[75.5]], [[75]]))).toEqual([["Oförändrad"]]);
    expect(shownGrid(trendCells([[75.5]], [[null]]))).toEqual([["Saknas"]]);
    expect(shownGrid(trendCells([[75.5]], [[75]], [["Intervall"]]))).toEqual([["#VALUE!"]]);
    expect(shownGrid(forecastCells([[540]], [[8]]))).toEqual([[810]]);
    expect(shownGrid(forecastCells([[540]], [[13]]))).toEqual([["#VALUE!"]]);
  });
});

describe("ranges: element-wise with the input's shape", () => {
  it("spills a column in the column's shape", () => {
    expect(shownGrid(statusCells([[25], [24], [27], [null]], [[27], [27], [27], [27]]))).toEqual([["Gul"], ["Röd"], ["Grön"], ["Saknas"]]);
  });

  it("broadcasts a single value across a range", () => {
    expect(shownGrid(statusCells([[25], [24], [30]], [[27]], [["Högre"]]))).toEqual([["Gul"], ["Röd"], ["Grön"]]);
    // Lower: 6 against 5 is 5/6 = 0.83 (red); against 6 and 7 the target is met.
    expect(shownGrid(statusCells([[6]], [[5], [6], [7]], [["Lägre"]]))).toEqual([["Röd"], ["Grön"], ["Grön"]]);
  });

  it("keeps a 2-D range's shape", () => {
    expect(shownGrid(statusCodeCells([[1, 2], [3, 4]], [[2, 2], [2, 4]]))).toEqual([[-1, 1], [1, 1]]);
  });

  it("reads a direction per row", () => {
    expect(shownGrid(statusCells([[5], [5]], [[6], [6]], [["Högre"], ["Lägre"]], [[0.9]]))).toEqual([["Röd"], ["Grön"]]);
  });

  it("puts an error in the one element that fails, not in the whole range", () => {
    expect(shownGrid(attainmentCells([[25], ["abc"], [5], [null]], [[27], [27], [0], [27]]))).toEqual([
      [25 / 27],
      ["#VALUE!"],
      ["#DIV/0!"],
      ["#N/A"],
    ]);
  });

  it("judges a column the same with the optional parameters left out as with their defaults given", () => {
    const actual = [[25], [24], [27], [null], ["72 %"], ["abc"], [5]];
    const target = [[27], [27], [27], [27], [0.8], [27], ["Öka"]];
    const direction = [["Högre"], ["Högre"], ["Lägre"], ["Högre"], ["Högre"], ["Högre"], ["Högre"]];
    const leftOut = shownGrid(statusCells(actual, target, direction));
    expect(leftOut).toEqual([["Gul"], ["Röd"], ["Grön"], ["Saknas"], ["Gul"], ["#VALUE!"], ["Saknas"]]);
    expect(shownGrid(statusCells(actual, target, direction, [[0.9]], [[null]], [[null]], [[null]]))).toEqual(leftOut);
    expect(shownGrid(statusCells(actual, target, direction, 0.9, null, null, null))).toEqual(leftOut);
  });

  it("gives #VALUE! when two ranges have different shapes", () => {
    expect(shownGrid(statusCells([[1], [2], [3]], [[1], [2]]))).toEqual([["#VALUE!"]]);
    expect(shownGrid(statusCells([[1, 2]], [[1], [2]]))).toEqual([["#VALUE!"]]);
  });
});

describe("list parameters: ROLLUP and PEERSTATUS", () => {
  it("rolls up a range of statuses in any accepted form", () => {
    expect(shownGrid(rollupCells([["Grön"], ["Grön"], ["Gul"], ["Gul"]]))).toEqual([["Uppfyllt"]]);
    expect(shownGrid(rollupCells([[1], [-1]]))).toEqual([["Delvis uppfyllt"]]);
    expect(shownGrid(rollupCells([["Green"], ["Red"], ["Red"]]))).toEqual([["Ej uppfyllt"]]);
    expect(shownGrid(rollupCells([["Grön"], [""], [null], ["Saknas"]]))).toEqual([["Kan ej bedömas"]]);
  });

  it("uses weights, method and minimum coverage", () => {
    expect(shownGrid(rollupCells([["Grön"], ["Röd"]], [[3], [1]]))).toEqual([["Uppfyllt"]]);
    expect(shownGrid(rollupCells([["Grön"], ["Gul"]], null, "sämsta"))).toEqual([["Delvis uppfyllt"]]);
    expect(shownGrid(rollupCells([["Grön"], [""], [""], [""]], null, null, 0.25))).toEqual([["Uppfyllt"]]);
    expect(shownGrid(rollupCells([["Grön"], ["Röd"]], [[3], [1], [1]]))).toEqual([["#VALUE!"]]);
    expect(shownGrid(rollupCells([["Blå"]]))).toEqual([["#VALUE!"]]);
    expect(shownGrid(rollupCells([["Grön"]], null, "median"))).toEqual([["#VALUE!"]]);
  });

  it("reads a peer row wider than a function call's arguments can hold, element by element", () => {
    // Spreading a row into push() passes each element as an argument, which overflows the stack.
    const wide = [Array.from({ length: 500_000 }, (_, index) => index % 10)];
    expect(shownGrid(peerStatusCells([[9]], wide))).toEqual([["Grön"]]);
  });

  it("ranks a value among peers, and several values against the same peers", () => {
    const peers = [[1], [2], [3], [4], [5], [6], [7], [8], [9]];
    expect(shownGrid(peerStatusCells([[9]], peers))).toEqual([["Grön"]]);
    expect(shownGrid(peerStatusCells([[9], [5], [1]], peers, [["Lägre"]]))).toEqual([["Röd"], ["Gul"], ["Grön"]]);
    expect(shownGrid(peerStatusCells([[9]], [[1], [2], [""]]))).toEqual([["Saknas"]]);
    expect(shownGrid(peerStatusCells([[9]], [[1], ["x"], [3], [4], ["n/a"], [6]]))).toEqual([["Grön"]]);
    expect(shownGrid(peerStatusCells([[9]], [[1], ["mycket"], [3], [4]]))).toEqual([["#VALUE!"]]);
  });

  it("forecasts with a profile, and refuses a profile with gaps", () => {
    const profile = [[60, 60, 60, 60, 60, 60, 70, 70, 75, 75, 75, 75]];
    expect((shownGrid(forecastCells([[540]], [[8]], profile)) as number[][])[0]?.[0]).toBeCloseTo(864, 9);
    expect(shownGrid(forecastCells([[540]], [[8]], [[60, 60, null, 60, 60, 60, 70, 70, 75, 75, 75, 75]]))).toEqual([["#VALUE!"]]);
  });
});

describe("Excel's rich values", () => {
  it("reads the plain value of a formatted number", () => {
    expect(shownGrid(statusCells([[{ type: "FormattedNumber", basicValue: 25, numberFormat: "0" }]], [[27]]))).toEqual([["Gul"]]);
  });
});
