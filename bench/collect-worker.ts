/**
 * One measured process of the collection benchmark: either Puls collecting a folder of unit
 * workbooks into the consolidated workbook, or the floor (the same files unzipped with fflate and
 * their sheet XML parsed with saxes, values only). Prints its peak memory as JSON.
 * With "end-to-end", Puls also writes all four reports (workbooks and Word documents) into
 * OUT's folder; "end-to-end-floor" is the floor's reading plus one minimal hand-written .xlsx with
 * as many cells as Puls wrote (CELLS, given after OUT).
 * Usage: collect-worker.ts puls|floor|end-to-end|end-to-end-floor PLAN.json FOLDER OUT [CELLS]
 */
import { writeXlsxFile } from "../src/node/write-xlsx-file";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unzipSync, zipSync } from "fflate";
import { SaxesParser } from "saxes";
import type { Plan } from "../src/core";
import { collectFiles } from "../src/node/collect";
import { writeReports } from "../src/app/node";
import { REPORT_KINDS } from "../src/reports/build-reports";
import { reportInputOf } from "../src/core";
import { consolidatedWorkbook } from "../src/workbook/collect/write-consolidated";

async function puls(planFile: string, folder: string, out: string, reports: boolean): Promise<number> {
  const plan = JSON.parse(readFileSync(planFile, "utf8")) as Plan;
  const files = readdirSync(folder).filter((f) => f.endsWith(".xlsx")).sort().map((f) => path.join(folder, f));
  const consolidation = await collectFiles(plan, plan.settings.currentPeriod, files, { collectedAt: "2026-09-21T09:00:00" });
  await writeXlsxFile(out, consolidatedWorkbook(plan, consolidation));
  if (reports) await writeReports(reportsFolder(out), { input: reportInputOf(plan, consolidation), kinds: REPORT_KINDS, formats: ["xlsx", "docx"], language: "sv" });
  return consolidation.actuals.length;
}

/** Where the end-to-end run writes its reports: beside the consolidated workbook. */
export function reportsFolder(out: string): string {
  return path.join(path.dirname(out), "rapporter");
}

/** The least any writer must do: one sheet of `cells` numbers as XML, zipped, written to disk. */
function minimalXlsx(out: string, cells: number): void {
  const columns = 10;
  const rows: string[] = [];
  for (let r = 0; r * columns < cells; r++) {
    const row: string[] = [];
    for (let c = 0; c < columns && r * columns + c < cells; c++) row.push(`<c><v>${r + c}</v></c>`);
    rows.push(`<row r="${r + 1}">${row.join("")}</row>`);
  }
  const encode = (text: string) => new TextEncoder().encode(text);
  writeFileSync(
    out,
    zipSync({
      "[Content_Types].xml": encode('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
      "_rels/.rels": encode('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
      "xl/workbook.xml": encode('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      "xl/_rels/workbook.xml.rels": encode('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
      "xl/worksheets/sheet1.xml": encode(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`),
    }),
  );
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
  const [mode, planFile = "", folder = "", out = "", cells = "0"] = process.argv.slice(2);
  let count: number;
  if (mode === "floor") count = floor(folder);
  else if (mode === "end-to-end-floor") {
    count = floor(folder);
    minimalXlsx(out, Number(cells));
  } else count = await puls(planFile, folder, out, mode === "end-to-end");
  // maxRSS is in kilobytes: the process's peak resident memory.
  console.log(JSON.stringify({ count, peakMiB: process.resourceUsage().maxRSS / 1024 }));
}

if (require.main === module) void main();
