/**
 * The reports of the example municipality, read back as files: what the council's readers and
 * the controllers get, checked against the consolidated workbook they were made from.
 */
import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { FollowUp, annualReport, operationalReport, planOnlyInput, type ActualRow } from "../../src/core";
import { runDemo, type DemoResult } from "../../src/app/node/demo";
import { renderPng } from "../../src/node/render-png";
import { STREAMING_ROWS, buildReports, worthStreaming } from "../../src/reports/build-reports";
import { operationalWorkbook } from "../../src/reports/xlsx/operational-workbook";
import { writeXlsxFile } from "../../src/node/write-xlsx-file";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import type { SheetOut } from "../../src/workbook/output";
import { readWorkbookValues } from "../../src/workbook/xlsx-values-reader";
import { CHARTS_PER_PICTURE } from "../../src/reports/charts/report-charts";
import { reportInputOf } from "../../src/core";
import { readWorkbook } from "../../src/workbook/exceljs-reader";
import { readPlan } from "../../src/workbook/plan/read-plan";
import { smallPlan, xlsx } from "../support/xlsx";

let demo: DemoResult;
const file = (name: string) => demo.reports.find((report) => report.fileName === name)?.path ?? `missing: ${name}`;
const workbook = async (name: string) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(file(name)) as unknown as ExcelJS.Buffer);
  return book;
};
const zipEntries = (name: string) => unzipSync(new Uint8Array(readFileSync(file(name))));
const documentXml = (name: string) => strFromU8(zipEntries(name)["word/document.xml"] ?? new Uint8Array());
const media = (name: string, folder: string) => Object.keys(zipEntries(name)).filter((entry) => entry.startsWith(folder) && entry.endsWith(".png"));

/** A cell's value as text: strings and numbers as they are, anything else as JSON. */
const text = (value: ExcelJS.CellValue | undefined): string => (typeof value === "string" || typeof value === "number" ? String(value) : JSON.stringify(value ?? ""));

/** A sheet's rows as objects by header (row 1). */
function rowsOf(sheet: ExcelJS.Worksheet | undefined): Record<string, ExcelJS.CellValue>[] {
  if (sheet === undefined) return [];
  // row.values is sparse (index 0 and empty cells are holes): Array.from fills them in.
  const headers = Array.from(sheet.getRow(1).values as ExcelJS.CellValue[], (value) => text(value));
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values = row.values as ExcelJS.CellValue[];
    rows.push(Object.fromEntries(headers.map((header, index) => [header, values[index] ?? null])));
  });
  return rows;
}

beforeAll(async () => {
  demo = await runDemo(mkdtempSync(path.join(tmpdir(), "puls-reports-")), { now: "2026-09-21T10:00:00" });
}, 120_000);

