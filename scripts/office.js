#!/usr/bin/env node
/**
 * `npm start` / `npm run start:web` / `npm stop`: sideloads the add-in into Excel with Microsoft's
 * office-addin-debugging, as Microsoft's template does, where that is possible.
 *
 * office-addin-debugging and office-addin-dev-certs are not in package.json: their native keytar
 * chain fails to build on an offline Linux machine (and would break `npm ci`), and as optional
 * dependencies they would be installed with the published puls package, which needs neither.
 * Where Excel runs (Windows and Mac, or the web) this says how to install them; everywhere else
 * it says so clearly instead of failing obscurely.
 * Usage: node scripts/office.js start|stop [web] [--document URL]
 */
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const [command = "start", ...rest] = process.argv.slice(2);
const web = rest[0] === "web";
// The versions package.json pinned when they were optional dependencies; --no-save keeps them out of package.json and the lock.
const INSTALL_TOOLS = "npm install --no-save office-addin-debugging@6.1.2 office-addin-dev-certs@2.0.10";

function tool() {
  try {
    return require.resolve("office-addin-debugging/cli");
  } catch {
    return undefined;
  }
}

if (!web && process.platform !== "win32" && process.platform !== "darwin") {
  console.error(
    [
      `Puls: 'npm ${command === "stop" ? "stop" : "start"}' sideloads into Excel, which needs Windows or macOS (this is ${process.platform}).`,
      "Here you can:",
      "  - load it into Excel on the web: npm run dev-server on a machine Excel can reach over https, then Upload My Add-in with manifest.xml (see README, 'Excel on the web');",
      "  - open the task pane in a browser: npm run build && npm run dev-server, then http://127.0.0.1:3000/taskpane.html.",
    ].join("\n"),
  );
  process.exit(1);
}

const cli = tool();
if (cli === undefined) {
  console.error(`Puls: office-addin-debugging is not installed (it is not in package.json). Install Microsoft's tools with: ${INSTALL_TOOLS}`);
  process.exit(1);
}

const args = [cli, command, path.resolve(__dirname, "..", "manifest.xml"), ...(web ? ["web", ...rest.slice(1)] : rest)];
const result = spawnSync(process.execPath, args, { stdio: "inherit" });
process.exit(result.status ?? 1);
