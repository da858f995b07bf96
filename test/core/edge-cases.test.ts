import {
  attainment,
  deviation,
  forecast,
  isRuleError,
  numericTarget,
  parseCellValue,
  parseDirection,
  parseNumberText,
  parseRollupMethod,
  parseStatus,
  parseTarget,
  peerQuartiles,
  peerStatus,
  percentileInc,
  progress,
  rollup,
  RuleError,
  status,
  statusCode,
  trend,
  aggregate,
  parseAggregationMethod,
} from "../../src/core";

function ruleErrorCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (isRuleError(error)) return error.code;
    throw error;
  }
  return undefined;
}

describe("reading values", () => {
  it.each(["abc", "12,5,3", "1 23", "12 %%", "0x10", "1,5.2", "5,", "Infinity"])("rejects %j as an invalid number", (text) => {
    expect(ruleErrorCode(() => parseCellValue(text))).toBe("invalid-number");
  });

  it("reads English thousands with a decimal point and European thousands with a decimal comma", () => {
    expect(parseCellValue("1,234.5")).toBe(1234.5);
    expect(parseCellValue("1.234,5")).toBe(1234.5);
    expect(parseCellValue("1,234,567")).toBe(1234567);
  });

  it("reads a lone comma as the Swedish decimal comma, as a Swedish unit means it", () => {
    expect(parseNumberText("1,234")).toEqual({ value: 1.234, decimalComma: true, percent: false });
  });

  it("treats null, undefined and Excel error values as missing", () => {
    expect(parseCellValue(null)).toBeNull();
    expect(parseCellValue(undefined)).toBeNull();
    expect(parseCellValue({ errorCode: "#N/A" })).toBeNull();
  });

  it("rejects booleans and non-finite numbers instead of guessing", () => {
    expect(ruleErrorCode(() => parseCellValue(true))).toBe("invalid-number");
    expect(ruleErrorCode(() => parseCellValue(Number.NaN))).toBe("invalid-number");
  });

  it("keeps a real zero as zero", () => {
    expect(parseCellValue(0)).toBe(0);
    expect(parseCellValue("0")).toBe(0);
    expect(Object.is(parseCellValue("-0"), 0)).toBe(true);
  });
});

describe("reading parameters", () => {
  it("defaults a blank direction to higher and rejects unknown words", () => {
    expect(parseDirection(null)).toBe("higher");
    expect(parseDirection("  ")).toBe("higher");
    expect(ruleErrorCode(() => parseDirection("uppåt"))).toBe("invalid-direction");
    expect(ruleErrorCode(() => parseDirection(3))).toBe("invalid-direction");
  });

  it("reads relative target words and phrases in any case", () => {
    expect(parseTarget("ÖKA")).toBe("increase");
    expect(parseTarget("bättre än föregående år")).toBe("improve");
    expect(parseTarget("Oförändrad")).toBe("maintain");
    expect(parseTarget("lägre än föregående")).toBe("decrease");
    expect(parseTarget("")).toBeNull();
    expect(parseTarget("80 %")).toBe(0.8);
    expect(ruleErrorCode(() => parseTarget("mycket"))).toBe("invalid-target");
  });

  it("reads roll-up methods and aggregations in Swedish and English", () => {
    expect(parseRollupMethod("Sämsta")).toBe("worst");
    expect(parseRollupMethod("andel")).toBe("share");
    expect(parseRollupMethod(undefined)).toBe("average");
    expect(ruleErrorCode(() => parseRollupMethod("median"))).toBe("invalid-method");
    expect(parseAggregationMethod("Viktat medel")).toBe("weighted");
    expect(ruleErrorCode(() => parseAggregationMethod("median"))).toBe("invalid-aggregation");
  });

  it("reads statuses as labels, assessment labels or codes, blank as missing", () => {
    expect(parseStatus("Grön")).toBe("green");
    expect(parseStatus("red")).toBe("red");
    expect(parseStatus("Delvis uppfyllt")).toBe("yellow");
    expect(parseStatus("Kan ej bedömas")).toBe("missing");
    expect(parseStatus(0)).toBe("yellow");
    expect(parseStatus("\u22121")).toBe("red");
    expect(parseStatus("")).toBe("missing");
    expect(ruleErrorCode(() => parseStatus("Blå"))).toBe("invalid-status");
    expect(ruleErrorCode(() => parseStatus(2))).toBe("invalid-status");
  });
});

