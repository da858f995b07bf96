/**
 * @jest-environment ./test/support/jsdom-environment.js
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 *
 * The wizard inside Excel: the real App and Excel host over office-addin-mock's objects (see
 * test/support/fake-excel.ts), clicked through as a controller would. The open workbook is the
 * plan; unit sheets are added to it, collected back, the consolidation, an assessment and an
 * interim report are written into it, and a problem's cell is selected.
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { examplePlan } from "../../src/example/generate-plan";
import { App } from "../../src/taskpane/wizard/App";
import { excelHost } from "../../src/taskpane/excel/excel-host";
import { sheetCells } from "../../src/taskpane/excel/sheet-cells";
import { planWorkbook } from "../../src/workbook/plan/write-plan";
import { readPlan } from "../../src/workbook/plan/read-plan";
import { readWorkbookValues } from "../../src/workbook/xlsx-values-reader";
import type { SheetOut } from "../../src/workbook/output";
import { FakeExcel, type FakeSheetData } from "../support/fake-excel";

// jsdom has no canvas to paint charts on (the browser test paints them); a tiny PNG stands in.
jest.mock("../../src/taskpane/browser/canvas-png", () => ({ renderPngInBrowser: () => Promise.resolve(new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10])) }));

function asUsedRange(sheet: SheetOut): FakeSheetData {
  const cells = sheetCells(sheet);
  const valueTypes = cells.values.map((row) => row.map((v) => (v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String")));
  return { name: sheet.name, used: { rowIndex: 0, columnIndex: 0, values: cells.values, valueTypes, numberFormat: cells.numberFormat.map((row) => row.map((f) => f ?? "General")) } };
}

/** The input a Field's label names. */
function fieldLabelled(label: string): HTMLInputElement {
  const element = [...document.querySelectorAll("label")].find((l) => l.textContent?.startsWith(label));
  const input = element === undefined ? null : document.getElementById(element.htmlFor);
  if (!(input instanceof HTMLInputElement)) throw new Error(`No field labelled ${label}`);
  return input;
}

/** Runs a user's action inside act, and lets React finish what it starts. */
const acted = (action: () => unknown): Promise<void> =>
  act(() => {
    action();
    return Promise.resolve();
  });

/** Waits (in act) until `check` finds what it looks for. */
async function until<T>(check: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = check();
    if (found !== null && found !== undefined && found !== false) return found;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`Not found: ${what}\n${document.body.textContent ?? ""}`);
}

/** A button by its accessible name: its aria-label where it has one (the numbered step buttons), else its text. */
const nameOf = (button: HTMLButtonElement) => button.getAttribute("aria-label") ?? button.textContent ?? "";
const buttonNamed = (name: string | RegExp) => [...document.querySelectorAll("button")].find((b) => (typeof name === "string" ? nameOf(b) === name : name.test(nameOf(b))));
const textShown = (text: string) => (document.body.textContent ?? "").includes(text);

async function click(name: string | RegExp): Promise<void> {
  const button = await until(() => buttonNamed(name), `button ${String(name)}`);
  await acted(() => button.click());
}

