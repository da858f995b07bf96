/**
 * One measured process of the collection benchmark, in plain JavaScript so that neither side pays
 * for compiling TypeScript: either Puls collecting a folder of unit workbooks into the
 * consolidated workbook through the compiled package in lib/ (what `puls` and the library ship),
 * or the floor (the same files unzipped with fflate and their sheet XML parsed with saxes, values
 * only). Prints its count and peak memory as JSON.
 * With "end-to-end", Puls also writes all four reports (workbooks and Word documents) into
 * OUT's folder; "end-to-end-floor" is the floor's reading plus one minimal hand-written .xlsx with
 * as many cells as Puls wrote (CELLS, given after OUT).
 * "puls-single" is Puls reading the files on the main thread only.
 * Usage: node collect-worker.js puls|puls-single|floor|end-to-end|end-to-end-floor PLAN.json FOLDER OUT [CELLS]
 */
const { readFileSync, readdirSync, writeFileSync } = require("node:fs");
const path = require("node:path");

/** Where the end-to-end run writes its reports: beside the consolidated workbook. */
function reportsFolder(out) {
  return path.join(path.dirname(out), "rapporter");
}

async function puls(planFile, folder, out, reports, threads) {
  const puls = require("../lib/index.js");
  const plan = JSON.parse(readFileSync(planFile, "utf8"));
  const files = readdirSync(folder).filter((f) => f.endsWith(".xlsx")).sort().map((f) => path.join(folder, f));
  const consolidation = await puls.collectFiles(plan, plan.settings.currentPeriod, files, { collectedAt: "2026-09-21T09:00:00", ...(threads === undefined ? {} : { threads }) });
  await puls.writeXlsxFile(out, puls.consolidatedWorkbook(plan, consolidation));
  // All four reports are timed, so the ones the period does not allow are written as drafts.
  if (reports) await puls.writeReports(reportsFolder(out), { input: puls.reportInputOf(plan, consolidation), kinds: puls.REPORT_KINDS, formats: ["xlsx", "docx"], language: "sv", draft: true });
  return consolidation.actuals.length;
}

/** The least any writer must do: one sheet of `cells` numbers as XML, zipped, written to disk. */
function minimalXlsx(out, cells) {
  const { zipSync } = require("fflate");
  const columns = 10;
  const rows = [];
  for (let r = 0; r * columns < cells; r++) {
    const row = [];
    for (let c = 0; c < columns && r * columns + c < cells; c++) row.push(`<c><v>${r + c}</v></c>`);
    rows.push(`<row r="${r + 1}">${row.join("")}</row>`);
  }
  const encode = (text) => new TextEncoder().encode(text);
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
function floor(folder) {
  const { unzipSync } = require("fflate");
  const { SaxesParser } = require("saxes");
  let values = 0;
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".xlsx")).sort()) {
    const entries = unzipSync(readFileSync(path.join(folder, file)), { filter: (entry) => entry.name.startsWith("xl/worksheets/sheet") || entry.name === "xl/sharedStrings.xml" });
    for (const bytes of Object.values(entries)) {
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

async function main() {
  const [mode, planFile = "", folder = "", out = "", cells = "0"] = process.argv.slice(2);
  let count;
  if (mode === "floor") count = floor(folder);
  else if (mode === "end-to-end-floor") {
    count = floor(folder);
    minimalXlsx(out, Number(cells));
  } else count = await puls(planFile, folder, out, mode === "end-to-end", mode === "puls-single" ? 1 : undefined);
  // maxRSS is in kilobytes: the process's peak resident memory.
  console.log(JSON.stringify({ count, peakMiB: process.resourceUsage().maxRSS / 1024 }));
}

if (require.main === module) void main();
