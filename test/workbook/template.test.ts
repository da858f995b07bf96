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

async function template(filled?: Parameters<typeof buildTemplate>[0]["filled"], withPlan: (plan: Plan) => Plan = (p) => p) {
  const p = withPlan(await plan());
  const bytes = await writeWorkbook(buildTemplate({ plan: p, unit: "HN", period: "2026-D", createdAt: "2026-09-01T08:00", filled }));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  const sheet = workbook.getWorksheet("Inrapportering");
  // The 1-based row of the header, below the title block; the indicators N1, N2, N3 follow it.
  let header = 0;
  sheet?.eachRow((row, number) => {
    if (header === 0 && row.getCell(1).value === "Nyckeltal-id") header = number;
  });
  /** The address of `column` on the row of the indicator `n` (1-based: N1 is 1). */
  const at = (column: string, n: number) => `${column}${header + n}`;
  return { plan: p, bytes, workbook, sheet, header, at };
}

/** The small plan with a deadline and a municipality whose manager answers questions. */
const withDeadlineAndContact = (p: Plan): Plan => ({
  ...p,
  settings: { ...p.settings, deadline: "2026-09-15" },
  organisation: p.organisation.map((o) => (o.parent === null ? { ...o, manager: "Karin Controller", email: "karin.controller@exempelkommun.se" } : o)),
});

/** Whether a cell has a solid fill (an unshaded cell has none, or exceljs's "none" pattern). */
const shaded = (cell: ExcelJS.Cell | undefined) => cell?.fill?.type === "pattern" && cell.fill.pattern === "solid";