describe("the example municipality's reports", () => {
  it("are the reports an interim period calls for (no annual report): each as a workbook, and all but the operational report as a Word document", () => {
    expect(demo.reports.map((report) => report.fileName).sort()).toEqual(
      ["Delårsrapport 2026-D.docx", "Delårsrapport 2026-D.xlsx", "Politisk analys 2026-D.docx", "Politisk analys 2026-D.xlsx", "Verksamhetsrapport 2026-D.xlsx"].sort(),
    );
  });

  it("count the result goals met as the consolidated Målbedömning sheet does", async () => {
    const consolidated = await workbook("Delårsrapport 2026-D.xlsx");
    const assessed = new ExcelJS.Workbook();
    await assessed.xlsx.readFile(demo.consolidatedFile);
    const resultGoals = new Set(demo.plan.goals.filter((goal) => goal.level === "resultGoal").map((goal) => goal.id));
    const rows = rowsOf(assessed.getWorksheet("Målbedömning")).filter((row) => resultGoals.has(text(row["Mål"])));
    const met = rows.filter((row) => row["Bedömning"] === "Uppfyllt").length;
    const sentence = `${met} av ${rows.length} resultatmål är uppfyllda`;
    expect(rows).toHaveLength(12);
    expect(documentXml("Delårsrapport 2026-D.docx")).toContain(sentence);
    const front: string[] = [];
    consolidated.getWorksheet("Om rapporten")?.eachRow((row) => row.eachCell((cell) => front.push(text(cell.value))));
    expect(front).toContain(sentence);
    // The model says the same as the consolidated sheet.
    const model = annualReport(new FollowUp(reportInputOf(demo.plan, demo.consolidation)), "interim");
    expect(model.overview.total.met).toBe(met);
  });

  it("show each status as the consolidated Status sheet has it, as a word coloured by conditional formatting", async () => {
    const consolidated = new ExcelJS.Workbook();
    await consolidated.xlsx.readFile(demo.consolidatedFile);
    const statusOf = new Map(rowsOf(consolidated.getWorksheet("Status")).map((row) => [`${text(row["Nyckeltal"])}/${text(row["Organisation"])}`, row["Status"]]));
    const report = await workbook("Verksamhetsrapport 2026-D.xlsx");
    // Every line, to filter, is on Nyckeltal (the division sheets are laid out for print).
    const sheet = report.getWorksheet("Nyckeltal");
    const rows = rowsOf(sheet).filter((row) => row["Verksamhetsområde"] === "Utbildning");
    // Utbildning: its twelve reporting units and the division itself, about ninety rows.
    expect(rows.length).toBeGreaterThan(80);
    for (const row of rows) expect(row["Status"]).toBe(statusOf.get(`${text(row["Nyckeltal"])}/${text(row["Organisation"])}`));
    const statusColumn = (sheet?.getRow(1).values as ExcelJS.CellValue[]).indexOf("Status");
    const formatting = (sheet as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[] }[] }).conditionalFormattings;
    const letter = String.fromCharCode(64 + statusColumn);
    const rules = formatting.find((f) => f.ref.startsWith(`${letter}2:`))?.rules ?? [];
    expect(rules.map((rule) => [rule.formulae[0], rule.style.fill.bgColor.argb])).toEqual([
      [`$${letter}2="Grön"`, "FFC6EFCE"],
      [`$${letter}2="Gul"`, "FFFFEB9C"],
      [`$${letter}2="Röd"`, "FFFFC7CE"],
      [`$${letter}2="Saknas"`, "FFEDEDED"],
    ]);
  });

  it("give every number in the operational report a number format from its indicator's unit, never a raw float", async () => {
    const report = await workbook("Verksamhetsrapport 2026-D.xlsx");
    let numbers = 0;
    const unformatted: string[] = [];
    report.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value !== "number") return;
          numbers += 1;
          // Percentages, whole numbers grouped, or as many decimals as shown (at most three).
          if (!/^(#,##)?0(\.0{1,3})?%?$/.test(cell.numFmt ?? "")) unformatted.push(`${sheet.name}!${cell.address}=${cell.value} (${cell.numFmt})`);
        }),
      ),
    );
    expect(numbers).toBeGreaterThan(1000);
    expect(unformatted).toEqual([]);
    // An average of days (N11, unit dagar) shows one decimal, as does an average per employee (N06).
    const rows = rowsOf(report.getWorksheet("Nyckeltal"));
    const cellOf = (indicator: string) => report.getWorksheet("Nyckeltal")?.getRow(rows.findIndex((row) => row["Nyckeltal"] === indicator && row["Organisation"] === "UTB") + 2);
    const actual = (indicator: string) => cellOf(indicator)?.getCell(Array.from(report.getWorksheet("Nyckeltal")?.getRow(1).values as ExcelJS.CellValue[]).indexOf("Utfall"));
    expect(actual("N11")?.numFmt).toBe("#,##0.0");
    expect(Number.isInteger(actual("N11")?.value)).toBe(false);
    expect(actual("N06")?.numFmt).toBe("#,##0.0");
  });

  it("lay out each division's sheet for print: per unit its lines with the comments on red beside them, its analysis and its action plan with overdue dates marked", async () => {
    const model = operationalReport(new FollowUp(reportInputOf(demo.plan, demo.consolidation)));
    const report = await workbook("Verksamhetsrapport 2026-D.xlsx");
    const zipped = zipEntries("Verksamhetsrapport 2026-D.xlsx");
    expect(model.divisions.map((division) => division.organisation.name)).toEqual(["Utbildning", "Vård och omsorg", "Samhällsbyggnad"]);
    let redComments = 0;
    let overdue = 0;
    let analyses = 0;
    for (const division of model.divisions) {
      const sheet = report.getWorksheet(division.organisation.name);
      if (sheet === undefined) throw new Error(`no sheet ${division.organisation.name}`);
      // Print: A4 landscape, the header row on every page, fitted to the width of the page.
      const header = Array.from(sheet.getRow(8).values as ExcelJS.CellValue[], (value) => text(value)).slice(1);
      expect(header).toEqual(["Nyckeltal", "Utfall", "Målvärde", "Måluppfyllelse", "Status", "Delår 2025", "Trend", "Kommentar"]);
      expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "8:8" });
      // Fitted to the width, the columns keep the text at least at 60 % of its size (11 pt: over 6.5 pt; in fact about 85 %).
      const margins = sheet.pageSetup.margins ?? { left: 0.7, right: 0.7 };
      const printable = (11.69 - margins.left - margins.right) * 96;
      const columns = Array.from({ length: header.length }, (_, index) => (sheet.getColumn(index + 1).width ?? 10) * 7 + 5).reduce((sum, width) => sum + width, 0);
      expect(printable / columns).toBeGreaterThan(0.8);
      expect(sheet.headerFooter.oddFooter).toBe("&LVerksamhetsrapport – Exempelkommun, Delår 2026&RSida &P av &N");
      // The sheet's rows by organisation: each starts at its heading, "Norrskolan (UTB01)".
      const sections = new Map<string, ExcelJS.Row[]>();
      let current: ExcelJS.Row[] | undefined;
      sheet.eachRow((row, number) => {
        if (number <= 8) return;
        const first = text(row.getCell(1).value);
        const member = division.members.find((org) => first === `${org.name} (${org.id})`);
        if (member !== undefined) sections.set(member.id, (current = []));
        else current?.push(row);
      });
      expect(sections.size).toBeGreaterThan(3);
      // Each organisation on a page of its own: a page break before every heading but the first.
      const index = report.worksheets.indexOf(sheet);
      const breaks = [...strFromU8(zipped[`xl/worksheets/sheet${index + 1}.xml`] ?? new Uint8Array()).matchAll(/<brk id="(\d+)"/g)].map((match) => Number(match[1]));
      expect(breaks).toHaveLength(sections.size - 1);
      for (const [id, rows] of sections) {
        const lines = division.goals.flatMap((goal) => goal.lines).filter((line) => line.organisation.id === id);
        for (const line of lines) {
          const row = rows.find((r) => text(r.getCell(1).value) === `${line.indicator.id} ${line.indicator.name}`);
          expect({ id, line: line.indicator.id, status: row?.getCell(5).value }).toEqual({ id, line: line.indicator.id, status: { green: "Grön", yellow: "Gul", red: "Röd", missing: "Saknas" }[line.status] });
          if (line.status === "red" && line.comment !== "") {
            // The comment on a red line is beside it.
            expect(row?.getCell(8).value).toBe(line.comment);
            redComments += 1;
          }
        }
        for (const analysis of division.analyses.filter((a) => a.organisation.id === id)) {
          const row = rows.find((r) => r.getCell(2).value === analysis.text);
          expect({ id, analysis: row?.getCell(1).value }).toEqual({ id, analysis: analysis.goal === null ? "Helhet" : `${analysis.goal.id} ${analysis.goal.name}` });
          // Set across the columns, as tall as its text.
          expect(sheet.model.merges).toContain(`B${row?.number}:H${row?.number}`);
          analyses += 1;
        }
        for (const action of division.actions.filter((a) => a.organisation.id === id)) {
          const row = rows.find((r) => r.getCell(1).value === action.action && r.getCell(2).value === action.owner && (r.getCell(3).value as Date | null)?.toISOString().slice(0, 10) === action.due);
          expect({ id, action: action.action, found: row !== undefined }).toEqual({ id, action: action.action, found: true });
          // The original due date kept; overdue, it is red and Försenad says so.
          expect(row?.getCell(3).numFmt).toBe("yyyy-mm-dd");
          expect(row?.getCell(6).value ?? null).toBe(action.overdue ? "Försenad" : null);
          expect(row?.getCell(3).font?.color?.argb === "FF9C0006").toBe(action.overdue);
          if (action.newDate !== "") expect((row?.getCell(4).value as Date).toISOString().slice(0, 10)).toBe(action.newDate);
          if (action.overdue) overdue += 1;
        }
      }
    }
    // The example has all three to show.
    expect(redComments).toBeGreaterThan(5);
    expect(analyses).toBeGreaterThan(10);
    expect(overdue).toBeGreaterThan(0);
  });

  it("state on the front sheet the plan, period, rules and data they were made from", async () => {
    for (const name of ["Verksamhetsrapport 2026-D.xlsx", "Politisk analys 2026-D.xlsx", "Delårsrapport 2026-D.xlsx"]) {
      const front = (await workbook(name)).worksheets[0];
      expect(front?.name).toBe("Om rapporten");
      const cells = new Map<string, ExcelJS.CellValue>();
      front?.eachRow((row) => cells.set(text(row.getCell(1).value), row.getCell(2).value));
      expect(cells.get("Gul från (andel av målvärdet)")).toBe(0.9);
      expect(cells.get("Lägsta täckning för bedömning")).toBe(0.5);
      expect(text(cells.get("Sammanvägning"))).toMatch(/^medel/);
      expect(cells.get("Enheter som rapporterat")).toBe("36 av 38");
      expect(cells.get("Period")).toBe("Delår 2026 (2026-D, 2026-01-01 – 2026-08-31)");
      expect(cells.get("Insamlat")).toBe("2026-09-21 10:00");
    }
  });

  it("keep numbers as numbers with number formats, in Excel tables with frozen headers and landscape print set-up", async () => {
    const report = await workbook("Politisk analys 2026-D.xlsx");
    const sheet = report.getWorksheet("Nyckeltal");
    const attainment = (sheet?.getRow(1).values as ExcelJS.CellValue[]).indexOf("Måluppfyllelse");
    const cells: ExcelJS.Cell[] = [];
    sheet?.eachRow((row, number) => {
      if (number > 1 && row.getCell(attainment).value !== null) cells.push(row.getCell(attainment));
    });
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) {
      expect(typeof cell.value).toBe("number");
      expect(cell.numFmt).toBe("0.0%");
    }
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet?.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, printTitlesRow: "1:1" });
    expect(Object.keys((sheet as unknown as { tables: Record<string, unknown> }).tables)).toEqual(["Puls_Nyckeltal"]);
  });

  it("print readably: a text longer than its column wraps in a row tall enough, and a sheet too wide for a page repeats its leading columns", async () => {
    let wrappedCells = 0;
    for (const name of ["Verksamhetsrapport 2026-D.xlsx", "Politisk analys 2026-D.xlsx", "Delårsrapport 2026-D.xlsx"]) {
      const report = await workbook(name);
      for (const sheet of report.worksheets) {
        if (Object.keys((sheet as unknown as { tables: Record<string, unknown> }).tables).length === 0) continue;
        sheet.eachRow((row, number) => {
          row.eachCell((cell, column) => {
            const width = sheet.getColumn(column).width ?? 10;
            if (typeof cell.value !== "string" || cell.value.length <= width) return;
            wrappedCells += 1;
            expect({ sheet: sheet.name, cell: cell.address, wrap: cell.alignment?.wrapText === true }).toEqual({ sheet: sheet.name, cell: cell.address, wrap: true });
            if (number > 1) expect(row.height).toBeGreaterThan(15);
          });
        });
        if (sheet.pageSetup.fitToPage !== true) expect(sheet.pageSetup.printTitlesColumn).toMatch(/^A:[A-Z]$/);
      }
    }
    expect(wrappedCells).toBeGreaterThan(100);
  });

  it("end the operational report's summary with all divisions' counts summed", async () => {
    const rows = rowsOf((await workbook("Verksamhetsrapport 2026-D.xlsx")).getWorksheet("Sammanfattning"));
    const last = rows[rows.length - 1] ?? {};
    const divisions = rows.slice(0, -1);
    expect(divisions.length).toBeGreaterThan(1);
    expect(text(last["Verksamhetsområde"])).toBe("Alla verksamhetsområden");
    for (const column of ["Rapporterat", "Förväntade", "Gröna", "Gula", "Röda", "Saknas", "Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Kan ej bedömas"]) {
      expect({ column, total: last[column] }).toEqual({ column, total: divisions.reduce((sum, row) => sum + Number(row[column]), 0) });
    }
  });

  it("embed the overview chart and one history chart per key indicator, in the Word document and the workbook alike", () => {
    const model = annualReport(new FollowUp(reportInputOf(demo.plan, demo.consolidation)), "interim");
    // Each key indicator has its chart; a picture holds up to six of a result goal's charts.
    const goals = model.areas.flatMap((area) => area.goals);
    expect(goals.flatMap((goal) => goal.keyIndicators).length).toBeGreaterThan(20);
    const pictures = 1 + goals.reduce((sum, goal) => sum + Math.ceil(goal.keyIndicators.length / CHARTS_PER_PICTURE), 0);
    expect(media("Delårsrapport 2026-D.docx", "word/media/")).toHaveLength(pictures);
    expect(media("Delårsrapport 2026-D.xlsx", "xl/media/")).toHaveLength(pictures);
  });

  it("show the interim report's key indicators beside the same interim period of earlier years, with last year's full year beside them as a labelled reference", async () => {
    const sheet = (await workbook("Delårsrapport 2026-D.xlsx")).getWorksheet("Nyckeltal");
    const headers = Array.from(sheet?.getRow(1).values as ExcelJS.CellValue[], (value) => text(value));
    const periods = headers.filter((header) => /\b20\d\d\b/.test(header));
    expect(periods).toEqual(["Delår 2023", "Delår 2024", "Delår 2025", "Delår 2026", "Helår 2025 (referens)"]);
    // No cliff: Nettoinvesteringar's interim amounts are of a size, the full year is beside them only.
    const row = rowsOf(sheet).find((r) => r["Nyckeltalets namn"] === "Nettoinvesteringar");
    const interims = ["Delår 2023", "Delår 2024", "Delår 2025", "Delår 2026"].map((header) => Number(row?.[header]));
    expect(Math.min(...interims) / Math.max(...interims)).toBeGreaterThan(0.8);
    expect(Number(row?.["Helår 2025 (referens)"])).toBeGreaterThan(Math.max(...interims) * 1.3);
    // The charts' lines hold the interim periods only.
    const xml = documentXml("Delårsrapport 2026-D.docx");
    expect(xml).toMatch(/Nettoinvesteringar: Delår 2023 [^"]*, Delår 2024 [^"]*, Delår 2025 [^"]*, Delår 2026 /);
    expect(xml).toContain("Nyckeltalens historik visar samma period tidigare år: Delår 2023, Delår 2024, Delår 2025. Helår 2025 visas bredvid som referens, inte i linjen.");
  });

  it("state beside every peer status the Kolada year and how many municipalities it was judged among", async () => {
    for (const name of ["Delårsrapport 2026-D.docx", "Politisk analys 2026-D.docx"]) expect(documentXml(name)).toMatch(/Källa: Kolada \(RKA\), år 2025, \d+(–\d+)? kommuner.*Jämförelsen i kvartiler är egen bearbetning av data från Kolada\./);
    const rows = rowsOf((await workbook("Politisk analys 2026-D.xlsx")).getWorksheet("Nyckeltal"));
    expect(rows.filter((row) => row["Jämförelse (bland kommuner)"] !== "" && row["Jämförelse (bland kommuner)"] !== null).map((row) => row["Jämförelsens källa"])).toContain("Kolada (RKA), år 2025, 30 kommuner; jämförelsegruppen 8 kommuner");
    const consolidated = new ExcelJS.Workbook();
    await consolidated.xlsx.readFile(demo.consolidatedFile);
    const top = rowsOf(consolidated.getWorksheet("Status")).filter((row) => row["Organisation"] === "K" && row["Jämförelse"] !== null);
    expect(top.length).toBeGreaterThan(5);
    const basisOf = new Map(demo.consolidation.evaluation.statuses.filter((row) => row.organisation === "K").map((row) => [row.indicator, row.peerBasis]));
    for (const row of top) {
      // An interim report of 2026 is compared with Kolada's 2025 figures; some indicators have fewer municipalities with a value.
      expect(row["Jämförelse Kolada-år"]).toBe(2025);
      expect(row["Jämförelse antal kommuner"]).toBe(basisOf.get(text(row["Nyckeltal"]))?.count);
    }
  });

  it("use Word's own heading styles, a table of contents whose every line links to its heading with its page, and page numbers", () => {
    const entries = zipEntries("Politisk analys 2026-D.docx");
    const xml = strFromU8(entries["word/document.xml"] ?? new Uint8Array());
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    const references = [...xml.matchAll(/PAGEREF (\w+)/g)].map((match) => match[1] ?? "");
    expect(references.length).toBeGreaterThan(10);
    for (const bookmark of references) {
      expect(xml).toContain(`w:anchor="${bookmark}"`);
      // The bookmark sits in a heading paragraph.
      expect(xml).toMatch(new RegExp(`<w:pStyle w:val="Heading[12]"/>(?:(?!</w:p>).)*w:name="${bookmark}"`, "s"));
    }
    const footers = Object.keys(entries).filter((entry) => /^word\/footer\d*\.xml$/.test(entry)).map((entry) => strFromU8(entries[entry] ?? new Uint8Array()));
    expect(footers.join("")).toMatch(/PAGE/);
  });

  it("write numbers in Swedish in documents: decimal comma, a space before %, thousands grouped with a narrow no-break space", () => {
    const xml = documentXml("Delårsrapport 2026-D.docx");
    expect(xml).toMatch(/\d+,\d\u00a0%/);
    expect(xml).toMatch(/\d{1,3}\u202f\d{3}/);
    expect(xml).not.toMatch(/NaN|Infinity/);
  });
});

