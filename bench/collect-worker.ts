/**
 * One measured process of the collection benchmark: either Puls collecting a folder of unit
 * workbooks into the consolidated workbook, or the floor (the same files unzipped with fflate and
 * their sheet XML parsed with saxes, values only). Prints its peak memory as JSON.
 * Usage: collect-worker.ts puls|floor PLAN.json FOLDER OUT
 */
import { writeXlsxFile } from "../src/node/write-xlsx-file";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import type { Plan } from "../src/core";
import { collectFiles } from "../src/node/collect";
import { consolidatedWorkbook } from "../src/workbook/collect/write-consolidated";

async function puls(planFile: string, folder: string, out: string): Promise<number> {
  const plan = JSON.parse(readFileSync(planFile, "utf8")) as Plan;
  const files = readdirSync(folder).filter((f) => f.endsWith(".xlsx")).sort().map((f) => path.join(folder, f));
  const consolidation = await collectFiles(plan, plan.settings.currentPeriod, files, { collectedAt: "2026-09-21T09:00:00" });
  await writeXlsxFile(out, consolidatedWorkbook(plan, consolidation));
  return consolidation.actuals.length;
}

/** The least any collector must do: unzip each file and read every cell value of its sheets. */
function floor(folder: string): number {
  let values = 0;
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".xlsx")).sort()) {
    const entries = unzipSync(readFileSync(path.join(folder, file)), { filter: (entry) => entry.name.startsWith("xl/worksheets/sheet") || entry.name === "xl/sharedStrings.xml" });
    for (const [, bytes] of Object.entries(entries)) {
      const parser = new SaxesParser();
      let inValue = false;
      parser.on("opentag", (tag) => {
        inValue = tag.name === "v" || tag.name === "t";
      });
      parser.on("text", (text) => {
        if (inValue && text.length > 0) values += 1;
      });
      parser.on("closetag", () => {
        inValue = false;
      });
      parser.write(new TextDecoder().decode(bytes)).close();
    }
  }
  return values;
}

async function main(): Promise<void> {
  const [mode, planFile = "", folder = "", out = ""] = process.argv.slice(2);
  const count = mode === "floor" ? floor(folder) : await puls(planFile, folder, out);
  // maxRSS is in kilobytes: the process's peak resident memory.
  console.log(JSON.stringify({ count, peakMiB: process.resourceUsage().maxRSS / 1024 }));
}

void main();
