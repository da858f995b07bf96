/**
 * The process around main: the real streams, clock and folder, and the exit code.
 */
import { shortLivedAllocationsThroughout } from "../app/node/memory";
import { main } from "./main";

// The command's process does only Puls's work: V8's pretenuring misjudges its short-lived rows.
shortLivedAllocationsThroughout();

void main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(text),
  interactive: process.stderr.isTTY === true,
  now: () => new Date(),
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
