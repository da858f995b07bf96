/**
 * Runs in the browser (bundled by test/workbook/browser.test.ts): the workbook layer on the
 * example's data, with exceljs's browser build. Puts its findings on window.pulsResult.
 */
import { examplePlan } from "../../src/example/generate-plan";
import { readWorkbook } from "../../src/workbook/exceljs-reader";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import { readPlan } from "../../src/workbook/plan/read-plan";
import { planWorkbook } from "../../src/workbook/plan/write-plan";
import { buildTemplate } from "../../src/workbook/template/build-template";
import { readWorkbookValues } from "../../src/workbook/xlsx-values-reader";
import { withExceljsZeros } from "../support/exceljs-zeros";

async function run(): Promise<unknown> {
  const plan = examplePlan();
  const template = await writeWorkbook(buildTemplate({ plan, unit: "OMS01", period: "2026-D", createdAt: "2026-09-01", filled: new Map([["N19", { actual: 0.9 }]]) }));
  const viaExceljs = await readWorkbook(template);
  const viaValues = readWorkbookValues(template);
  const planBytes = await writeWorkbook(planWorkbook(plan));
  const read = readPlan(await readWorkbook(planBytes));
  return {
    sheets: viaExceljs.sheets.map((s) => s.name),
    sameGrid: JSON.stringify(viaExceljs) === JSON.stringify(withExceljsZeros(viaValues, viaExceljs)),
    // The first indicator's row: the one after the header, which stands below the title block.
    firstRow: (() => {
      const rows = viaValues.sheets[0]?.rows ?? [];
      return rows[rows.findIndex((row) => row[0] === "Nyckeltal-id") + 1]?.slice(0, 9);
    })(),
    planProblems: read.problems.length,
    indicators: read.plan.indicators.length,
  };
}

run().then(
  (result) => Object.assign(globalThis, { pulsResult: result }),
  (error: unknown) => Object.assign(globalThis, { pulsResult: { error: String(error) } }),
);
