/**
 * The collection part of `npm run bench` (issue targets: collection ≤ 2.5× the floor, peak
 * memory ≤ 300 MiB, 1,000 units in ≤ 3× the 300-unit time). Generates a plan whose units report
 * 80 indicators each and their filled-in workbooks (not timed), then times whole processes:
 * Puls collecting into the consolidated workbook, and the floor reading the same files.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readWorkbookValues } from "../src/workbook/xlsx-values-reader";
import { reportsFolder } from "./collect-worker";
import { INDICATORS, generate } from "./bench-set";

const RUNS = 3;

type Mode = "puls" | "floor" | "end-to-end" | "end-to-end-floor";

function measureOnce(mode: Mode, planFile: string, folder: string, out: string, cells = 0): { seconds: number; peakMiB: number; count: number } {
  const worker = path.join(__dirname, "collect-worker.ts");
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["--import", "tsx", worker, mode, planFile, folder, out, String(cells)], { encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.status !== 0) throw new Error(`${mode} failed:\n${child.stderr}`);
  const result = JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as { peakMiB: number; count: number };
  return { seconds, ...result };
}

/**
 * Whole-process runs of both sides, alternating, RUNS times each: the median time and the highest
 * peak memory of each side. One run on a two-core machine can be disturbed by anything.
 */
function measure(planFile: string, folder: string, out: string, endToEnd?: { cells: number; floorOut: string }): { puls: ReturnType<typeof measureOnce>; floor: ReturnType<typeof measureOnce> } {
  const runs = { puls: [] as ReturnType<typeof measureOnce>[], floor: [] as ReturnType<typeof measureOnce>[] };
  for (let i = 0; i < RUNS; i++) {
    runs.floor.push(endToEnd === undefined ? measureOnce("floor", planFile, folder, "") : measureOnce("end-to-end-floor", planFile, folder, endToEnd.floorOut, endToEnd.cells));
    runs.puls.push(measureOnce(endToEnd === undefined ? "puls" : "end-to-end", planFile, folder, out));
  }
  const summary = (list: ReturnType<typeof measureOnce>[]) => {
    const seconds = list.map((r) => r.seconds).sort((a, b) => a - b);
    return { seconds: seconds[Math.floor(seconds.length / 2)] ?? 0, peakMiB: Math.max(...list.map((r) => r.peakMiB)), count: list[0]?.count ?? 0 };
  };
  return { puls: summary(runs.puls), floor: summary(runs.floor) };
}

export async function benchCollection(): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), "puls-bench-"));
  try {
    const results: Record<number, ReturnType<typeof measure>> = {};
    for (const units of [300, 1000]) {
      const folder = path.join(root, `units-${units}`);
      process.stdout.write(`Generating ${units} unit workbooks (${INDICATORS} indicators each; not timed) …\n`);
      const planFile = await generate(units, folder);
      const { puls, floor } = measure(planFile, folder, path.join(root, `consolidated-${units}.xlsx`));
      results[units] = { puls, floor };
      console.log(
        `Collection of ${units} units (median of ${RUNS} whole-process runs): puls ${puls.seconds.toFixed(1)} s, peak ${puls.peakMiB.toFixed(0)} MiB (${puls.count} outcomes)   floor ${floor.seconds.toFixed(1)} s, peak ${floor.peakMiB.toFixed(0)} MiB   ratio ${(puls.seconds / floor.seconds).toFixed(2)}×  (targets ≤ 2.5×, ≤ 300 MiB)`,
      );
    }
    const growth = (results[1000]?.puls.seconds ?? 0) / (results[300]?.puls.seconds ?? 1);
    console.log(`Growth: 1,000 units took ${growth.toFixed(2)}× the 300-unit time (target ≤ 3×; linear is 3.33× the units)`);
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
 * Collection plus all four reports for `units` units (issue target: ≤ 3× the floor, peak memory
 * ≤ 400 MiB). The floor reads the same inputs as the collection floor does and writes one minimal
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
  const { puls, floor } = measure(planFile, folder, out, { cells, floorOut: path.join(root, "floor.xlsx") });
  console.log(
    `End to end, ${units} units: collection and the four reports (${documents} files, ${cells} workbook cells; median of ${RUNS} whole-process runs): puls ${puls.seconds.toFixed(1)} s, peak ${puls.peakMiB.toFixed(0)} MiB   floor ${floor.seconds.toFixed(1)} s, peak ${floor.peakMiB.toFixed(0)} MiB   ratio ${(puls.seconds / floor.seconds).toFixed(2)}×  (targets ≤ 3×, ≤ 400 MiB)`,
  );
}

if (require.main === module) void benchCollection();