describe("a unit's report template", () => {
  it("lists the unit's indicators with the target that applies to it and its previous outcome, under the title block", async () => {
    const { bytes, header } = await template();
    const grid = await readWorkbook(bytes);
    const report = grid.sheets.find((s) => s.name === "Inrapportering");
    expect(header).toBeGreaterThan(1);
    expect(report?.rows[header - 1]?.slice(0, 15)).toEqual(["Nyckeltal-id", "Nyckeltal", "Mål", "Måttenhet", "Riktning", "Målvärde", "Målvärde max", "Föregående utfall", "Utfall", "Kvinnor", "Män", "Prognos helår", "Kommentar", "Status", "Utfall som tal"]);
    // Cells past the end of a row are empty (rows carry no trailing empty cells).
    expect(report?.rows.slice(header).map((row) => [0, 4, 5, 6, 7].map((i) => row[i] ?? null))).toEqual([
      ["N1", "Högre", 0.9, null, null],
      ["N2", "Lägre", 12, null, 13],
      ["N3", "Intervall", 0.9, 0.95, null],
    ]);
  });

  it("opens with the unit, the period, the deadline, whom to ask and what to fill in", async () => {
    const { sheet, header } = await template(undefined, withDeadlineAndContact);
    const lines = Array.from({ length: header - 1 }, (_, r) => sheet?.getCell(`A${r + 1}`).text ?? "").filter((v) => v !== "");
    expect(lines.slice(0, 4)).toEqual(["Hemtjänst Norr", "Period: Delår 2026 (2026-D)", "Sista inlämningsdag: 15 september 2026", "Frågor till: Karin Controller, karin.controller@exempelkommun.se"]);
    expect(lines.join("\n")).toMatch(/gula cellerna/);
    expect(lines.join("\n")).toMatch(/Röd/);
    expect(lines.join("\n")).toMatch(/Handlingsplan och Analys/);
    expect(lines).toEqual(expect.arrayContaining(["Klar att lämna in", "Inlämnad av", "Datum"]));
  });

  it("leaves out the deadline and the contact where the plan has none", async () => {
    const { sheet, header } = await template();
    const lines = Array.from({ length: header - 1 }, (_, r) => sheet?.getCell(`A${r + 1}`).text ?? "");
    expect(lines.some((line) => line.startsWith("Sista inlämningsdag") || line.startsWith("Frågor till"))).toBe(false);
    expect(lines[1]).toBe("Period: Delår 2026 (2026-D)");
  });

  it("has the Klar att lämna in cells unlocked and shaded, the date validated as a date", async () => {
    const { sheet, header } = await template();
    const rowOf = (label: string) => Array.from({ length: header }, (_, r) => r + 1).find((r) => sheet?.getCell(`A${r}`).value === label) ?? 0;
    for (const label of ["Inlämnad av", "Datum"]) {
      const cell = sheet?.getCell(`B${rowOf(label)}`);
      expect(cell?.protection?.locked).toBe(false);
      expect(cell?.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF8DC" } });
    }
    expect(sheet?.getCell(`B${rowOf("Datum")}`).dataValidation).toMatchObject({ type: "date" });
    expect(sheet?.getCell(`B${rowOf("Datum")}`).numFmt).toBe("yyyy-mm-dd");
  });

  it("locks the prefilled cells, unlocks and shades the inputs and protects the sheet without a password", async () => {
    const { sheet, at } = await template();
    for (const address of [at("A", 1), at("F", 1), at("H", 1)]) {
      expect(sheet?.getCell(address).protection?.locked).not.toBe(false);
      expect(shaded(sheet?.getCell(address))).toBe(false);
    }
    for (const address of [at("I", 1), at("J", 1), at("K", 1), at("M", 1)]) {
      expect(sheet?.getCell(address).protection?.locked).toBe(false);
      expect(sheet?.getCell(address).fill).toMatchObject({ fgColor: { argb: "FFFFF8DC" } });
    }
    expect((sheet as unknown as { sheetProtection?: { sheet?: boolean; algorithmName?: string } }).sheetProtection?.sheet).toBe(true);
  });

  it("opens Kvinnor and Män only where the indicator is split by gender: elsewhere they are locked, unshaded, show – and have no validation", async () => {
    const { sheet, at } = await template();
    // N1 is split by gender; N2 and N3 are not.
    for (const column of ["J", "K"]) {
      expect(sheet?.getCell(at(column, 1)).protection?.locked).toBe(false);
      expect(sheet?.getCell(at(column, 1)).dataValidation?.type).toBe("decimal");
      for (const n of [2, 3]) {
        const cell = sheet?.getCell(at(column, n));
        expect(cell?.value).toBe("–");
        expect(cell?.protection?.locked).not.toBe(false);
        expect(shaded(cell)).toBe(false);
        expect(cell?.dataValidation?.type).toBeUndefined();
      }
    }
  });

  it("opens Prognos helår only for an amount (unit tkr, or a budget in the plan): unlocked, shaded, validated, in the indicator's number format; elsewhere locked with –", async () => {
    const asAmount = (p: Plan): Plan => ({ ...p, indicators: p.indicators.map((i) => (i.id === "N2" ? { ...i, unit: "tkr" } : i)) });
    const { sheet, at } = await template(new Map([["N2", { actual: 800, forecast: 1250 }]]), asAmount);
    const forecast = sheet?.getCell(at("L", 2));
    expect(forecast?.value).toBe(1250);
    expect(forecast?.protection?.locked).toBe(false);
    expect(forecast?.fill).toMatchObject({ fgColor: { argb: "FFFFF8DC" } });
    expect(forecast?.numFmt).toBe("#,##0");
    expect(forecast?.dataValidation?.type).toBe("decimal");
    for (const n of [1, 3]) {
      const cell = sheet?.getCell(at("L", n));
      expect(cell?.value).toBe("–");
      expect(cell?.protection?.locked).not.toBe(false);
      expect(shaded(cell)).toBe(false);
    }
    // A count with a budget for the year is an amount too; without either it has no forecast cell.
    const budgeted = (p: Plan): Plan => ({ ...p, targets: p.targets.map((t) => (t.indicator === "N2" && t.organisation === "HN" ? { ...t, budget: 15 } : t)) });
    expect((await template(undefined, budgeted)).sheet?.getCell(at("L", 2)).protection?.locked).toBe(false);
    expect((await template()).sheet?.getCell(at("L", 2)).value).toBe("–");
  });

  it("formats the input cells as the indicator's unit, so 85 typed in a share's cell is 85 %", async () => {
    const { sheet, at } = await template();
    for (const column of ["I", "J", "K"]) expect(sheet?.getCell(at(column, 1)).numFmt).toBe("0.0%");
    expect(sheet?.getCell(at("I", 3)).numFmt).toBe("0.0%");
    expect(sheet?.getCell(at("I", 2)).numFmt).toBeUndefined();
  });

  it("shows targets with as many decimals as they have", async () => {
    const { sheet, at } = await template(undefined, (p) => ({
      ...p,
      targets: p.targets.map((t) => (t.indicator === "N2" && t.organisation === "HN" ? { ...t, target: 12.8 } : t.indicator === "N1" ? { ...t, target: 0.8725 } : t)),
    }));
    expect(sheet?.getCell(at("F", 1)).numFmt).toBe("0.00%");
    expect(sheet?.getCell(at("F", 2)).numFmt).toBe("#,##0.0");
    expect(sheet?.getCell(at("F", 3)).numFmt).toBe("0.0%");
    // The previous outcome 13 of N2 is a whole count.
    expect(sheet?.getCell(at("H", 2)).numFmt).toBe("#,##0");
  });

  it("validates the input cells as decimals, bounded to the rows (percentages 0–1)", async () => {
    const { sheet, at } = await template();
    expect(sheet?.getCell(at("I", 1)).dataValidation).toMatchObject({ type: "decimal", formulae: [0, 1], errorStyle: "warning" });
    expect(sheet?.getCell(at("I", 2)).dataValidation).toMatchObject({ type: "decimal" });
    expect(sheet?.getCell(at("I", 4)).dataValidation?.type).toBeUndefined();
  });

  it("shows the status live with a native formula, judging the number collection reads, and conditional formatting", async () => {
    const { sheet, at, header } = await template();
    const formula = (sheet?.getCell(at("N", 1)).value as { formula?: string }).formula ?? "";
    expect(formula).toContain(`IF(NOT(ISNUMBER(${at("O", 1)})),""`);
    // The small plan sets "Gul från" to 85 %.
    expect(formula).toContain(`${at("O", 1)}/${at("F", 1)}>=0.85`);
    expect((sheet?.getCell(at("N", 2)).value as { formula?: string }).formula).toContain(`${at("O", 2)}<=${at("F", 2)}`);
    // The hidden number: a share typed as 85 is read as 85 %, as collection reads it.
    const value = (sheet?.getCell(at("O", 1)).value as { formula?: string }).formula ?? "";
    expect(value).toContain(`IF(${at("I", 1)}>1,${at("I", 1)}/100`);
    expect(value).toContain("_xlfn.NUMBERVALUE(");
    expect(sheet?.getColumn("O").hidden).toBe(true);
    const conditional = (sheet as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings.map((c) => c.ref);
    expect(conditional).toEqual([`I${header + 1}:I${header + 3}`, `N${header + 1}:N${header + 3}`]);
  });

  it("has the action plan, the analysis per goal and a very hidden _puls sheet that identifies it", async () => {
    const { workbook, plan: p } = await template();
    expect(workbook.getWorksheet("Handlingsplan")?.getRow(1).values).toEqual([undefined, "Aktivitet", "Mål/Nyckeltal", "Ansvarig", "Klart senast", "Nytt datum", "Status", "Kommentar"]);
    expect(workbook.getWorksheet("Analys")?.getColumn(1).values.slice(2)).toEqual(["V1", "Helhet"]);
    const meta = workbook.getWorksheet("_puls");
    expect(meta?.state).toBe("veryHidden");
    const values = Object.fromEntries((meta?.getSheetValues() ?? []).filter(Boolean).map((row) => [(row as unknown[])[1], (row as unknown[])[2]]));
    expect(values).toMatchObject({ Formatversion: 6, Enhet: "HN", Period: "2026-D", "Planens fingeravtryck": planFingerprint(p), Skapad: "2026-09-01T08:00" });
    // The seal over what Puls wrote, which an edited unit id no longer matches.
    expect(values.Kontroll).toMatch(/^[0-9a-f]{8}$/);
  });

  it("writes what a unit typed as values, and text beginning with = as text, never as a formula", async () => {
    const { sheet, at } = await template(new Map([["N1", { actual: 0.88, comment: "=HYPERLINK(\"http://x\")" }]]));
    expect(sheet?.getCell(at("I", 1)).value).toBe(0.88);
    expect(sheet?.getCell(at("M", 1)).value).toBe('=HYPERLINK("http://x")');
    expect((sheet?.getCell(at("N", 1)).value as { result?: unknown }).result).toBe("Gul");
  });

  it("caches the status of what collection reads from a text or a share typed as 85", async () => {
    const { sheet, at } = await template(new Map([["N1", { actual: "85 %" }], ["N3", { actual: 92 }]]));
    expect((sheet?.getCell(at("N", 1)).value as { result?: unknown }).result).toBe("Gul");
    expect((sheet?.getCell(at("O", 3)).value as { result?: unknown }).result).toBeCloseTo(0.92);
    expect((sheet?.getCell(at("N", 3)).value as { result?: unknown }).result).toBe("Grön");
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
        locked: ["A14", "I14", "L14", "B11"].map((a) => sheet?.getCell(a).protection?.locked),
        validation: sheet?.getCell("I14").dataValidation,
        fills: ["A14", "I14", "B11"].map((a) => sheet?.getCell(a).fill),
        frozen: sheet?.views,
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