async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await acted(() => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value")?.set?.call(select, value);
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

async function type(field: HTMLTextAreaElement | HTMLInputElement, value: string): Promise<void> {
  await acted(() => {
    const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(prototype, "value")?.set?.call(field, value);
    field.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

describe("the wizard inside Excel", () => {
  let root: Root;

  afterEach(async () => {
    await acted(() => root.unmount());
    document.body.replaceChildren();
  });

  it("takes the open workbook from plan to unit sheets, collection, an assessment and an interim report written into it", async () => {
    const plan = examplePlan();
    const excel = new FakeExcel(planWorkbook(plan).sheets.map(asUsedRange));
    const planSheets = excel.names();
    const createWorkbook = jest.fn(() => Promise.resolve());
    const host = excelHost({ run: (batch) => batch(excel.context), createWorkbook }, { charts: true, images: true, createWorkbook: true, pageLayout: true }, "Plan.xlsx", "sv", document);
    const container = document.createElement("div");
    document.body.append(container);
    root = createRoot(container);
    await acted(() => root.render(<App host={host} initialLanguage="sv" today={() => "2026-09-21"} />));

    // 1 The open workbook is the plan.
    await click("Använd den öppna arbetsboken som plan");
    await until(() => textShown("Exempelkommun 2026 (Plan.xlsx)"), "the plan's name");
    expect(textShown("Planen är kontrollerad: inga problem.")).toBe(true);

    // 2 One sheet per unit, and the hidden sheet that says whose each is.
    await click("2. Inrapporteringsmallar");
    await click("Lägg till ett blad per enhet i den här arbetsboken");
    await until(() => textShown("blad har lagts till"), "the templates' notice");
    const unitSheets = excel.names().filter((name) => !planSheets.includes(name));
    expect(unitSheets).toContain("_puls");
    expect(unitSheets.length).toBe(39);
    expect(textShown("38 blad har lagts till.")).toBe(true);

    // A unit types text where a number belongs.
    const unitSheet = unitSheets[0] ?? "";
    // The header row stands below the sheet's title block.
    const headerAt = excel.valuesOf(unitSheet).findIndex((row) => row[0] === "Nyckeltal-id");
    expect(headerAt).toBeGreaterThan(0);
    const header = excel.valuesOf(unitSheet)[headerAt] ?? [];
    excel.type(unitSheet, headerAt + 1, header.indexOf("Utfall"), "ungefär 80");

    // 3 Collected back from the open workbook.
    await click("3. Hämta in");
    // The controller's name, given once, is who the audit log says did what.
    await type(fieldLabelled("Ditt namn i loggen"), "Karin Kontroller");
    await click("Använd enheternas blad i den här arbetsboken");
    await until(() => textShown("Klart: 38 enheters blad lästa"), "the collection's notice");
    await click("Skriv sammanställningen i arbetsboken");
    await until(() => textShown("blad har skrivits i arbetsboken"), "the consolidation's notice");
    const added = excel.operations.filter((o) => o.op === "add").map((o) => o.sheet);
    expect(added).toEqual(expect.arrayContaining(["Utfall", "Inrapporteringsstatus", "Avvikelser", "Status", "Målbedömning"]));
    // The plan's own sheets other than Utfall are never rewritten.
    expect(added.filter((name) => planSheets.includes(name))).toEqual(["Utfall"]);
    // The collection is logged on Logg, by the name given.
    const collectionEntry = excel.valuesOf("Logg").slice(1).find((row) => row[3] === "Insamling");
    expect(collectionEntry?.[2]).toBe("Karin Kontroller");
    expect(collectionEntry?.[4]).toBe(plan.settings.currentPeriod);
    // Written again, the consolidation carries the same log: one collection, one entry.
    await click("Skriv sammanställningen i arbetsboken");
    await until(() => excel.operations.filter((o) => o.op === "add" && o.sheet === "Logg").length === 2, "Logg written again");
    expect(excel.valuesOf("Logg").slice(1).filter((row) => row[3] === "Insamling")).toHaveLength(1);

    // 4 A problem in a unit sheet of this workbook can be shown.
    await click("4. Granska");
    expect(textShown("ungefär 80")).toBe(true);
    await click("Visa cellen");
    const selected = await until(() => excel.operations.find((o) => o.op === "select"), "a selected cell");
    expect(selected.sheet).toBe(unitSheet);
    expect(selected.target).toBe(`I${headerAt + 2}`);

    // 5 An own assessment, stored on Bedömningar.
    await click("5. Bedöm mål");
    await click(/^Egen bedömning/);
    const editor = await until(() => document.querySelector(".editor"), "the assessment form");
    await choose(editor.querySelector("select") as HTMLSelectElement, "cannotAssess");
    await type(editor.querySelector("textarea") as HTMLTextAreaElement, "Underlaget saknas helt för perioden");
    await click("Spara bedömningen");
    await until(() => textShown("Bedömningen är sparad."), "the saved notice");
    const bedomningar = excel.on("Bedömningar").find((o) => o.op === "values");
    expect(JSON.stringify(bedomningar?.value)).toContain("Underlaget saknas helt för perioden");
    // Logg is written again beside it: the collection's entry kept, the assessment appended with who and why.
    const logged = excel.valuesOf("Logg").slice(1);
    expect(logged.map((row) => row[3])).toEqual(expect.arrayContaining(["Insamling", "Bedömning"]));
    const assessmentEntry = logged.find((row) => row[3] === "Bedömning" && row[8] === "Underlaget saknas helt för perioden");
    expect(assessmentEntry?.[2]).toBe("Karin Kontroller");

    // 6 The interim report written into the workbook, its charts drawn by Excel.
    await click("6. Rapporter");
    const interim = await until(() => [...document.querySelectorAll("ul.reports > li")].find((li) => li.textContent?.startsWith("Delårsrapport")), "the interim report");
    await acted(() => [...interim.querySelectorAll("button")].find((b) => b.textContent === "Skriv in i arbetsboken")?.click());
    await until(() => textShown("blad har skrivits i arbetsboken") && excel.names().some((name) => name.startsWith("DR ")), "the report's sheets");
    expect(excel.names().filter((name) => name.startsWith("DR "))).toEqual(expect.arrayContaining(["DR Om rapporten", "DR Översikt", "DR Resultatmål", "DR Nyckeltal"]));
    expect(excel.operations.filter((o) => o.op === "chart" && o.sheet.startsWith("DR ")).length).toBeGreaterThan(1);
    // Remembered in the workbook's own settings: the step the user is on.
    expect(JSON.parse(excel.settings.get("puls.wizard") ?? "{}")).toMatchObject({ step: "reports", period: plan.settings.currentPeriod });

    // 7 Next year's plan, opened as a new workbook through Excel.createWorkbook; the open one's sheets untouched.
    const operationsBefore = excel.operations.length;
    await click("7. Planera nästa år");
    await click("Skapa planen för 2027");
    await until(() => textShown("Planen för 2027 har öppnats som en ny arbetsbok."), "the next plan's notice");
    expect(createWorkbook).toHaveBeenCalledTimes(1);
    const base64 = (createWorkbook.mock.calls[0] as unknown as [string])[0];
    const { plan: next, problems } = readPlan(readWorkbookValues(Uint8Array.from(Buffer.from(base64, "base64"))));
    expect(problems).toEqual([]);
    expect(next.settings.year).toBe(2027);
    // The collected outcomes and the assessment set above go along as history.
    expect(next.actuals.some((row) => row.period === plan.settings.currentPeriod)).toBe(true);
    expect(next.assessments.some((row) => row.justification === "Underlaget saknas helt för perioden")).toBe(true);
    expect(document.querySelector("ul.findings")?.getAttribute("aria-label")).toBe("Inför planeringen, per mål");
    // Nothing is written into the open workbook's sheets (a sync stores the wizard's step in its settings).
    expect(excel.operations.slice(operationsBefore).filter((o) => o.op !== "sync")).toEqual([]);
  }, 60_000);
});
