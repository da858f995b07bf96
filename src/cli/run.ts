/**
 * The process around main: the real streams, clock and folder, and the exit code.
 */
import { main } from "./main";

void main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(text),
  interactive: process.stderr.isTTY === true,
  now: () => new Date(),
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
