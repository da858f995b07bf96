/**
 * The package as a user gets it: `npm pack`, the tarball installed into an empty folder without
 * the network, and there `npx puls --help`, `npx puls demo` and the library example of
 * docs/library.md, with require and with import. Nothing of the repository is on the way: the
 * folder is outside it, so whatever the command or the library reads at run time (the compiled
 * code, the example's Kolada file, the chart fonts) must come from the installed package.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const MINUTES = 60_000;

interface LockEntry {
  readonly version?: string;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly dev?: boolean;
  readonly devOptional?: boolean;
  readonly peer?: boolean;
  readonly [field: string]: unknown;
}

interface Lock {
  readonly packages: Readonly<Record<string, LockEntry>>;
}

/**
 * npm's environment without what `npm test` exports about this repository (its package and local
 * prefix), which would make the npm run in the empty folder act on the repository; offline.
 */
function npmEnvironment(): NodeJS.ProcessEnv {
  const keep = new Set(["npm_config_cache", "npm_config_userconfig", "npm_config_globalconfig", "npm_config_cafile"]);
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!name.toLowerCase().startsWith("npm_") || keep.has(name.toLowerCase())) env[name] = value;
  return { ...env, npm_config_offline: "true", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" };
}

function run(command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, [...args], { cwd, encoding: "utf8", env: npmEnvironment(), timeout: 8 * MINUTES });
}

function output(result: SpawnSyncReturns<string>): string {
  return `exit ${String(result.status)}${result.error === undefined ? "" : ` (${result.error.message})`}\n${result.stdout}\n${result.stderr}`;
}

/**
 * The lock file of the empty folder: the tarball, and the packages it needs at their versions in
 * the repository's package-lock.json (found as Node finds them, from each dependent's folder up).
 * Why: npm resolves a new dependency through the registry's full package documents, which
 * `npm ci` does not keep in the cache, so a plain `npm install --offline` of the tarball fails on
 * a machine that only ran `npm ci`; with the lock, npm needs only the tarballs, which it kept.
 * It also installs the versions that the repository's tests ran with.
 */
function lockFor(tarball: string): object {
  const { packages } = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8")) as Lock;
  const own = packages[""];
  if (own === undefined) throw new Error("package-lock.json has no root entry");
  const found = (from: string, name: string): string | undefined => {
    for (let folder = from; ; folder = folder.includes("/node_modules/") ? folder.slice(0, folder.lastIndexOf("/node_modules/")) : "") {
      const candidate = `${folder === "" ? "" : `${folder}/`}node_modules/${name}`;
      if (packages[candidate] !== undefined) return candidate;
      if (folder === "") return undefined;
    }
  };
  const needed = new Map<string, LockEntry>();
  const queue: { from: string; name: string; optional: boolean }[] = Object.keys(own.dependencies ?? {}).map((name) => ({ from: "", name, optional: false }));
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    const at = found(next.from, next.name);
    if (at === undefined) {
      if (next.optional) continue;
      throw new Error(`package-lock.json lacks ${next.name}, needed from ${next.from === "" ? "the package" : next.from}`);
    }
    const entry = packages[at];
    if (entry === undefined || needed.has(at)) continue;
    // The repository's flags say how the repository needs a package, not how this folder does.
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...rest } = entry;
    needed.set(at, rest);
    for (const name of Object.keys(entry.dependencies ?? {})) queue.push({ from: at, name, optional: false });
    for (const name of Object.keys(entry.optionalDependencies ?? {})) queue.push({ from: at, name, optional: true });
  }
  const spec = `file:${tarball}`;
  return {
    name: "empty-folder",
    lockfileVersion: 3,
    requires: true,
    packages: {
      "": { name: "empty-folder", dependencies: { puls: spec } },
      "node_modules/puls": { version: own.version, resolved: spec, license: own.license, dependencies: own.dependencies, bin: own.bin, engines: own.engines },
      ...Object.fromEntries([...needed].sort(([a], [b]) => a.localeCompare(b))),
    },
  };
}

/** The fenced examples of docs/library.md whose first line names their file (`// report.cjs`). */
function libraryExamples(): Map<string, string> {
  const text = readFileSync(path.join(root, "docs", "library.md"), "utf8");
  return new Map([...text.matchAll(/```js\n(\/\/ (\S+\.[cm]js)\n[\s\S]*?)```/g)].map((match) => [match[2] ?? "", match[1] ?? ""]));
}