describe("attainment where the ratio is undefined", () => {
  it.each([
    ["higher", 5, 0],
    ["higher", 5, -2],
    ["lower", 0, 5],
    ["lower", -1, 5],
    ["lower", 5, 0],
  ] as const)("%s %d against %d is undefined", (direction, actual, goal) => {
    expect(attainment(actual, numericTarget(direction, goal))).toBeUndefined();
  });

  it("is undefined for a range whose lower bound is not positive", () => {
    expect(attainment(5, numericTarget("range", 0, 10))).toBeUndefined();
  });

  it("is undefined, never infinite, when the ratio overflows", () => {
    expect(attainment(-1e6, numericTarget("higher", 5e-324))).toBeUndefined();
    expect(attainment(1e6, numericTarget("higher", 5e-324))).toBeUndefined();
  });

  it("is not capped above 1", () => {
    expect(attainment(200, numericTarget("higher", 100))).toBe(2);
  });
});

describe("status edge cases", () => {
  const number = (value: number) => parseTarget(value);

  it("does not call an outcome far below a tiny target yellow (found by the property test)", () => {
    expect(status({ actual: -999999.9999999998, target: number(5e-324), direction: "higher", yellowFrom: 5e-324 })).toBe("red");
    expect(status({ actual: 0, target: number(5e-324), direction: "higher", yellowFrom: 5e-324 })).toBe("red");
  });

  it("meets the target exactly: green in every direction", () => {
    expect(status({ actual: 80, target: number(80), direction: "higher" })).toBe("green");
    expect(status({ actual: 80, target: number(80), direction: "lower" })).toBe("green");
    expect(status({ actual: 90, target: number(90), targetMax: 95, direction: "range" })).toBe("green");
    expect(status({ actual: 95, target: number(90), targetMax: 95, direction: "range" })).toBe("green");
  });

  it("is yellow exactly at the yellow threshold and red just below it", () => {
    expect(status({ actual: 90, target: number(100), direction: "higher" })).toBe("yellow");
    expect(status({ actual: 89.99, target: number(100), direction: "higher" })).toBe("red");
  });

  it("is yellow exactly at the absolute tolerance", () => {
    expect(status({ actual: 8, target: number(10), direction: "lower", tolerance: 2, yellowFrom: 1 })).toBe("green");
    expect(status({ actual: 12, target: number(10), direction: "lower", tolerance: 2, yellowFrom: 1 })).toBe("yellow");
    expect(status({ actual: 12.01, target: number(10), direction: "lower", tolerance: 2, yellowFrom: 1 })).toBe("red");
  });

  it("judges a zero target by meeting it or by the tolerance, never by attainment", () => {
    expect(status({ actual: 0, target: number(0), direction: "higher" })).toBe("green");
    expect(status({ actual: 1, target: number(0), direction: "lower" })).toBe("red");
    expect(status({ actual: 1, target: number(0), direction: "lower", tolerance: 1 })).toBe("yellow");
  });

  it("handles negative targets by the meeting rule and tolerance", () => {
    expect(status({ actual: -6, target: number(-5), direction: "higher" })).toBe("red");
    expect(status({ actual: -6, target: number(-5), direction: "lower" })).toBe("green");
  });

  it("is missing when the actual or the target is missing, never a colour", () => {
    expect(status({ actual: null, target: number(5), direction: "higher" })).toBe("missing");
    expect(status({ actual: 5, target: parseTarget(null), direction: "higher" })).toBe("missing");
    expect(status({ actual: 5, target: parseTarget("Öka"), direction: "higher", previous: null })).toBe("missing");
  });

  it("rejects a range without its upper bound, a reversed range and a stray upper bound", () => {
    expect(ruleErrorCode(() => status({ actual: 5, target: number(1), direction: "range" }))).toBe("inconsistent-parameters");
    expect(ruleErrorCode(() => status({ actual: 5, target: number(9), targetMax: 1, direction: "range" }))).toBe("inconsistent-parameters");
    expect(ruleErrorCode(() => status({ actual: 5, target: number(9), targetMax: 10, direction: "higher" }))).toBe("inconsistent-parameters");
  });

  it("rejects a yellow threshold outside 0–1 and a negative tolerance", () => {
    expect(ruleErrorCode(() => status({ actual: 5, target: number(9), direction: "higher", yellowFrom: 90 }))).toBe("invalid-parameter");
    expect(ruleErrorCode(() => status({ actual: 5, target: number(9), direction: "higher", tolerance: -1 }))).toBe("invalid-parameter");
  });

  it("gives the icon-set codes 1, 0, −1 and null for missing", () => {
    expect(["green", "yellow", "red", "missing"].map((value) => statusCode(value as "green"))).toEqual([1, 0, -1, null]);
  });
});

