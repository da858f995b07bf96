/**
 * `npm run bench`: start-up of the `puls` command, the custom functions' spill path, then
 * collection of unit workbooks and the whole cycle. Each prints its figures and ratios against a
 * floor measured in the same run, with its target; the last line says which targets are met.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { met, show, type Figure } from "./verdict";

const folder = mkdtempSync(path.join(tmpdir(), "puls-bench-results-"));
const results = path.join(folder, "figures.jsonl");
try {
  for (const script of ["startup.bench.ts", "functions.bench.ts", "collect.bench.ts"]) {
    const run = spawnSync(process.execPath, ["--import", "tsx", path.join(__dirname, script)], { stdio: "inherit", env: { ...process.env, PULS_BENCH_RESULTS: results } });
    if (run.status !== 0) process.exit(run.status ?? 1);
    console.log("");
  }
  const figures = readFileSync(results, "utf8").trim().split("\n").map((line) => JSON.parse(line) as Figure);
  const over = figures.filter((figure) => !met(figure));
  console.log(
    over.length === 0
      ? `ALL TARGETS MET: ${figures.length} of ${figures.length} figures within their targets.`
      : `TARGETS NOT MET: ${figures.length - over.length} of ${figures.length} figures within their targets; over: ${over.map((figure) => `${figure.name} ${show(figure)}`).join("; ")}.`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
