/**
 * The generated metadata: functions.json from the JSDoc, functions-sv.json from the Swedish table.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { SWEDISH_FUNCTION_TEXTS } from "../../src/functions/function-catalogue";
import { localiseMetadata, type FunctionsMetadata } from "../../src/functions/localise-metadata";

const dist = path.resolve(__dirname, "../../dist");
const read = (name: string) => JSON.parse(readFileSync(path.join(dist, name), "utf8")) as FunctionsMetadata;

const EXPECTED = {
  ATTAINMENT: ["MÅLUPPFYLLELSE", ["actual", "target", "direction", "targetMax"]],
  STATUS: ["STATUS", ["actual", "target", "direction", "yellowFrom", "tolerance", "targetMax", "previous"]],
  STATUSCODE: ["STATUSKOD", ["actual", "target", "direction", "yellowFrom", "tolerance", "targetMax", "previous"]],
  PROGRESS: ["FRAMSTEG", ["actual", "baseline", "target"]],
  TREND: ["TREND", ["current", "previous", "direction", "band"]],
  ROLLUP: ["SAMMANVÄG", ["statuses", "weights", "method", "minCoverage"]],
  PEERSTATUS: ["JÄMFÖRELSE", ["value", "peers", "direction"]],
  FORECAST: ["PROGNOS", ["ytd", "monthsElapsed", "profile"]],
} as const;

describe("functions.json", () => {
  const english = read("functions.json");

  it("declares exactly the ids of docs/functions.md, with English names equal to the ids", () => {
    expect(english.functions.map((f) => [f.id, f.name])).toEqual(Object.keys(EXPECTED).map((id) => [id, id]));
  });

  it.each(Object.entries(EXPECTED))("declares the parameters of %s in order, required ones first", (id, [, parameters]) => {
    const fn = english.functions.find((f) => f.id === id);
    expect(fn?.parameters.map((p) => p.name)).toEqual(parameters);
    const optional = fn?.parameters.map((p) => p.optional === true) ?? [];
    expect(optional).toEqual([...optional].sort());
  });
});

describe("functions-sv.json", () => {
  const english = read("functions.json");
  const swedish = read("functions-sv.json");

  it("has the same ids with the Swedish names of docs/functions.md", () => {
    expect(swedish.functions.map((f) => [f.id, f.name])).toEqual(Object.entries(EXPECTED).map(([id, [name]]) => [id, name]));
  });

  it("keeps everything Excel calls by (types, dimensionality, optionality) and translates the text", () => {
    swedish.functions.forEach((fn, index) => {
      const source = english.functions[index];
      expect(fn.parameters.map(({ type, dimensionality, optional }) => ({ type, dimensionality, optional }))).toEqual(
        source?.parameters.map(({ type, dimensionality, optional }) => ({ type, dimensionality, optional })),
      );
      expect(fn.result).toMatchObject({ dimensionality: source?.result?.dimensionality });
      expect(fn.description).not.toBe(source?.description);
      for (const parameter of fn.parameters) expect(parameter.description).toBeTruthy();
    });
  });
});

describe("generating functions-sv.json", () => {
  const english = read("functions.json");

  it("fails, naming it, when the Swedish table lacks an id", () => {
    const { STATUS: _dropped, ...withoutStatus } = SWEDISH_FUNCTION_TEXTS;
    expect(() => localiseMetadata(english, withoutStatus)).toThrow("function STATUS has no Swedish entry");
  });

  it("fails, naming it, when the Swedish table has an id that is not declared", () => {
    const extra = { ...SWEDISH_FUNCTION_TEXTS, MEDIAN: { name: "MEDIAN", description: "x", parameters: {} } };
    expect(() => localiseMetadata(english, extra)).toThrow("Swedish entry for function MEDIAN, which is not declared");
  });

  it("fails when a parameter is missing or extra", () => {
    const trend = SWEDISH_FUNCTION_TEXTS.TREND;
    if (trend === undefined) throw new Error("TREND missing from the table");
    const { band: _band, ...parameters } = trend.parameters;
    const changed = { ...SWEDISH_FUNCTION_TEXTS, TREND: { ...trend, parameters: { ...parameters, speed: { name: "fart", description: "x" } } } };
    expect(() => localiseMetadata(english, changed)).toThrow(/TREND: parameter band has no Swedish entry[\s\S]*TREND: Swedish entry for parameter speed/);
  });
});