describe("relative targets in every direction", () => {
  it.each([
    ["Öka", "higher", 100, 100.5, "yellow"],
    ["Öka", "higher", 90, 100, "red"],
    ["Minska", "lower", 90, 100, "green"],
    ["Minska", "lower", 110, 100, "red"],
    ["Minska", "higher", 99.5, 100, "yellow"],
    ["Förbättra", "lower", 90, 100, "green"],
    ["Förbättra", "higher", 100.5, 100, "yellow"],
    ["Bibehålla", "higher", 120, 100, "green"],
    ["Bibehålla", "lower", 120, 100, "red"],
  ] as const)("%s, %s, %d after %d → %s", (word, direction, actual, previous, expected) => {
    expect(status({ actual, target: parseTarget(word), direction, previous })).toBe(expected);
  });

  it("cannot judge Förbättra for a range indicator", () => {
    expect(ruleErrorCode(() => status({ actual: 5, target: parseTarget("Förbättra"), direction: "range", previous: 4 }))).toBe(
      "inconsistent-parameters",
    );
  });
});

describe("progress and trend edge cases", () => {
  it("is undefined when the target equals the baseline", () => {
    expect(ruleErrorCode(() => progress(5, 3, 3))).toBe("undefined-ratio");
  });

  it("works for a falling target", () => {
    expect(progress(8, 10, 6)).toBe(0.5);
  });

  it("uses an absolute band of 0 when the previous value is 0", () => {
    expect(trend(0, 0, "higher")).toBe("stable");
    expect(trend(0.001, 0, "higher")).toBe("improving");
  });

  it("is missing when either value is missing", () => {
    expect(trend(null, 5, "higher")).toBe("missing");
    expect(trend(5, null, "lower")).toBe("missing");
  });

  it("judges a range by the distance to the range", () => {
    const range = numericTarget("range", 90, 95);
    expect(trend(97, 100, "range", 0.01, range)).toBe("improving");
    expect(trend(85, 89, "range", 0.01, range)).toBe("worsening");
    expect(trend(91, 94, "range", 0.01, range)).toBe("stable");
    expect(ruleErrorCode(() => trend(91, 94, "range"))).toBe("inconsistent-parameters");
  });
});

describe("roll-up methods, weights and coverage", () => {
  const children = (...statuses: string[]) => statuses.map((label) => ({ status: parseStatus(label) }));

  it("takes the worst child's status with the worst method", () => {
    expect(rollup(children("Grön", "Gul", "Grön"), "worst").assessment).toBe("partlyMet");
    expect(rollup(children("Grön", "Röd", ""), "worst").assessment).toBe("notMet");
    expect(rollup(children("Grön", "Grön"), "worst").assessment).toBe("met");
  });

  it("counts shares of the known weight with the share method", () => {
    expect(rollup(children("Grön", "Grön", "Röd"), "share").assessment).toBe("met");
    expect(rollup(children("Röd", "Röd", "Gul"), "share").assessment).toBe("notMet");
    expect(rollup(children("Grön", "Gul", "Röd", "Gul"), "share").assessment).toBe("partlyMet");
  });

  it("weighs children by their weights and counts missing weight in coverage", () => {
    const result = rollup([
      { status: "green", weight: 3 },
      { status: "red", weight: 1 },
      { status: "missing", weight: 4 },
    ]);
    expect(result).toEqual({ assessment: "met", score: 0.75, coverage: 0.5 });
  });

  it("cannot assess a goal without children or with only zero weights", () => {
    expect(rollup([])).toEqual({ assessment: "cannotAssess", score: null, coverage: 0 });
    expect(rollup([{ status: "green", weight: 0 }]).assessment).toBe("cannotAssess");
  });

  it("assesses at exactly the minimum coverage", () => {
    expect(rollup(children("Grön", ""), "average", 0.5).assessment).toBe("met");
  });

  it("rejects negative weights and coverage outside 0–1", () => {
    expect(ruleErrorCode(() => rollup([{ status: "green", weight: -1 }]))).toBe("invalid-parameter");
    expect(ruleErrorCode(() => rollup([], "average", 1.5))).toBe("invalid-parameter");
  });
});

