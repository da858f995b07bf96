/**
 * Jest global setup: sets the time zone to Europe/Stockholm, and builds the add-in once, so that the tests of dist/ (functions.js in a vm,
 * the generated metadata, the built manifest) check what would ship, not a stale build; and the Node package's lib/ (what bin/puls.js
 * runs), so the tests that spawn the command run today's sources.
 * Set PULS_SKIP_BUILD=1 to reuse an existing dist/ and lib/ while iterating on other tests.
 */
const { spawnSync } = require("node:child_process");
const path = require("node:path");

module.exports = async function buildOnce() {
  // Swedish local time in every test worker: exceljs writes dates as UTC, and a local-midnight
  // date would land on the previous day here. The date tests must see that if it happens.
  process.env.TZ = "Europe/Stockholm";
  if (process.env.PULS_SKIP_BUILD === "1") return;
  const root = path.resolve(__dirname, "../..");
  const build = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, PULS_PRODUCTION_URL: "" },
  });
  if (build.status !== 0) {
    throw new Error(`The build for the tests failed:\n${build.stdout}\n${build.stderr}`);
  }
  const lib = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.lib.json"], { cwd: root, encoding: "utf8" });
  const esm = lib.status === 0 ? spawnSync(process.execPath, ["scripts/esm-entry.js"], { cwd: root, encoding: "utf8" }) : lib;
  if (esm.status !== 0) {
    throw new Error(`The build of lib/ for the tests failed:\n${esm.stdout}\n${esm.stderr}`);
  }
};
