/**
 * `npm run bench`: the custom functions' spill path against a floor.
 *
 * STATUS and ATTAINMENT are evaluated element-wise over 100,000-row columns through the built
 * dist/functions.js, called as Excel calls it: the function registered with
 * CustomFunctions.associate, given 2-D arrays, in a realm where CustomFunctions is a global.
 * The floor is a bare inline loop over the same numbers that does the least any implementation
 * must: read each row, compute the result with plain arithmetic, write it into a result array of
 * the same shape. Each side runs in its own fresh Node process with the same data and warm-up, so
 * neither pays for the other's heap. Target: ≤ 5× the floor.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { createRuntime } from "../test/support/custom-functions-runtime";

const ROWS = 100_000;
const WARM_UP = 10;
const REPEATS = 21;
const TARGET_RATIO = 5;
const FUNCTIONS = ["STATUS", "ATTAINMENT"] as const;
type FunctionId = (typeof FUNCTIONS)[number];
type Side = "puls" | "floor";
type Grid = number[][];

function column(seed: number, scale: number, offset: number): Grid {
  // A fixed linear congruential sequence: the same numbers on every run and machine.
  let state = seed;
  const values: Grid = new Array<number[]>(ROWS);
  for (let i = 0; i < ROWS; i++) {
    state = (state * 1664525 + 1013904223) % 4294967296;
    values[i] = [offset + (state / 4294967296) * scale];
  }
  return values;
}

const actual = column(7, 60, 50);
const target = column(11, 20, 80);
const direction = [["Högre"]];

const FLOORS: Record<FunctionId, () => unknown[][]> = {
  STATUS: () => {
    const out: unknown[][] = new Array<unknown[]>(ROWS);
    for (let i = 0; i < ROWS; i++) {
      const x = (actual[i] as number[])[0] as number;
      const t = (target[i] as number[])[0] as number;
      out[i] = [x >= t ? "Grön" : t > 0 && x / t >= 0.9 ? "Gul" : "Röd"];
    }
    return out;
  },
  ATTAINMENT: () => {
    const out: unknown[][] = new Array<unknown[]>(ROWS);
    for (let i = 0; i < ROWS; i++) out[i] = [((actual[i] as number[])[0] as number) / ((target[i] as number[])[0] as number)];
    return out;
  },
};

function registeredFunction(id: FunctionId): (...args: unknown[]) => unknown[][] {
  const runtime = createRuntime();
  // Evaluated in this realm with CustomFunctions as a real global, as in Excel's runtime.
  // (A vm sandbox would intercept every global lookup, Math and Array included, and time that.)
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = runtime;
  vm.runInThisContext(readFileSync(path.resolve(__dirname, "..", "dist", "functions.js"), "utf8"), { filename: "functions.js" });
  const fn = runtime.registered.get(id);
  if (fn === undefined) throw new Error(`${id} is not registered by dist/functions.js`);
  return fn as (...args: unknown[]) => unknown[][];
}

/** In a child process: the median time of one side over the columns, in ms. */
function measure(id: FunctionId, side: Side): number {
  const run = side === "floor" ? FLOORS[id] : (() => {
    const fn = registeredFunction(id);
    return () => fn(actual, target, direction);
  })();
  for (let i = 0; i < WARM_UP; i++) run();
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

function inChild(id: FunctionId, side: Side): number {
  const child = spawnSync(process.execPath, [...process.execArgv, __filename, "--measure", id, side], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`measuring ${id} (${side}) failed:\n${child.stderr}`);
  return Number(child.stdout.trim());
}

function checkSameAnswers(): void {
  for (const id of FUNCTIONS) {
    const puls = registeredFunction(id)(actual, target, direction);
    const floor = FLOORS[id]();
    const differing = puls.filter((row, i) => {
      const a = row[0];
      const b = floor[i]?.[0];
      return typeof a === "number" && typeof b === "number" ? Math.abs(a - b) > 1e-12 : a !== b;
    }).length;
    if (differing > 0) throw new Error(`${id} and its floor disagree on ${differing} rows`);
  }
}

function main(): void {
  checkSameAnswers(); // a fast wrong benchmark is worth nothing
  console.log(`Custom functions over ${ROWS.toLocaleString("en")} rows: median of ${REPEATS} runs after ${WARM_UP} warm-up runs, each side in its own process (Node ${process.version})`);
  let worst = 0;
  for (const id of FUNCTIONS) {
    const floorMs = inChild(id, "floor");
    const pulsMs = inChild(id, "puls");
    const ratio = pulsMs / floorMs;
    worst = Math.max(worst, ratio);
    const perElement = (ms: number) => `${((ms * 1e6) / ROWS).toFixed(1)} ns/element`;
    console.log(`${id.padEnd(11)} puls ${perElement(pulsMs).padStart(16)}   floor ${perElement(floorMs).padStart(16)}   ratio ${ratio.toFixed(2)}×  (target ≤ ${TARGET_RATIO}×)`);
  }
  console.log(worst <= TARGET_RATIO ? `Within target: worst ratio ${worst.toFixed(2)}×.` : `OVER TARGET: worst ratio ${worst.toFixed(2)}× > ${TARGET_RATIO}×.`);
}

const measureAt = process.argv.indexOf("--measure");
if (measureAt >= 0) {
  console.log(measure(process.argv[measureAt + 1] as FunctionId, process.argv[measureAt + 2] as Side));
} else {
  main();
}