describe("a large operational report", () => {
  it("is streamed, with the same cells as the in-memory workbook, filtered ranges in place of tables", async () => {
    const book = operationalWorkbook(operationalReport(new FollowUp(reportInputOf(demo.plan, demo.consolidation))), "sv");
    expect(worthStreaming(book)).toBe(false); // the example is small: tables and all
    const lines = book.sheets.find((sheet) => sheet.name === "Nyckeltal") as SheetOut;
    const large = { sheets: [...book.sheets, { ...lines, name: "Stor", rows: Array.from({ length: STREAMING_ROWS + 1 }, () => lines.rows[0] ?? []) }] };
    expect(worthStreaming(large)).toBe(true);
    const file = path.join(mkdtempSync(path.join(tmpdir(), "puls-stream-")), "stor.xlsx");
    await writeXlsxFile(file, large);
    const streamed = readWorkbookValues(readFileSync(file));
    const inMemory = readWorkbookValues(await writeWorkbook(large));
    expect(streamed.sheets.map((sheet) => sheet.rows)).toEqual(inMemory.sheets.map((sheet) => sheet.rows));
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.readFile(file);
    // Filter buttons over the header and every row, where an Excel table would have been.
    expect(loaded.getWorksheet("Stor")?.autoFilter).toBe(`A1:${String.fromCharCode(64 + lines.columns.length)}${STREAMING_ROWS + 2}`);
    // A division's printed layout streams as it is written in memory: merges, row heights, page breaks.
    const written = new ExcelJS.Workbook();
    await written.xlsx.load(Buffer.from(await writeWorkbook(large)) as unknown as ExcelJS.Buffer);
    const layout = (book: ExcelJS.Workbook) => {
      const sheet = book.getWorksheet("Utbildning");
      const heights: number[] = [];
      sheet?.eachRow((row) => heights.push(row.height));
      return { merges: sheet?.model.merges, heights };
    };
    expect(layout(loaded).merges?.length).toBeGreaterThan(10);
    expect(layout(loaded)).toEqual(layout(written));
    const sheetXml = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))["xl/worksheets/sheet3.xml"] ?? new Uint8Array());
    expect(sheetXml).toMatch(/<rowBreaks count="\d+"/);
  });
});

