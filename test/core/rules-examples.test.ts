/**
 * Every worked example in docs/rules.md, as a table. If one of these fails, the core disagrees with the
 * specification that controllers audit.
 */
import {
  aggregate,
  attainment,
  forecast,
  numericTarget,
  parseCellValue,
  parseDirection,
  parseStatus,
  parseTarget,
  peerStatus,
  progress,
  rollup,
  status,
  trend,
  type Direction,
} from "../../src/core";

function target(direction: Direction, low: number, high?: number) {
  return numericTarget(direction, low, high ?? null);
}

describe("§0 values: number text in Swedish and English is that number", () => {
  it.each([
    ["12,5", 12.5],
    ["12.5", 12.5],
    ["1 234,5", 1234.5],
    ["1\u00a0234,5", 1234.5],
    ["85 %", 0.85],
    ["85%", 0.85],
    ["\u22123", -3],
  ])("%j reads as %d", (text, expected) => {
    expect(parseCellValue(text)).toBeCloseTo(expected, 12);
  });

  it.each(["-", "–", ".", "..", "n/a", "NA", "saknas", "Ej tillämplig", "e.t.", "X", "  ", "", "#N/A", "#DIV/0!"])(
    "%j is missing, never zero",
    (text) => {
      expect(parseCellValue(text)).toBeNull();
    },
  );

  it("72 % against a target of 80 % is yellow, not red, despite floating-point rounding", () => {
    expect(0.72 / 0.8).toBeLessThan(0.9);
    expect(status({ actual: 0.72, target: parseTarget(0.8), direction: "higher" })).toBe("yellow");
  });
});

describe("§1 direction words", () => {
  it.each([
    ["Högre", "higher"],
    ["higher", "higher"],
    ["Högre är bättre", "higher"],
    ["+", "higher"],
    ["H", "higher"],
    ["lägre", "lower"],
    ["-", "lower"],
    ["L", "lower"],
    ["Intervall", "range"],
    ["I", "range"],
    ["range", "range"],
  ])("%j means %s", (word, expected) => {
    expect(parseDirection(word)).toBe(expected);
  });
});

describe("§2 attainment examples", () => {
  it.each([
    ["higher", 25, 27, undefined, 0.926],
    ["higher", 18078, 14978, undefined, 1.207],
    ["lower", 6.2, 6.5, undefined, 1.048],
    ["lower", 10.2, 10.1, undefined, 0.99],
    ["range", 96, 90, 95, 0.99],
  ] as const)("%s %d against %d (max %s) → %d", (direction, actual, low, high, expected) => {
    expect(attainment(actual, target(direction, low, high))).toBeCloseTo(expected, 3);
  });
});

describe("§3 status examples (yellow from 0.9)", () => {
  it.each([
    ["higher", 25, 27, undefined, undefined, "yellow"],
    ["higher", 24, 27, undefined, undefined, "red"],
    ["higher", 0.72, 0.8, undefined, undefined, "yellow"],
    ["lower", 6.2, 6.5, undefined, undefined, "green"],
    ["lower", 7.0, 6.5, undefined, undefined, "yellow"],
    ["lower", 0, 5, undefined, undefined, "green"],
    ["higher", -1.5, 0, undefined, undefined, "red"],
    ["higher", -1.5, 0, undefined, 2, "yellow"],
    ["higher", -3, -5, undefined, undefined, "green"],
    ["range", 96, 90, 95, undefined, "yellow"],
    ["range", 80, 90, 95, undefined, "red"],
  ] as const)("%s %d against %d (max %s, tolerance %s) → %s", (direction, actual, low, high, tolerance, expected) => {
    expect(
      status({
        actual,
        target: parseTarget(low),
        targetMax: high ?? null,
        direction,
        tolerance: tolerance ?? null,
      }),
    ).toBe(expected);
  });
});

describe("§3b relative target examples (band 0.01)", () => {
  it.each([
    ["Förbättra", "higher", 37.0, 37.6, "red"],
    ["Öka", "higher", 29.5, 8.0, "green"],
    ["Bibehålla", "higher", 37.4, 37.6, "green"],
  ] as const)("%s, %s, %d after %d → %s", (word, direction, actual, previous, expected) => {
    expect(status({ actual, target: parseTarget(word), direction, previous, band: 0.01 })).toBe(expected);
  });
});

describe("§4 progress examples", () => {
  it.each([
    [75, 70, 80, 0.5],
    [68, 70, 80, -0.2],
  ])("x %d from B %d towards T %d → %d", (actual, baseline, goal, expected) => {
    expect(progress(actual, baseline, goal)).toBeCloseTo(expected, 12);
  });
});

describe("§5 trend examples", () => {
  it.each([
    ["higher", 80, 75, "improving"],
    ["lower", 80, 75, "worsening"],
    ["higher", 75.5, 75, "stable"],
  ] as const)("%s %d after %d → %s", (direction, current, previous, expected) => {
    expect(trend(current, previous, direction)).toBe(expected);
  });
});

describe("§6 roll-up examples (average)", () => {
  it.each([
    ["G G Y Y", 0.75, 1, "met"],
    ["G R", 0.5, 1, "partlyMet"],
    ["G R R", 1 / 3, 1, "notMet"],
    ["G - - -", 1, 0.25, "cannotAssess"],
  ] as const)("%s → score %d, coverage %d, %s", (letters, score, coverage, assessment) => {
    const children = letters.split(" ").map((letter) => ({ status: parseStatus(letter === "-" ? "" : { G: "Grön", Y: "Gul", R: "Röd" }[letter]) }));
    const result = rollup(children, "average");
    expect(result.assessment).toBe(assessment);
    expect(result.score).toBeCloseTo(score, 3);
    expect(result.coverage).toBeCloseTo(coverage, 12);
  });
});

describe("§7 aggregation leaves missing values out and reports the count", () => {
  it("sums only the values that exist", () => {
    expect(aggregate([10, null, 20], "sum")).toEqual({ value: 30, count: 2 });
  });
});

describe("§8 peer comparison uses Excel's PERCENTILE.INC quartiles", () => {
  const peers = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  it.each([
    [9, "higher", "green"],
    [7, "higher", "green"],
    [5, "higher", "yellow"],
    [3, "higher", "red"],
    [3, "lower", "green"],
    [7, "lower", "red"],
    [5, "range", "missing"],
  ] as const)("%d among 1..9, %s → %s", (value, direction, expected) => {
    expect(peerStatus(value, peers, direction)).toBe(expected);
  });
});

describe("§9 forecast examples", () => {
  it("is linear without a profile: ytd 540 after 8 months → 810", () => {
    expect(forecast(540, 8)).toBe(810);
  });

  it("follows a profile: 500 of 800 by August → 864", () => {
    const profile = [60, 60, 60, 60, 60, 60, 70, 70, 75, 75, 75, 75];
    expect(profile.slice(0, 8).reduce((a, b) => a + b, 0)).toBe(500);
    expect(profile.reduce((a, b) => a + b, 0)).toBe(800);
    expect(forecast(540, 8, profile)).toBeCloseTo(864, 9);
  });
});
