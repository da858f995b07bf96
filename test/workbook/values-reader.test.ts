/**
 * The fast values reader gives exactly the exceljs adapter's grid, on every kind of file Puls
 * writes and on a file saved by LibreOffice (written its own way: inline strings, other styles).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync, zipSync } from "fflate";
import { examplePlan } from "../../src/example/generate-plan";
import { exampleUnitFiles } from "../../src/example/unit-workbooks";
import { readWorkbook } from "../../src/workbook/exceljs-reader";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import { planWorkbook } from "../../src/workbook/plan/write-plan";
import { buildSharedTemplate } from "../../src/workbook/template/build-template";
import { readWorkbookValues } from "../../src/workbook/xlsx-values-reader";
import { withExceljsZeros } from "../support/exceljs-zeros";
import { collectFiles } from "../../src/node/collect";
import { consolidatedWorkbook } from "../../src/workbook/collect/write-consolidated";
import { writeXlsxFile } from "../../src/node/write-xlsx-file";
import { SOFFICE, hasLibreOffice } from "../support/libreoffice";
import { tempFolder } from "../support/units";

async function expectSameGrid(bytes: Uint8Array): Promise<void> {
  const exceljs = await readWorkbook(bytes);
  expect(withExceljsZeros(readWorkbookValues(bytes), exceljs)).toEqual(exceljs);
}

describe("the fast values reader", () => {
  const plan = examplePlan();

  it("reads the plan workbook as exceljs does", async () => {
    await expectSameGrid(await writeWorkbook(planWorkbook(plan)));
  });

  it("reads filled-in unit workbooks (formulas, dates, text in number cells, old template) as exceljs does", async () => {
    const files = exampleUnitFiles(plan, "2026-09-01T08:00:00");
    for (const file of files.slice(0, 12)) await expectSameGrid(await writeWorkbook(file.book));
  });

  it("reads a shared workbook and files from the streaming writer as exceljs does", async () => {
    const folder = tempFolder();
    const shared = path.join(folder, "shared.xlsx");
    await writeXlsxFile(shared, buildSharedTemplate(plan, "2026-D", ["OMS01", "UTB02", "K"], "2026-09-01"));
    await expectSameGrid(new Uint8Array(readFileSync(shared)));
    const files = exampleUnitFiles(plan, "2026-09-01T08:00:00").slice(0, 6);
    const inputs = await Promise.all(
      files.map(async (file, index) => {
        const target = path.join(folder, `${index}.xlsx`);
        await writeXlsxFile(target, file.book);
        return target;
      }),
    );
    const consolidation = await collectFiles(plan, "2026-D", inputs, { collectedAt: "2026-09-21T09:00:00" });
    const out = path.join(folder, "out.xlsx");
    await writeXlsxFile(out, consolidatedWorkbook(plan, consolidation));
    await expectSameGrid(new Uint8Array(readFileSync(out)));
  });

  (hasLibreOffice ? it : it.skip)("reads a workbook saved by LibreOffice as exceljs does", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "puls-lo-save-"));
    const input = path.join(folder, "in.xlsx");
    writeFileSync(input, await writeWorkbook(exampleUnitFiles(plan, "2026-09-01T08:00:00")[3]!.book));
    execFileSync(SOFFICE as string, [`-env:UserInstallation=file://${folder}/profile`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", path.join(folder, "out"), input], { stdio: "ignore", timeout: 120_000 });
    const saved = path.join(folder, "out", "in.xlsx");
    expect(existsSync(saved)).toBe(true);
    await expectSameGrid(new Uint8Array(readFileSync(saved)));
  }, 120_000);

  it("lists a skipped sheet without reading it, and reads the others as before", async () => {
    const file = exampleUnitFiles(plan, "2026-09-01T08:00:00")[0];
    if (file === undefined) throw new Error("the example has unit files");
    const bytes = await writeWorkbook(file.book);
    const whole = readWorkbookValues(bytes);
    expect(whole.sheets.find((sheet) => sheet.name === "Pulstavla")?.rows.length).toBeGreaterThan(0);
    const skipped = readWorkbookValues(bytes, undefined, new Set(["Pulstavla"]));
    expect(skipped.sheets.map((sheet) => sheet.name)).toEqual(whole.sheets.map((sheet) => sheet.name));
    expect(skipped.sheets.find((sheet) => sheet.name === "Pulstavla")?.rows).toEqual([]);
    expect(skipped.sheets.filter((sheet) => sheet.name !== "Pulstavla")).toEqual(whole.sheets.filter((sheet) => sheet.name !== "Pulstavla"));
    // Never inflated: a damaged part behind the skipped sheet does not stop the read.
    const parts = unzipSync(bytes);
    // exceljs writes the sheets' parts in order: sheet1.xml, sheet2.xml …
    const pulseBoardPart = `xl/worksheets/sheet${whole.sheets.findIndex((sheet) => sheet.name === "Pulstavla") + 1}.xml`;
    expect(parts[pulseBoardPart]).toBeDefined();
    const damaged = zipSync({ ...parts, [pulseBoardPart]: [new TextEncoder().encode("<worksheet><sheetData><row r=\"x\">"), { level: 0 }] });
    expect(() => readWorkbookValues(damaged)).toThrow();
    expect(readWorkbookValues(damaged, undefined, new Set(["Pulstavla"])).sheets.filter((sheet) => sheet.name !== "Pulstavla")).toEqual(whole.sheets.filter((sheet) => sheet.name !== "Pulstavla"));
  });

  it("refuses bytes that are not an .xlsx workbook", () => {
    expect(() => readWorkbookValues(new TextEncoder().encode("hej"))).toThrow();
    expect(() => readWorkbookValues(new Uint8Array())).toThrow();
  });
});