describe("a plan with no earlier interim outcomes", () => {
  it("gets an interim report that says there is nothing to compare with, rather than showing full years", async () => {
    // The small plan's only earlier outcome is for the full year 2025.
    const read = readPlan(await readWorkbook(await xlsx(smallPlan())));
    const files = await buildReports({ input: planOnlyInput(read.plan, "2026-D"), kinds: ["interim"], formats: ["xlsx", "docx"], language: "sv", renderChart: renderPng });
    const sentence = "Planen har inga utfall för tidigare delår; jämförelsen med tidigare år saknas.";
    const docx = files.find((f) => f.format === "docx");
    expect(strFromU8(unzipSync(docx?.bytes ?? new Uint8Array())["word/document.xml"] ?? new Uint8Array())).toContain(sentence);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(files.find((f) => f.format === "xlsx")?.bytes ?? new Uint8Array()) as unknown as ExcelJS.Buffer);
    const front: string[] = [];
    book.getWorksheet("Om rapporten")?.eachRow((row) => row.eachCell((cell) => front.push(text(cell.value))));
    expect(front).toContain(sentence);
    const headers = Array.from(book.getWorksheet("Nyckeltal")?.getRow(1).values as ExcelJS.CellValue[], (value) => text(value));
    expect(headers.filter((header) => /\b20\d\d\b/.test(header))).toEqual(["Delår 2026", "2025 (referens)"]);
  });
});