describe("aggregation over units", () => {
  it.each([
    ["mean", 15],
    ["min", 10],
    ["max", 20],
    ["sum", 30],
  ] as const)("%s of 10, missing, 20 → %d from 2 units", (method, expected) => {
    expect(aggregate([10, null, 20], method)).toEqual({ value: expected, count: 2 });
  });

  it("weighs by size, leaving out units with a missing value or size", () => {
    expect(aggregate([10, 20, 30, null], "weighted", [1, 3, null, 5])).toEqual({ value: 17.5, count: 2 });
  });

  it("is missing, not zero, when no unit has a value", () => {
    expect(aggregate([null, null], "sum")).toEqual({ value: null, count: 0 });
    expect(aggregate([], "mean")).toEqual({ value: null, count: 0 });
  });

  it("reports nothing for none: the higher level reports its own value", () => {
    expect(aggregate([1, 2], "none")).toEqual({ value: null, count: 0 });
  });

  it("needs one weight per value for a weighted mean", () => {
    expect(ruleErrorCode(() => aggregate([1, 2], "weighted", [1]))).toBe("invalid-parameter");
  });
});

describe("peer comparison edge cases", () => {
  it("matches Excel's PERCENTILE.INC on a small list", () => {
    // Excel: =PERCENTILE.INC({1,2,3,4},0.25) → 1.75; 0.75 → 3.25.
    expect(percentileInc([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(percentileInc([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(percentileInc([7], 0.75)).toBe(7);
  });

  it("is missing with fewer than 4 peers, counting only present values", () => {
    expect(peerStatus(5, [1, 2, 3], "higher")).toBe("missing");
    expect(peerStatus(5, [1, 2, 3, null, null], "higher")).toBe("missing");
    expect(peerStatus(5, [1, 2, 3, 4], "higher")).toBe("green");
    expect(peerQuartiles([4, 1, 3, 2])).toEqual({ q1: 1.75, q3: 3.25, count: 4 });
  });

  it("is green for everyone when all peers tie, since everyone is at Q3", () => {
    expect(peerStatus(5, [5, 5, 5, 5], "higher")).toBe("green");
    expect(peerStatus(5, [5, 5, 5, 5], "lower")).toBe("green");
  });

  it("is missing when the value itself is missing", () => {
    expect(peerStatus(null, [1, 2, 3, 4], "higher")).toBe("missing");
  });
});

describe("forecast and deviation edge cases", () => {
  it("rejects months outside 1–12 and profiles that are not 12 values", () => {
    expect(ruleErrorCode(() => forecast(1, 0))).toBe("invalid-parameter");
    expect(ruleErrorCode(() => forecast(1, 13))).toBe("invalid-parameter");
    expect(ruleErrorCode(() => forecast(1, 2.5))).toBe("invalid-parameter");
    expect(ruleErrorCode(() => forecast(1, 2, [1, 2]))).toBe("invalid-parameter");
  });

  it("is undefined when the profile has no share by that month", () => {
    expect(ruleErrorCode(() => forecast(1, 2, [0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]))).toBe("undefined-ratio");
  });

  it("gives the deviation from budget, relative to the budget's size", () => {
    expect(deviation(810, 800)).toEqual({ deviation: 10, relative: 0.0125 });
    expect(deviation(-90, -100)).toEqual({ deviation: 10, relative: 0.1 });
    expect(deviation(5, 0)).toEqual({ deviation: 5, relative: undefined });
  });

  it("raises only RuleError from the rules", () => {
    expect(() => forecast(1, 0)).toThrow(RuleError);
  });
});

describe("error messages name the offending input", () => {
  it("quotes text and prints objects readably, never [object Object]", () => {
    expect(() => parseDirection({ a: 1 })).toThrow('Unknown direction: {"a":1}');
    expect(() => parseCellValue("tolv")).toThrow('Not a number: "tolv"');
  });
});
