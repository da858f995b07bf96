import ExcelJS from "exceljs";
import { planFingerprint, type Plan } from "../../src/core";
import { readWorkbook } from "../../src/workbook/exceljs-reader";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import { readPlan } from "../../src/workbook/plan/read-plan";
import { buildTemplate } from "../../src/workbook/template/build-template";
import { templateFileName, templateFileNames, uniqueSheetNames } from "../../src/workbook/template/file-name";
import { smallPlan, xlsx } from "../support/xlsx";

async function plan(): Promise<Plan> {
  const base = readPlan(await readWorkbook(await xlsx(smallPlan()))).plan;
  return { ...base, actuals: [...base.actuals, { ...base.actuals[0]!, indicator: "N2", organisation: "HN", period: "2025-D", actual: 13 }] };
}

async function template(filled?: Parameters<typeof buildTemplate>[0]["filled"]) {
  const p = await plan();
  const bytes = await writeWorkbook(buildTemplate({ plan: p, unit: "HN", period: "2026-D", createdAt: "2026-09-01T08:00", filled }));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  return { plan: p, bytes, workbook };
}

describe("a unit's report template", () => {
  it("lists the unit's indicators with the target that applies to it and its previous outcome", async () => {
    const { bytes } = await template();
    const grid = await readWorkbook(bytes);
    const report = grid.sheets.find((s) => s.name === "Inrapportering");
    expect(report?.rows[0]?.slice(0, 13)).toEqual(["Nyckeltal-id", "Nyckeltal", "Mål", "Måttenhet", "Riktning", "Målvärde", "Målvärde max", "Föregående utfall", "Utfall", "Kvinnor", "Män", "Kommentar", "Status"]);
    // Cells past the end of a row are empty (rows carry no trailing empty cells).
    expect(report?.rows.slice(1).map((row) => [0, 4, 5, 6, 7].map((i) => row[i] ?? null))).toEqual([
      ["N1", "Högre", 0.9, null, null],
      ["N2", "Lägre", 12, null, 13],
      ["N3", "Intervall", 0.9, 0.95, null],
    ]);
  });

  it("locks the prefilled cells, unlocks the inputs and protects the sheet without a password", async () => {
    const { workbook } = await template();
    const sheet = workbook.getWorksheet("Inrapportering");
    expect(sheet?.getCell("A2").protection?.locked).not.toBe(false);
    expect(sheet?.getCell("F2").protection?.locked).not.toBe(false);
    for (const address of ["I2", "J2", "K2", "L2"]) expect(sheet?.getCell(address).protection?.locked).toBe(false);
    expect((sheet as unknown as { sheetProtection?: { sheet?: boolean; algorithmName?: string } }).sheetProtection?.sheet).toBe(true);
  });

  it("validates the input cells as decimals, bounded to the rows (percentages 0–1)", async () => {
    const { workbook } = await template();
    const sheet = workbook.getWorksheet("Inrapportering");
    expect(sheet?.getCell("I2").dataValidation).toMatchObject({ type: "decimal", formulae: [0, 1], errorStyle: "warning" });
    expect(sheet?.getCell("I3").dataValidation).toMatchObject({ type: "decimal" });
    expect(sheet?.getCell("I5").dataValidation?.type).toBeUndefined();
  });

  it("shows the status live with a native formula and conditional formatting", async () => {
    const { workbook } = await template();
    const sheet = workbook.getWorksheet("Inrapportering");
    const formula = (sheet?.getCell("M2").value as { formula?: string }).formula ?? "";
    expect(formula).toContain('IF(NOT(ISNUMBER(I2)),""');
    // The small plan sets "Gul från" to 85 %.
    expect(formula).toContain("I2/F2>=0.85");
    expect((sheet?.getCell("M3").value as { formula?: string }).formula).toContain("I3<=F3");
    const conditional = (sheet as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings.map((c) => c.ref);
    expect(conditional).toEqual(["I2:I4", "M2:M4"]);
  });

  it("has the action plan, the analysis per goal and a very hidden _puls sheet that identifies it", async () => {
    const { workbook, plan: p } = await template();
    expect(workbook.getWorksheet("Handlingsplan")?.getRow(1).values).toEqual([undefined, "Aktivitet", "Mål/Nyckeltal", "Ansvarig", "Klart senast", "Nytt datum", "Status", "Kommentar"]);
    expect(workbook.getWorksheet("Analys")?.getColumn(1).values.slice(2)).toEqual(["V1", "Helhet"]);
    const meta = workbook.getWorksheet("_puls");
    expect(meta?.state).toBe("veryHidden");
    const values = Object.fromEntries((meta?.getSheetValues() ?? []).filter(Boolean).map((row) => [(row as unknown[])[1], (row as unknown[])[2]]));
    expect(values).toMatchObject({ Formatversion: 3, Enhet: "HN", Period: "2026-D", "Planens fingeravtryck": planFingerprint(p), Skapad: "2026-09-01T08:00" });
    // The seal over what Puls wrote, which an edited unit id no longer matches.
    expect(values.Kontroll).toMatch(/^[0-9a-f]{8}$/);
  });

  it("writes what a unit typed as values, and text beginning with = as text, never as a formula", async () => {
    const { workbook } = await template(new Map([["N1", { actual: 0.88, comment: "=HYPERLINK(\"http://x\")" }]]));
    const sheet = workbook.getWorksheet("Inrapportering");
    expect(sheet?.getCell("I2").value).toBe(0.88);
    expect(sheet?.getCell("L2").value).toBe('=HYPERLINK("http://x")');
    expect((sheet?.getCell("M2").value as { result?: unknown }).result).toBe("Gul");
  });
});

describe("names", () => {
  it("gives templates readable, safe file names", () => {
    expect(templateFileName("2026-D", "Hemtjänst Norr")).toBe("2026-D Hemtjänst Norr.xlsx");
    expect(templateFileName("2026-D", 'Skola "A/B": 1?')).toBe("2026-D Skola -A-B-- 1-.xlsx");
  });

  it("gives units unique sheet names of at most 31 characters", () => {
    expect(uniqueSheetNames(["Hemtjänst Norr", "hemtjänst norr", "Vård [och] omsorg: särskilt boende väst"])).toEqual(["Hemtjänst Norr", "hemtjänst norr 2", "Vård -och- omsorg- särskilt boe"]);
  });

  it("adds the unit's id to a sheet name already taken, and never uses a name Excel or the template keeps", () => {
    expect(uniqueSheetNames(["Centralskolan", "Centralskolan", "_puls", "History", "inrapportering"], ["GR1", "GR2", "U1", "U2", "U3"])).toEqual(["Centralskolan", "Centralskolan (GR2)", "_puls (U1)", "History (U2)", "inrapportering (U3)"]);
  });

  it("gives two units of the same name, or names differing only in case, different file names", () => {
    const names = templateFileNames("2026-D", [
      { id: "GR1", name: "Centralskolan" },
      { id: "GR2", name: "Centralskolan" },
      { id: "HN", name: "Hemtjänst Norr" },
      { id: "HN2", name: "HEMTJÄNST NORR" },
    ]);
    expect(names).toEqual(["2026-D Centralskolan (GR1).xlsx", "2026-D Centralskolan (GR2).xlsx", "2026-D Hemtjänst Norr (HN).xlsx", "2026-D HEMTJÄNST NORR (HN2).xlsx"]);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it("makes file names from any text that stay inside the folder", () => {
    for (const text of ["../../../../PWNED-report", "..", ".", "/etc/passwd", "C:\\Windows\\x", "CON", "nul.txt", " . ", "a\u0000b", "x".repeat(400)]) {
      const name = templateFileName(text, "");
      expect({ text, name, plain: !name.includes("/") && !name.includes("\\") && !name.startsWith(".") && name.length <= 125 }).toEqual({ text, name, plain: true });
    }
    expect(templateFileName("CON", "")).toBe("_CON.xlsx");
  });
});

describe("the streaming writer (used for files on disk)", () => {
  it("writes a template with the same values, protection, validation and conditional formatting as the in-memory writer", async () => {
    const { writeXlsxFile } = await import("../../src/node/write-xlsx-file");
    const { mkdtempSync, readFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const p = await plan();
    const book = buildTemplate({ plan: p, unit: "HN", period: "2026-D", createdAt: "2026-09-01T08:00", filled: new Map([["N1", { actual: 0.88 }]]) });
    const file = path.join(mkdtempSync(path.join(tmpdir(), "puls-stream-")), "mall.xlsx");
    await writeXlsxFile(file, book);
    const load = async (bytes: Uint8Array) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      const sheet = workbook.getWorksheet("Inrapportering");
      return {
        values: sheet?.getSheetValues(),
        locked: ["A2", "I2", "L2"].map((a) => sheet?.getCell(a).protection?.locked),
        validation: sheet?.getCell("I2").dataValidation,
        conditional: (sheet as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings.map((c) => c.ref),
        protected: (sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet,
        meta: workbook.getWorksheet("_puls")?.state,
      };
    };
    const streamed = await load(new Uint8Array(readFileSync(file)));
    const inMemory = await load(await writeWorkbook(book));
    expect(streamed).toEqual(inMemory);
    expect(streamed.protected).toBe(true);
  });
});