describe("text that units and controllers wrote", () => {
  it("goes into the documents and workbooks as text, never as markup or a formula", async () => {
    const read = readPlan(await readWorkbook(await xlsx(smallPlan())));
    const hostile = '=HYPERLINK("http://x","klicka") <w:p> & "citat"';
    const collected: ActualRow[] = [{ indicator: "N1", organisation: "HN", period: "2026-D", actual: 0.88, women: null, men: null, comment: hostile, source: "", loadedAt: "", at: {} }];
    const input = {
      ...planOnlyInput({ ...read.plan, politicalAnalysis: [{ goal: "R1", period: "2026-D", politicalAssessment: hostile, analysis: "<script>alert(1)</script>", conclusions: "", at: {} }] }, "2026-D"),
      collected,
      analyses: new Map([["HN", [{ goal: "V1", text: hostile }]]]),
    };
    const files = await buildReports({ input, kinds: ["operational", "political"], formats: ["xlsx", "docx"], language: "sv", renderChart: renderPng });
    const docx = files.find((f) => f.kind === "political" && f.format === "docx");
    const xml = strFromU8(unzipSync(docx?.bytes ?? new Uint8Array())["word/document.xml"] ?? new Uint8Array());
    expect(xml).toContain("=HYPERLINK(&quot;http://x&quot;,&quot;klicka&quot;) &lt;w:p&gt; &amp; &quot;citat&quot;");
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(files.find((f) => f.kind === "operational")?.bytes ?? new Uint8Array()) as unknown as ExcelJS.Buffer);
    const texts: ExcelJS.CellValue[] = [];
    // Each cell once: exceljs gives every cell of a merge the merge's value.
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => (cell.isMerged && cell.master !== cell ? undefined : texts.push(cell.value)))));
    // The comment and the analysis, as plain strings: on the division's printed sheet and on the sheets to filter.
    expect(texts.filter((value) => value === hostile).length).toBe(4);
  });

  it("are made in English with --lang en", async () => {
    const read = readPlan(await readWorkbook(await xlsx(smallPlan())));
    const files = await buildReports({ input: planOnlyInput(read.plan, "2026-D"), kinds: ["interim"], formats: ["docx"], language: "en", renderChart: renderPng });
    expect(files.map((f) => f.fileName)).toEqual(["Interim report 2026-D.docx"]);
    const xml = strFromU8(unzipSync(files[0]?.bytes ?? new Uint8Array())["word/document.xml"] ?? new Uint8Array());
    expect(xml).toContain("Interim report – goal attainment");
    expect(xml).toContain("0 of 1 result goals are met");
  });
});
