/**
 * The start-up part of `npm run bench` (the performance issue's target: `puls --help` within 4×
 * a bare `node -e 0`, whole process). Both are timed as fresh processes, alternating, and the
 * figure is the ratio of the medians. `puls` runs from the compiled package in lib/ (what the
 * command ships; `npm run bench` builds it first). Which modules the command loads is checked by
 * the package's test (test/package/packed-tarball.test.ts), not timed there.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { median, record, show } from "./verdict";

const RUNS = 15;
const BIN = path.join(__dirname, "..", "bin", "puls.js");

function secondsOf(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [...args], { encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.status !== 0) throw new Error(`node ${args.join(" ")} failed:\n${child.stderr}`);
  return seconds;
}

export function benchStartUp(): void {
  const bare: number[] = [];
  const help: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(secondsOf(["-e", "0"]));
    help.push(secondsOf([BIN, "--help"]));
  }
  const ratio = record({ name: "puls --help start-up", value: median(help) / median(bare), target: 4, unit: "×" });
  console.log(`Start-up (median of ${RUNS} alternating whole-process runs): puls --help ${(median(help) * 1000).toFixed(0)} ms   node -e 0 ${(median(bare) * 1000).toFixed(0)} ms   ratio ${show(ratio)}`);
}

if (require.main === module) benchStartUp();
