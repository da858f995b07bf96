/**
 * `npm run bench`: the custom functions' spill path, then collection of unit workbooks.
 * Each prints its figures and ratios against a floor measured in the same run.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

for (const script of ["functions.bench.ts", "collect.bench.ts"]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", path.join(__dirname, script)], { stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
  console.log("");
}
