/**
 * The layering rule (docs/architecture.md): core is pure, the entry points never import each other
 * and reach the rest through the application layer, the inner layers never reach out, no cycles,
 * no orphans. dependency-cruiser checks the real tree, and a deliberately bad fixture proves that
 * each rule fails.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const depcruise = path.join(root, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");
const config = path.join(root, ".dependency-cruiser.cjs");

function cruise(cwd: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [depcruise, "src", "--config", config, "--output-type", "err"], { cwd, encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe("layering", () => {
  it("holds for the project's source", () => {
    const { status, output } = cruise(root);
    expect(output).not.toMatch(/error /);
    expect(status).toBe(0);
  });

  it("fails when core imports Node or an entry point, or one entry point imports another", () => {
    const { status, output } = cruise(path.join(__dirname, "fixtures", "bad"));
    expect(status).not.toBe(0);
    expect(output).toMatch(/core-is-pure: src\/core\/leaky\.ts → node:fs|core-is-pure: src\/core\/leaky\.ts → fs/);
    expect(output).toMatch(/core-is-pure: src\/core\/leaky\.ts → src\/functions\/helper\.ts/);
    expect(output).toMatch(/functions-stays-apart: src\/functions\/helper\.ts → src\/taskpane\/page\.ts/);
  });

  it("fails when an entry point reaches past the application layer, the application layer reaches out, or there is a cycle or an orphan", () => {
    const { status, output } = cruise(path.join(__dirname, "fixtures", "bad"));
    expect(status).not.toBe(0);
    expect(output).toMatch(/entry-points-use-the-application-layer: src\/cli\/command\.ts → src\/workbook\/reader\.ts/);
    expect(output).toMatch(/the-application-layer-does-not-reach-out: src\/app\/use-case\.ts → src\/cli\/command\.ts/);
    expect(output).toMatch(/no-circular: src\/app\/helper\.ts →\s+src\/app\/use-case\.ts →\s+src\/app\/helper\.ts/);
    expect(output).toMatch(/no-orphans: src\/reports\/unused\.ts/);
  });

  it("compiles core with no DOM, Office, custom-functions or Node types", () => {
    const tsc = spawnSync(process.execPath, [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.core.json"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  });
});
