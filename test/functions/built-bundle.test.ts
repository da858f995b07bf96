/**
 * dist/functions.js as Excel's JavaScript-only runtime loads it: evaluated alone, with nothing but
 * a CustomFunctions global (no window, document, self or Office), it must register every id in
 * functions.json and answer as Excel would. The bundle is built by the test suite's global setup.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { FUNCTION_CATALOGUE } from "../../src/functions/function-catalogue";
import { createRuntime, shownGrid, type CustomFunctionsRuntime } from "../support/custom-functions-runtime";

const dist = path.resolve(__dirname, "../../dist");

function loadBundle(): CustomFunctionsRuntime {
  const runtime = createRuntime();
  const context = vm.createContext({ CustomFunctions: runtime });
  vm.runInContext(readFileSync(path.join(dist, "functions.js"), "utf8"), context, { filename: "functions.js" });
  return runtime;
}

function call(runtime: CustomFunctionsRuntime, id: string, ...args: unknown[]): unknown {
  const fn = runtime.registered.get(id);
  if (fn === undefined) throw new Error(`${id} is not registered`);
  return shownGrid(fn(...args));
}

describe("the built functions.js", () => {
  it("loads with only a CustomFunctions global and registers exactly the ids of functions.json", () => {
    const runtime = loadBundle();
    const metadata = JSON.parse(readFileSync(path.join(dist, "functions.json"), "utf8")) as { functions: { id: string }[] };
    expect([...runtime.registered.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    expect(runtime.registered.size).toBe(8);
  });

  it("answers like Excel for single values, blanks and errors", () => {
    const runtime = loadBundle();
    expect(call(runtime, "STATUS", [[0.72]], [[0.8]], null, null, null, null, null)).toEqual([["Gul"]]);
    expect(call(runtime, "STATUS", [[null]], [[0.8]])).toEqual([["Saknas"]]);
    expect(call(runtime, "STATUSCODE", [[""]], [[0.8]])).toEqual([["#N/A"]]);
    expect(call(runtime, "ATTAINMENT", [[3]], [[0]])).toEqual([["#DIV/0!"]]);
    expect(call(runtime, "ATTAINMENT", [["n/a"]], [[3]])).toEqual([["#N/A"]]);
    expect(call(runtime, "STATUS", [["tolv"]], [[3]])).toEqual([["#VALUE!"]]);
  });

  it("spills over ranges with broadcasting, and errors inside the array", () => {
    const runtime = loadBundle();
    expect(call(runtime, "STATUS", [[25], [24], [""], ["x"], ["abc"]], [[27]], [["Högre"]])).toEqual([
      ["Gul"],
      ["Röd"],
      ["Saknas"],
      ["Saknas"],
      ["#VALUE!"],
    ]);
    expect(call(runtime, "TREND", [[80, 75.5]], [[75, 75]])).toEqual([["Förbättrad", "Oförändrad"]]);
    expect(call(runtime, "STATUS", [[1], [2]], [[1], [2], [3]])).toEqual([["#VALUE!"]]);
  });

  it.each(FUNCTION_CATALOGUE.map((entry) => [entry.id, entry] as const))("gives the result its documented example shows (%s)", (id, entry) => {
    const runtime = loadBundle();
    const args = entry.example.args.map((arg) => (typeof arg === "object" ? arg.map((item) => [item]) : [[arg]]));
    const [[result]] = call(runtime, id, ...args) as unknown[][] as [[unknown]];
    if (typeof entry.example.result === "number") expect(result).toBeCloseTo(entry.example.result, 3);
    else expect(result).toBe(entry.example.result);
  });
});
