/**
 * Collection over several readers, the main thread and worker threads (src/node/collect-threads.ts),
 * gives what one thread gives: the same submissions in the files' order, the same problems, one
 * bad file still only its own problem. Run through the compiled package (lib/), as the threads
 * only start from JavaScript.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { examplePlan } from "../../src/example/generate-plan";
import { exampleUnitFiles } from "../../src/example/unit-workbooks";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";

const root = path.resolve(__dirname, "../..");

describe("collection over threads", () => {
  it("gives the same collected period as one thread, a damaged file and all, and counts every file", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "puls-threads-"));
    const plan = examplePlan();
    const files: string[] = [];
    for (const file of exampleUnitFiles(plan, "2026-09-01T08:00:00")) {
      const name = path.join(folder, file.fileName);
      writeFileSync(name, await writeWorkbook(file.book));
      files.push(name);
    }
    const damaged = path.join(folder, "2026-D Trasig.xlsx");
    writeFileSync(damaged, new Uint8Array([80, 75, 3, 4, 1, 2, 3]));
    files.splice(5, 0, damaged);
    writeFileSync(path.join(folder, "plan.json"), JSON.stringify(plan));
    // The threads counted as they start (the package reads Worker off the module when it starts one).
    const script = `
      const threads = require("node:worker_threads");
      const Original = threads.Worker;
      let started = 0;
      threads.Worker = class extends Original { constructor(...args) { super(...args); started += 1; } };
      const puls = require(${JSON.stringify(path.join(root, "lib", "index.js"))});
      const plan = require(${JSON.stringify(path.join(folder, "plan.json"))});
      const files = ${JSON.stringify(files)};
      const options = { collectedAt: "2026-09-21T09:00:00" };
      const json = (x) => JSON.stringify(x, (k, v) => (v instanceof Map ? [...v] : v));
      (async () => {
        const one = await puls.collectFiles(plan, "2026-D", files, { ...options, threads: 1 });
        let counted = 0;
        const named = [];
        const two = await puls.collectFiles(plan, "2026-D", files, { ...options, threads: 2, onFile: (done, total, file) => { counted++; named.push(file); } });
        const startedForTwo = started;
        const three = await puls.collectFiles(plan, "2026-D", files, { ...options, threads: 3 });
        console.log(JSON.stringify({ same: json(one) === json(two) && json(one) === json(three), startedForTwo, startedForThree: started - startedForTwo, counted, eachNamedOnce: json([...named].sort()) === json([...files].sort()), actuals: one.actuals.length, damaged: one.problems.filter((p) => JSON.stringify(p).includes("Trasig")).length }));
      })();`;
    const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    const result = JSON.parse(run.stdout.trim()) as { same: boolean; startedForTwo: number; startedForThree: number; counted: number; eachNamedOnce: boolean; actuals: number; damaged: number };
    // One reader is the main thread alone; two are the main thread and one worker thread, three the main thread and two.
    // Progress names each file once, by its path, whatever order the threads finish in.
    expect(result).toEqual({ same: true, startedForTwo: 1, startedForThree: 2, counted: files.length, eachNamedOnce: true, actuals: expect.any(Number), damaged: 1 });
    expect(result.actuals).toBeGreaterThan(100);
  }, 60_000);
});
