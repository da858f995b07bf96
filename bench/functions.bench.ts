/**
 * `npm run bench`: the custom functions' spill path against a floor.
 *
 * STATUS and ATTAINMENT are evaluated element-wise over 100,000-row columns through the built
 * dist/functions.js, called as Excel calls it: the function registered with
 * CustomFunctions.associate, given 2-D arrays, in a realm where CustomFunctions is a global.
 * The floor (floorOf) makes the same call with the same reads and writes and no rule. Each side
 * runs in fresh Node processes with the same data and warm-up, alternating, so neither pays for
 * the other's heap and a disturbance of the machine falls on both. Target: ≤ 3× the floor.
 *
 * Both sides run with the young generation fixed at V8's initial size (YOUNG_GENERATION): a spill
 * of 100,000 results is mostly allocation, and what it costs includes the collections that
 * allocation causes. Left to grow, the young generation reached a size where some runs of a
 * process had a collection and others none, and the shortest of them came from either: the same
 * floor measured 1.6 ms in one process and 3.4 ms in the next. Fixed and small, every run has its
 * few collections, the same in every process.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { createRuntime } from "../test/support/custom-functions-runtime";
import { median, record, show } from "./verdict";

const ROWS = 100_000;
const WARM_UP = 15;
const REPEATS = 41;
const TARGET_RATIO = 3;
const PROCESSES = 5;
/** V8's initial semi-space, in MiB, fixed (min = max) for both sides; see the comment at the top. */
const YOUNG_GENERATION = 1;
const V8_FLAGS = [`--min-semi-space-size=${YOUNG_GENERATION}`, `--max-semi-space-size=${YOUNG_GENERATION}`];
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

/**
 * What each function must give (a plain-arithmetic reference, checked before timing): a fast
 * wrong benchmark is worth nothing.
 */
const REFERENCE: Record<FunctionId, (x: number, t: number) => unknown> = {
  STATUS: (x, t) => (x >= t ? "Grön" : t > 0 && x / t >= 0.9 ? "Gul" : "Röd"),
  ATTAINMENT: (x, t) => x / t,
};

/** What the floor read, kept where the optimiser cannot see it unused. */
export const floorSink = { sum: 0 };

/**
 * The floor: the same call as Excel makes (the same three arguments), the same reads (every row
 * of both ranges and the broadcast direction) and the same writes (a fresh 1-element row per
 * result, of the result's type, into a result array of the same shape), but no rule: the value
 * written is one that was read. Whatever Puls does beyond this is its rule and its checks, so the
 * ratio is at least 1 by construction (up to the noise of measuring). One plain function per
 * result type, as a hand-written loop would be.
 */
const FLOORS: Record<FunctionId, (a: number[][], t: number[][], d: string[][]) => unknown[][]> = {
  STATUS: (a, t, d) => {
    const rows = a.length;
    const out: unknown[][] = new Array<unknown[]>(rows);
    const label = (d[0] as string[])[0] as string;
    let sum = 0;
    for (let i = 0; i < rows; i++) {
      sum += ((a[i] as number[])[0] as number) + ((t[i] as number[])[0] as number);
      out[i] = [label];
    }
    floorSink.sum += sum;
    return out;
  },
  ATTAINMENT: (a, t, d) => {
    const rows = a.length;
    const out: unknown[][] = new Array<unknown[]>(rows);
    let sum = d.length;
    for (let i = 0; i < rows; i++) {
      const x = (a[i] as number[])[0] as number;
      sum += (t[i] as number[])[0] as number;
      out[i] = [x];
    }
    floorSink.sum += sum;
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

/**
 * In a child process: the shortest time of one side over the columns, in ms. The noise of a
 * shared machine (another process on the core, a collection of the young heap) only ever adds
 * time, so the shortest of many runs is the steadiest estimate of the work itself.
 */
function measure(id: FunctionId, side: Side): number {
  const fn = side === "floor" ? FLOORS[id] : registeredFunction(id);
  const run = () => fn(actual, target, direction);
  for (let i = 0; i < WARM_UP; i++) run();
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return Math.min(...times);
}

function inChild(id: FunctionId, side: Side): number {
  const child = spawnSync(process.execPath, [...V8_FLAGS, ...process.execArgv, __filename, "--measure", id, side], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`measuring ${id} (${side}) failed:\n${child.stderr}`);
  return Number(child.stdout.trim());
}

function checkSameAnswers(): void {
  for (const id of FUNCTIONS) {
    const puls = registeredFunction(id)(actual, target, direction);
    const differing = puls.filter((row, i) => {
      const a = row[0];
      const b = REFERENCE[id]((actual[i] as number[])[0] as number, (target[i] as number[])[0] as number);
      return typeof a === "number" && typeof b === "number" ? Math.abs(a - b) > 1e-12 : a !== b;
    }).length;
    if (differing > 0) throw new Error(`${id} and its reference disagree on ${differing} rows`);
  }
}

function main(): void {
  checkSameAnswers();
  console.log(
    `Custom functions over ${ROWS.toLocaleString("en")} rows (Node ${process.version}): each side in ${PROCESSES} fresh processes, alternating with the other; ` +
      `each process gives the shortest of ${REPEATS} runs after ${WARM_UP} warm-up runs, with a young generation fixed at ${YOUNG_GENERATION} MiB; the figure is the median over the processes`,
  );
  for (const id of FUNCTIONS) {
    const floors: number[] = [];
    const puls: number[] = [];
    for (let i = 0; i < PROCESSES; i++) {
      floors.push(inChild(id, "floor"));
      puls.push(inChild(id, "puls"));
    }
    const pulsMs = median(puls);
    const floorMs = median(floors);
    const ratio = record({ name: id, value: pulsMs / floorMs, target: TARGET_RATIO, unit: "×" });
    const spread = (list: readonly number[]) => `${(((Math.max(...list) - Math.min(...list)) / median(list)) * 100).toFixed(0)} %`;
    const perElement = (ms: number) => `${((ms * 1e6) / ROWS).toFixed(1)} ns/element`;
    console.log(`${id.padEnd(11)} puls ${perElement(pulsMs).padStart(16)} (spread ${spread(puls)})   floor ${perElement(floorMs).padStart(16)} (spread ${spread(floors)})   ratio ${show(ratio)}`);
  }
}

const measureAt = process.argv.indexOf("--measure");
if (measureAt >= 0) {
  console.log(measure(process.argv[measureAt + 1] as FunctionId, process.argv[measureAt + 2] as Side));
} else {
  main();
}