const work = mkdtempSync(path.join(tmpdir(), "puls-package-"));
const folder = path.join(work, "empty-folder");
let tarball = "";
let installSeconds = 0;
/** Set when the npm cache lacks a package the tarball needs: the tests then say so and pass. */
let notCached: string | undefined;

beforeAll(() => {
  // npm pack runs `prepare`, which compiles lib/ from today's sources.
  const pack = run("npm", ["pack", "--pack-destination", work], root);
  if (pack.status !== 0) throw new Error(`npm pack failed: ${output(pack)}`);
  const packed = readdirSync(work).find((name) => name.endsWith(".tgz"));
  if (packed === undefined) throw new Error(`npm pack wrote no tarball: ${output(pack)}`);
  tarball = path.join(work, packed);

  mkdirSync(folder);
  copyFileSync(tarball, path.join(folder, packed));
  writeFileSync(path.join(folder, "package.json"), `${JSON.stringify({ name: "empty-folder", private: true, dependencies: { puls: `file:${packed}` } }, null, 2)}\n`);
  writeFileSync(path.join(folder, "package-lock.json"), `${JSON.stringify(lockFor(packed), null, 2)}\n`);
  const started = Date.now();
  const install = run("npm", ["install", "--offline", "--no-audit", "--no-fund", `./${packed}`], folder);
  installSeconds = (Date.now() - started) / 1000;
  if (install.status !== 0 && /ENOTCACHED/.test(install.stderr)) {
    notCached = `npm's cache lacks a package that puls needs, so the packed package could not be installed offline (run npm ci first): ${install.stderr.split("\n").find((line) => /ENOTCACHED|only-if-cached/.test(line) && /request to/.test(line)) ?? install.stderr.trim()}`;
    console.warn(`Packed-tarball tests skipped: ${notCached}`);
    return;
  }
  if (install.status !== 0) throw new Error(`npm install of the tarball failed: ${output(install)}`);
}, 10 * MINUTES);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the packed package", () => {
  it("holds the compiled command and library, their declarations, the docs and the README, and no sources or tests", () => {
    const listing = run("tar", ["-tzf", tarball], work);
    expect(listing.status).toBe(0);
    const files = listing.stdout.split("\n").filter((line) => line !== "");
    for (const file of ["bin/puls.js", "lib/cli/run.js", "lib/index.js", "lib/index.mjs", "lib/index.d.ts", "lib/index.d.mts", "lib/example/kolada-exempel.json", "docs/library.md", "README.md", "package.json"]) {
      expect(files).toContain(`package/${file}`);
    }
    const sourceOrTest = (file: string) => /^package\/(src|test|bench|scripts|build|dist)\//.test(file) || (/\.tsx?$/.test(file) && !/\.d\.m?ts$/.test(file)) || file.endsWith(".tsbuildinfo");
    expect(files.filter(sourceOrTest)).toEqual([]);
    const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { private?: boolean; dependencies: Record<string, string> };
    expect(manifest.private).toBeUndefined();
    // Exact versions only, and nothing the add-in alone needs.
    expect(Object.values(manifest.dependencies).every((version) => /^\d+\.\d+\.\d+$/.test(version))).toBe(true);
    for (const addInOnly of ["react", "react-dom", "@fluentui/react-components", "tsx"]) expect(Object.keys(manifest.dependencies)).not.toContain(addInOnly);
    console.log(`Tarball ${path.basename(tarball)}: ${Math.round(statSync(tarball).size / 1024)} KiB, ${files.length} files; installed offline in ${installSeconds.toFixed(1)} s.`);
  });

  it("installs into an empty folder without the network, where npx puls --help shows the commands", () => {
    if (notCached !== undefined) return console.warn(notCached);
    const help = run("npx", ["--offline", "puls", "--help", "--lang", "en"], folder);
    expect(output(help)).toContain("Usage: puls COMMAND [options]");
    expect(help.status).toBe(0);
    // The command is the installed copy, not the repository's.
    expect(readFileSync(path.join(folder, "node_modules", "puls", "package.json"), "utf8")).toContain('"name": "puls"');
  });

  it("starts puls --help loading none of the commands' packages (its start-up time is a figure of npm run bench)", () => {
    if (notCached !== undefined) return console.warn(notCached);
    const bin = path.join(folder, "node_modules", "puls", "bin", "puls.js");
    const preload = path.join(work, "list-modules.js");
    writeFileSync(preload, 'process.on("exit", () => require("node:fs").writeSync(2, JSON.stringify(Object.keys(require.cache))));\n');
    const listed = spawnSync(process.execPath, ["--require", preload, bin, "--help"], { cwd: folder, encoding: "utf8" });
    expect(listed.status).toBe(0);
    const loaded = JSON.parse(listed.stderr) as string[];
    expect(loaded.some((file) => file.endsWith(path.join("lib", "cli", "main.js")))).toBe(true);
    expect(loaded.filter((file) => file.includes(`${path.sep}node_modules${path.sep}`) && !file.includes(`${path.sep}node_modules${path.sep}puls${path.sep}`))).toEqual([]);
    expect(loaded.filter((file) => file.includes(`${path.sep}commands${path.sep}`))).toEqual([]);
  });

  it("runs npx puls demo there: the plan, the templates, the units' files, the consolidated workbook and the reports with their charts", () => {
    if (notCached !== undefined) return console.warn(notCached);
    const demo = run("npx", ["--offline", "puls", "demo", "--out", "demo"], folder);
    expect(demo.status).toBe(0);
    const out = path.join(folder, "demo");
    expect(existsSync(path.join(out, "Exempelkommun plan 2026.xlsx"))).toBe(true);
    expect(existsSync(path.join(out, "Sammanställning 2026-D.xlsx"))).toBe(true);
    expect(readdirSync(path.join(out, "mallar")).length).toBe(38);
    expect(readdirSync(path.join(out, "inlamnat")).length).toBeGreaterThan(0);
    expect(readdirSync(path.join(out, "rapporter")).sort()).toEqual([
      "Checklista 2026-D.xlsx",
      "Delårsrapport 2026-D.docx",
      "Delårsrapport 2026-D.xlsx",
      // The reports' log (each report made, and any sign-off: docs/reports.md).
      "Logg 2026-D.xlsx",
      "Politisk analys 2026-D.docx",
      "Politisk analys 2026-D.xlsx",
      "Verksamhetsrapport 2026-D.xlsx",
    ]);
    // The interim report's Word document carries its charts (rendered with the installed fonts).
    expect(statSync(path.join(out, "rapporter", "Delårsrapport 2026-D.docx")).size).toBeGreaterThan(50_000);
  }, 5 * MINUTES);

  it("runs the library example of docs/library.md there, with require and with import", () => {
    if (notCached !== undefined) return console.warn(notCached);
    if (!existsSync(path.join(folder, "demo", "inlamnat"))) expect(run("npx", ["--offline", "puls", "demo", "--out", "demo"], folder).status).toBe(0);
    const examples = libraryExamples();
    expect([...examples.keys()].sort()).toEqual(["report.cjs", "report.mjs"]);
    for (const [file, code] of examples) writeFileSync(path.join(folder, file), code);

    const commonJs = run(process.execPath, ["report.cjs"], folder);
    expect(output(commonJs)).toMatch(/36 of 38 units reported; \d+ errors, \d+ warnings/);
    expect(commonJs.status).toBe(0);
    expect(existsSync(path.join(folder, "Sammanställning.xlsx"))).toBe(true);
    expect(readdirSync(path.join(folder, "rapporter")).sort()).toEqual(["Delårsrapport 2026-D.docx", "Delårsrapport 2026-D.xlsx"]);

    const esModule = run(process.execPath, ["report.mjs"], folder);
    expect(output(esModule)).toContain("Interim report 2026-D.docx");
    expect(esModule.stdout.trim().split("\n").pop()).toBe("Gul");
    expect(esModule.status).toBe(0);

    // require and import give the very same functions: one copy of the code behind both.
    const same = run(process.execPath, ["--input-type=module", "-e", 'import { createRequire } from "node:module"; import * as esm from "puls"; const cjs = createRequire(process.cwd() + "/")("puls"); console.log(Object.keys(cjs).length > 100 && Object.keys(cjs).every((name) => esm[name] === cjs[name]));'], folder);
    expect(output(same)).toContain("true");
  }, 5 * MINUTES);
});
