/**
 * The collection part of `npm run bench` (the performance issue's targets: collection ≤ 2× the
 * floor at 300 and at 1,000 units with a peak of ≤ 250 MiB; end to end ≤ 2.5× its floor with a
 * peak of ≤ 350 MiB). Generates a plan whose units report 80 indicators each and their filled-in
 * workbooks (not timed), then times whole processes: Puls collecting into the consolidated
 * workbook through the compiled package in lib/ (what `puls` ships; `npm run bench` builds it
 * first), and the floor reading the same files. Both sides are plain JavaScript processes (see
 * collect-worker.js), so neither pays for compiling TypeScript.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readWorkbookValues } from "../src/workbook/xlsx-values-reader";
import { INDICATORS, generate } from "./bench-set";
import { median, record, show } from "./verdict";

const RUNS = 5;
const WORKER = path.join(__dirname, "collect-worker.js");

type Mode = "puls" | "puls-single" | "floor" | "end-to-end" | "end-to-end-floor";
interface Run {
  readonly seconds: number;
  readonly peakMiB: number;
  readonly count: number;
}

/** Where the end-to-end run writes its reports: beside the consolidated workbook (as collect-worker.js). */
const reportsFolder = (out: string) => path.join(path.dirname(out), "rapporter");

function measureOnce(mode: Mode, planFile: string, folder: string, out: string, cells = 0): Run {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [WORKER, mode, planFile, folder, out, String(cells)], { encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.status !== 0) throw new Error(`${mode} failed:\n${child.stderr}`);
  const result = JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as { peakMiB: number; count: number };
  return { seconds, ...result };
}

/**
 * Whole-process runs of every side, alternating (floor, then each Puls side, RUNS times): the
 * median time and the highest peak memory of each side. One run on a shared two-core machine can
 * be disturbed by anything; alternating spreads a disturbance over the sides.
 */
function measure(sides: readonly { readonly mode: Mode; readonly out: string; readonly cells?: number }[], planFile: string, folder: string): Run[] {
  const runs = sides.map(() => [] as Run[]);
  for (let i = 0; i < RUNS; i++) sides.forEach((side, s) => runs[s]?.push(measureOnce(side.mode, planFile, folder, side.out, side.cells)));
  return runs.map((list) => {
    return { seconds: median(list.map((r) => r.seconds)), peakMiB: Math.max(...list.map((r) => r.peakMiB)), count: list[0]?.count ?? 0 };
  });
}

export async function benchCollection(): Promise<void> {
  if (!existsSync(path.join(__dirname, "..", "lib", "index.js"))) throw new Error("lib/ is not built: run `npm run build:lib` (npm run bench does).");
  const root = mkdtempSync(path.join(tmpdir(), "puls-bench-"));
  try {
    const times: Record<number, number> = {};
    for (const units of [300, 1000]) {
      const folder = path.join(root, `units-${units}`);
      process.stdout.write(`Generating ${units} unit workbooks (${INDICATORS} indicators each; not timed) …\n`);
      const planFile = await generate(units, folder);
      const out = path.join(root, `consolidated-${units}.xlsx`);
      const [floor, puls, single] = measure([{ mode: "floor", out: "" }, { mode: "puls", out }, { mode: "puls-single", out }], planFile, folder) as [Run, Run, Run];
      times[units] = puls.seconds;
      const ratio = record({ name: `collection ${units} units`, value: puls.seconds / floor.seconds, target: 2, unit: "×" });
      const peak = record({ name: `collection ${units} units peak`, value: puls.peakMiB, target: 250, unit: "MiB" });
      console.log(
        `Collection of ${units} units (median of ${RUNS} alternating whole-process runs): puls ${puls.seconds.toFixed(2)} s, peak ${puls.peakMiB.toFixed(0)} MiB (${puls.count} outcomes)   floor ${floor.seconds.toFixed(2)} s, peak ${floor.peakMiB.toFixed(0)} MiB\n` +
          `  ratio ${show(ratio)}   peak ${show(peak)}\n` +
          `  single thread: puls ${single.seconds.toFixed(2)} s, peak ${single.peakMiB.toFixed(0)} MiB, ratio ${(single.seconds / floor.seconds).toFixed(2)}× (reported, no target)`,
      );
    }
    const growth = record({ name: "growth 300 → 1,000 units", value: (times[1000] ?? 0) / (times[300] ?? 1), target: 3, unit: "×" });
    console.log(`Growth: 1,000 units took ${show(growth)} the 300-unit time (linear is 3.33× the units)`);
    benchEndToEnd(root, 300);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Every cell with a value in the workbooks a run wrote (the floor writes as many). */
function cellsWritten(files: readonly string[]): number {
  let cells = 0;
  for (const file of files) for (const sheet of readWorkbookValues(readFileSync(file)).sheets) for (const row of sheet.rows) cells += row.filter((cell) => cell !== null).length;
  return cells;
}

/**
 * Collection plus all four reports (workbooks and Word documents, charts included) for `units`
 * units. The floor reads the same inputs as the collection floor does and writes one minimal
 * .xlsx with as many cells as Puls's workbooks hold (counted from a first, untimed run).
 */
function benchEndToEnd(root: string, units: number): void {
  const folder = path.join(root, `units-${units}`);
  const planFile = path.join(root, `plan-${units}.json`);
  const out = path.join(root, "end-to-end", `consolidated-${units}.xlsx`);
  mkdirSync(path.dirname(out), { recursive: true });
  measureOnce("end-to-end", planFile, folder, out);
  const workbooks = [out, ...readdirSync(reportsFolder(out)).filter((file) => file.endsWith(".xlsx")).map((file) => path.join(reportsFolder(out), file))];
  const cells = cellsWritten(workbooks);
  const documents = readdirSync(reportsFolder(out)).length;
  const [floor, puls] = measure([{ mode: "end-to-end-floor", out: path.join(root, "floor.xlsx"), cells }, { mode: "end-to-end", out }], planFile, folder) as [Run, Run];
  const ratio = record({ name: `end to end ${units} units`, value: puls.seconds / floor.seconds, target: 2.5, unit: "×" });
  const peak = record({ name: `end to end ${units} units peak`, value: puls.peakMiB, target: 350, unit: "MiB" });
  console.log(
    `End to end, ${units} units: collection and the four reports (${documents} files, ${cells} workbook cells; median of ${RUNS} alternating whole-process runs): puls ${puls.seconds.toFixed(2)} s, peak ${puls.peakMiB.toFixed(0)} MiB   floor ${floor.seconds.toFixed(2)} s, peak ${floor.peakMiB.toFixed(0)} MiB\n` +
      `  ratio ${show(ratio)}   peak ${show(peak)}`,
  );
}

if (require.main === module) void benchCollection();
