/**
 * The worked examples of docs/rules.md, read from the document itself and recomputed with the
 * core: if the document and the code disagree, this fails, so an auditor recomputing a status by
 * hand from the document gets what Puls shows.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  aggregate,
  attainment,
  deviation,
  INVESTMENT_PROFILE,
  forecast,
  numericTarget,
  parseCellValue,
  parseDirection,
  parseTarget,
  peerQuartiles,
  peerStatus,
  progress,
  rollup,
  status,
  trend,
  type Direction,
  type Measured,
  type Status,
} from "../../src/core";

const doc = readFileSync(join(__dirname, "../../docs/rules.md"), "utf8");

/** The body of section `## n.` (or `### nb.`), up to the next heading of the same or a higher level. */
function section(number: string): string {
  const lines = doc.split("\n");
  const level = number.endsWith("b") ? "###" : "##";
  const start = lines.findIndex((line) => line.startsWith(`${level} ${number}. `));
  if (start < 0) throw new Error(`No section ${number} in docs/rules.md`);
  const end = lines.findIndex((line, index) => index > start && (line.startsWith("## ") || (level === "###" && line.startsWith("### "))));
  return lines.slice(start + 1, end < 0 ? undefined : end).join("\n");
}

/** The rows of the first table in `text` whose header row begins with `firstHeader`, as trimmed cells without markup. */
function table(text: string, firstHeader: string): string[][] {
  const lines = text.split("\n");
  const start = lines.findIndex((line) => line.startsWith(`| ${firstHeader} |`));
  if (start < 0) throw new Error(`No table starting with "${firstHeader}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(
      line
        .replace(/\\\|/g, "¦")
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim().replace(/`/g, "").replace(/\*/g, "")),
    );
  }
  if (rows.length === 0) throw new Error(`The table "${firstHeader}" has no rows`);
  return rows;
}

const num = (cell: string): number => {
  const value = Number(cell);
  if (cell === "" || Number.isNaN(value)) throw new Error(`Not a number in the document: "${cell}"`);
  return value;
};
const optional = (cell: string): number | null => (cell === "" ? null : num(cell));
const measuredList = (cell: string): Measured[] => cell.split(/\s+/).map((part) => (part === "-" ? null : num(part)));
const word = (cell: string): string => cell.split(/\s+/).slice(0, cell.startsWith("partly") || cell.startsWith("not") ? 2 : cell.startsWith("cannot") ? 4 : 1).join(" ");
const STATUS_LETTERS: Readonly<Record<string, Status>> = { G: "green", Y: "yellow", R: "red", "-": "missing" };
const ASSESSMENT_WORDS: Readonly<Record<string, string>> = { met: "met", "partly met": "partlyMet", "not met": "notMet", "cannot be assessed": "cannotAssess" };

function target(direction: Direction, low: number, high: number | null) {
  return numericTarget(direction, low, direction === "range" ? high : null);
}

describe("docs/rules.md §0: how text reads", () => {
  it.each(table(section("0"), "text"))("%s reads as %s", (text, expected) => {
    const input = text === "(blank)" ? "" : text;
    if (expected === "invalid") expect(() => parseCellValue(input)).toThrow();
    else if (expected === "missing") expect(parseCellValue(input)).toBeNull();
    else expect(parseCellValue(input)).toBeCloseTo(num(expected), 12);
  });
});

describe("docs/rules.md §1: direction words", () => {
  const rows = table(section("1"), "direction");
  it.each(rows.map((row) => [row[0] ?? "", row[2] ?? ""]))("%s", (meaning, words) => {
    const expected = meaning.startsWith("higher") ? "higher" : meaning.startsWith("lower") ? "lower" : "range";
    for (const spelling of words.split(", ")) expect(parseDirection(spelling)).toBe(expected);
  });
});

describe("docs/rules.md §2: attainment", () => {
  it.each(table(section("2"), "direction | x"))("%s %s against %s (U %s) → %s", (direction, x, low, high, expected) => {
    const d = parseDirection(direction);
    const result = attainment(num(x ?? ""), target(d, num(low ?? ""), optional(high ?? "")));
    if (expected === "undefined") expect(result).toBeUndefined();
    else expect(result).toBeCloseTo(num(expected ?? ""), 3);
  });
});

describe("docs/rules.md §3: status", () => {
  it.each(table(section("3"), "direction | x"))("%s %s against %s (U %s, y %s, a %s) → %s", (direction, x, low, high, y, a, expectedAttainment, _step, expected) => {
    const d = parseDirection(direction);
    const actual = optional(x ?? "");
    expect(status({ actual, target: parseTarget(num(low ?? "")), targetMax: optional(high ?? ""), direction: d, yellowFrom: num(y ?? ""), tolerance: optional(a ?? "") })).toBe(expected);
    if (actual !== null) {
      const ratio = attainment(actual, target(d, num(low ?? ""), optional(high ?? "")));
      if (expectedAttainment === "undefined") expect(ratio).toBeUndefined();
      else expect(ratio).toBeCloseTo(num(expectedAttainment ?? ""), 3);
    }
  });
});

