#!/usr/bin/env node
/**
 * The `puls` command. Runs the compiled JavaScript in lib/ (built by `npm run build:lib`, which
 * `npm ci` runs through the `prepare` script, and which the published package ships), so the
 * command starts without compiling TypeScript.
 */
const path = require("node:path");

const run = path.join(__dirname, "..", "lib", "cli", "run.js");
try {
  require.resolve(run);
} catch {
  // Only a checkout can lack lib/ (installed with --ignore-scripts, or lib/ deleted): say how to build it.
  process.stderr.write("puls is not built: run `npm run build:lib` in the Puls folder (npm ci does it too).\n");
  process.exit(1);
}
require(run);
