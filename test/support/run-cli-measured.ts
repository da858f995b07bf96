/**
 * The CLI in a child process for tests that need a memory ceiling (run with
 * `node --max-old-space-size=… --import tsx/esm -r tsx/cjs`, since main loads commands with import()): runs main on the arguments and, as its last line on
 * stderr, prints the process's peak resident memory in MB as `PEAK_RSS_MB <n>`.
 */
import { main } from "../../src/cli/main";

void main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(text),
  interactive: false,
  now: () => new Date("2026-09-21T09:00:00Z"),
  cwd: process.cwd(),
}).then((code) => {
  process.stderr.write(`\nPEAK_RSS_MB ${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
  process.exitCode = code;
});