describe("docs/rules.md §3b: relative targets", () => {
  const text = section("3b");
  it.each(table(text, "target | also accepted"))("%s and its phrases are read as one relative target", (name, also) => {
    const meaning = parseTarget(name ?? "");
    for (const phrase of (also ?? "").split(", ")) expect(parseTarget(phrase)).toBe(meaning);
  });
  it.each(table(text, "target | direction"))("%s, %s, %s after %s (f %s) → %s", (word, direction, x, p, f, _band, expected) => {
    expect(status({ actual: optional(x ?? ""), target: parseTarget(word ?? ""), direction: parseDirection(direction), previous: optional(p ?? ""), band: num(f ?? "") })).toBe(expected);
  });
});

describe("docs/rules.md §4: progress", () => {
  it.each(table(section("4"), "B"))("B %s, T %s, x %s → %s", (b, t, x, expected) => {
    if (expected === "undefined") expect(() => progress(num(x ?? ""), num(b ?? ""), num(t ?? ""))).toThrow();
    else expect(progress(num(x ?? ""), num(b ?? ""), num(t ?? ""))).toBeCloseTo(num(expected ?? ""), 12);
  });
});

describe("docs/rules.md §5: trend", () => {
  it.each(table(section("5"), "direction | c"))("%s %s after %s ([%s, %s], f %s) → %s", (direction, c, p, low, high, f, expected) => {
    const d = parseDirection(direction);
    const range = d === "range" ? numericTarget(d, num(low ?? ""), num(high ?? "")) : undefined;
    expect(trend(num(c ?? ""), num(p ?? ""), d, num(f ?? ""), range)).toBe(expected);
  });
});

describe("docs/rules.md §6: roll-up", () => {
  it.each(table(section("6"), "method | children"))("%s of %s (weights %s) → score %s, coverage %s, %s", (method, children, weights, score, coverage, expected) => {
    const statuses = children === "(none)" ? [] : (children ?? "").split(/\s+/).map((letter) => STATUS_LETTERS[letter] as Status);
    const w = weights === "" ? undefined : (weights ?? "").split(/\s+/).map(num);
    const result = rollup(statuses.map((s, index) => ({ status: s, weight: w?.[index] })), method === "average" ? "average" : method === "worst" ? "worst" : "share");
    expect(result.assessment).toBe(ASSESSMENT_WORDS[word(expected ?? "")]);
    if (score === "") expect(result.score).toBeNull();
    else expect(result.score).toBeCloseTo(num(score ?? ""), 3);
    expect(result.coverage).toBeCloseTo(num(coverage ?? ""), 12);
  });
});

describe("docs/rules.md §7: aggregation", () => {
  it.each(table(section("7"), "method | values"))("%s of %s (sizes %s) → %s from %s", (method, values, sizes, expected, count) => {
    const result = aggregate(measuredList(values ?? ""), method === "weighted" ? "weighted" : (method as "sum"), sizes === "" ? undefined : measuredList(sizes ?? ""));
    if (expected === "missing") expect(result.value).toBeNull();
    else expect(result.value).toBeCloseTo(num(expected ?? ""), 3);
    expect(result.count).toBe(num(count ?? ""));
  });
});

describe("docs/rules.md §8: peer comparison", () => {
  it.each(table(section("8"), "peers"))("%s, x %s, %s → Q1 %s, Q3 %s, %s", (peers, x, direction, q1, q3, expected) => {
    const values = measuredList(peers ?? "");
    const d = parseDirection(direction);
    expect(peerStatus(num(x ?? ""), values, d)).toBe(expected);
    const quartiles = peerQuartiles(values);
    if (q1 === "") expect(quartiles).toBeUndefined();
    else {
      expect(quartiles?.q1).toBeCloseTo(num(q1 ?? ""), 9);
      expect(quartiles?.q3).toBeCloseTo(num(q3 ?? ""), 9);
    }
  });
});

describe("docs/rules.md §9: forecast and deviation", () => {
  it("has the investment profile's shares as the code has them", () => {
    const rows = table(section("9"), "share (%)");
    const month = rows.find((row) => row[0] === "month")?.slice(1).map(num);
    const cumulative = rows.find((row) => row[0] === "by the month's end")?.slice(1).map(num);
    expect(month).toEqual([...INVESTMENT_PROFILE]);
    expect(cumulative).toEqual(INVESTMENT_PROFILE.map((_, i) => INVESTMENT_PROFILE.slice(0, i + 1).reduce((a, b) => a + b, 0)));
  });

  it.each(table(section("9"), "ytd"))("ytd %s after %s months (profile share %s, %s is better) → %s; budget %s → %s, %s", (ytd, m, share, direction, expected, budget, diff, relative) => {
    // A profile with the stated share by month m: spread evenly before and after it.
    let profile: number[] | undefined;
    if (share !== "") {
      const [elapsed, total] = (share ?? "").split(" / ").map(num) as [number, number];
      const months = num(m ?? "");
      profile = Array.from({ length: 12 }, (_, index) => (index < months ? elapsed / months : (total - elapsed) / (12 - months)));
    }
    const full = forecast(num(ytd ?? ""), num(m ?? ""), profile);
    expect(full).toBeCloseTo(num(expected ?? ""), 9);
    if (budget !== "") {
      // + is better than budget: for a cost (lower) budget − forecast.
      const result = deviation(full, num(budget ?? ""), direction === "lower" ? "lower" : "higher");
      expect(result.deviation).toBeCloseTo(num(diff ?? ""), 9);
      expect(result.relative).toBeCloseTo(num(relative ?? ""), 12);
    }
  });
});
