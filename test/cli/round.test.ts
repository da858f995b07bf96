/**
 * The reporting round on the demo (issue 18, docs/workbooks.md §3 and §5, docs/reports.md):
 * `puls remind` names the units that did not report with their e-mails, the consolidated
 * workbook's Logg holds every file read with its SHA-256, and a report signed off with
 * --faststall says so on its first page until the data changes, when it is a draft again.
 */
import { runCliIn } from "../support/run-cli";
import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { logOfWorkbook } from "../../src/app/audit";
import { runDemo } from "../../src/app/node/demo";
import { writeWorkbookFile } from "../../src/app/node";
import { loadPlan } from "../../src/app/plan";
import { planWorkbook } from "../../src/workbook/plan/write-plan";
import { readWorkbookValues } from "../../src/workbook/xlsx-values-reader";
import { cellText, type CellValue } from "../../src/workbook/grid";
import { hasLibreOffice, pdfText } from "../support/libreoffice";

let folder: string;
const plan = () => path.join(folder, "Exempelkommun plan 2026.xlsx");
const data = () => path.join(folder, "Sammanställning 2026-D.xlsx");

const run = (args: string[]) => runCliIn(folder, args);

/** The front sheet's cells of a report workbook, as text. */
async function frontText(file: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const lines: string[] = [];
  book.worksheets[0]?.eachRow((row) => {
    row.eachCell((cell) => lines.push(cell.text));
  });
  return lines.join("\n");
}

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), "puls-round-"));
  await runDemo(folder, { now: "2026-09-21T10:00:00", user: "Eva Controller" });
}, 120_000);

describe("puls remind", () => {
  it("names the two units of the demo that did not report, with their managers' e-mails, from the folder and from the consolidated workbook alike", async () => {
    const fromFolder = await run(["remind", "--plan", plan(), "--data", path.join(folder, "inlamnat"), "--out", "paminnelser"]);
    expect(fromFolder.code).toBe(0);
    expect(fromFolder.out).toMatch(/^2 enheter har inte lämnat in för 2026-D \(sista dag 2026-09-15\):$/m);
    expect(fromFolder.out).toMatch(/^ {2}UTB07 Lärkans förskola – [^,]+, [a-z]+\.[a-z]+@exempelkommun\.se \(Försenad\)$/m);
    expect(fromFolder.out).toMatch(/^ {2}SAM12 Kundcenter – [^,]+, [a-z]+\.[a-z]+@exempelkommun\.se \(Försenad\)$/m);
    expect(fromFolder.out).toMatch(/^mailto:\?bcc=[a-z.]+%40exempelkommun\.se,[a-z.]+%40exempelkommun\.se&subject=P%C3%A5minnelse/m);
    const fromWorkbook = await run(["remind", "--plan", plan(), "--data", data()]);
    expect(fromWorkbook.out.split("\n").slice(0, 3)).toEqual(fromFolder.out.split("\n").slice(0, 3));
    const csv = readFileSync(path.join(folder, "paminnelser", "Påminnelser 2026-D.csv"), "utf8");
    expect(csv.startsWith("\uFEFFOrganisation;")).toBe(true);
    expect(csv.split("\r\n").filter((line) => /^(UTB07|SAM12);/.test(line))).toHaveLength(2);
  });
});

describe("the Logg of the consolidated workbook", () => {
  it("holds the collection and every file read, each with the SHA-256 of its bytes, its size and change time", () => {
    const log = logOfWorkbook(new Uint8Array(readFileSync(data())));
    const files = readdirSync(path.join(folder, "inlamnat"));
    const read = log.filter((entry) => entry.event === "file");
    expect(log[0]).toEqual(expect.objectContaining({ number: 1, event: "collection", user: "Eva Controller", note: `${files.length} filer lästa` }));
    expect(read.map((entry) => entry.subject).sort()).toEqual([...files].sort());
    for (const entry of read) {
      const bytes = readFileSync(path.join(folder, "inlamnat", entry.subject));
      expect(entry.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(entry.size).toBe(bytes.length);
      expect(entry.modified).toMatch(/^2026-09-\d{2}T\d{2}:\d{2}:\d{2}$/);
    }
  });

  it("is carried over and appended to when collect writes over an earlier run's workbook", async () => {
    const out = path.join(folder, "igen.xlsx");
    await run(["collect", "--plan", plan(), "--out", out, "--user", "Per", path.join(folder, "inlamnat")]);
    const first = logOfWorkbook(new Uint8Array(readFileSync(out)));
    await run(["collect", "--plan", plan(), "--out", out, "--user", "Per", path.join(folder, "inlamnat")]);
    const second = logOfWorkbook(new Uint8Array(readFileSync(out)));
    expect(second.slice(0, first.length)).toEqual(first);
    expect(second.filter((entry) => entry.event === "collection").map((entry) => entry.number)).toEqual([1, first.length + 1]);
    // The assessments did not change between the runs: logged once.
    expect(second.filter((entry) => entry.event === "assessment")).toHaveLength(first.filter((entry) => entry.event === "assessment").length);
  });
});

describe("the Logg of a plan copy", () => {
  it("logs next year's plan and each target proposal written into it, and carries that log when written again", async () => {
    const made = await run(["plan", "next", "--plan", plan(), "--out", "plan-2027.xlsx", "--user", "Per"]);
    expect(made.code).toBe(0);
    const first = logOfWorkbook(new Uint8Array(readFileSync(path.join(folder, "plan-2027.xlsx"))));
    expect(first[0]).toEqual(expect.objectContaining({ number: 1, event: "planCopy", subject: "Plan för 2027 (puls plan next)", user: "Per" }));
    expect(first.filter((entry) => entry.event === "targetProposal").length).toBe(first.length - 1);
    expect(first.length).toBeGreaterThan(1);
    await run(["plan", "next", "--plan", plan(), "--out", "plan-2027.xlsx", "--user", "Per"]);
    const second = logOfWorkbook(new Uint8Array(readFileSync(path.join(folder, "plan-2027.xlsx"))));
    expect(second.slice(0, first.length)).toEqual(first);
    expect(second[first.length]?.number).toBe(first.length + 1);
  }, 60_000);
});

describe("sign-off", () => {
  it("marks a report Fastställd on its first page and in the log, keeps it so for the same data, and makes it a draft when the data changed", async () => {
    const signed = await run(["report", "delarsrapport", "--plan", plan(), "--data", data(), "--out", "fastst", "--format", "xlsx", "--faststall", "Eva Controller", "--json"]);
    expect(signed.code).toBe(0);
    const report = path.join(folder, "fastst", "Delårsrapport 2026-D.xlsx");
    const front = await frontText(report);
    expect(front).toMatch(/Underlag: Logg post 1, insamling 2026-09-21 10:00, fingeravtryck [0-9a-f]{16}\./);
    expect(front).toMatch(/Fastställd av Eva Controller 2026-09-21 \(Logg post \d+\)\./);
    const log = logOfWorkbook(new Uint8Array(readFileSync(path.join(folder, "fastst", "Logg 2026-D.xlsx"))));
    expect(log.slice(-2).map((entry) => [entry.event, entry.subject, entry.after])).toEqual([["report", "Delårsrapport", ""], ["signOff", "Delårsrapport", "Eva Controller"]]);

    const again = await run(["report", "delarsrapport", "--plan", plan(), "--data", data(), "--out", "fastst", "--format", "xlsx"]);
    expect(again.code).toBe(0);
    expect(await frontText(report)).toMatch(/Fastställd av Eva Controller/);

    // The same data but one assessment changed in the plan: the report is a draft again.
    const { plan: read } = loadPlan(new Uint8Array(readFileSync(plan())), "plan");
    const changed = { ...read, assessments: read.assessments.map((row, index) => (index === 0 ? { ...row, justification: `${row.justification} Ändrad.` } : row)) };
    await writeWorkbookFile(path.join(folder, "plan-andrad.xlsx"), planWorkbook(changed));
    const drafted = await run(["report", "delarsrapport", "--plan", "plan-andrad.xlsx", "--data", data(), "--out", "fastst", "--format", "xlsx", "--json"]);
    expect(JSON.parse(drafted.out).draftsSinceSignOff).toEqual(["interim"]);
    const draftFront = await frontText(report);
    expect(draftFront).toMatch(/UTKAST/);
    expect(draftFront).toMatch(/Underlaget har ändrats sedan Eva Controller fastställde rapporten 2026-09-21/);
    const after = logOfWorkbook(new Uint8Array(readFileSync(path.join(folder, "fastst", "Logg 2026-D.xlsx"))));
    expect(after.filter((entry) => entry.event === "assessment").at(-1)).toEqual(expect.objectContaining({ note: expect.stringMatching(/Ändrad\.$/) }));
  }, 60_000);

  it("refuses to sign off a draft", async () => {
    const refused = await run(["report", "delarsrapport", "--plan", plan(), "--data", data(), "--out", "x", "--draft", "--faststall", "Eva"]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/Ett utkast kan inte fastställas/);
  });
});

describe("puls pulstavla", () => {
  it("writes a one-page board for the municipality and each division, whose grid and lists are the collected period's", async () => {
    const made = await run(["pulstavla", "--plan", plan(), "--data", data(), "--out", "tavlor", "--format", "xlsx", "--json"]);
    expect(made.code).toBe(0);
    expect(JSON.parse(made.out).boards).toEqual(["K", "UTB", "OMS", "SAM"]);
    const book = readWorkbookValues(new Uint8Array(readFileSync(path.join(folder, "tavlor", "Pulstavla 2026-D.xlsx"))));
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(["Pulstavla", "Pulstavla Utbildning", "Pulstavla Vård och omsorg", "Pulstavla Samhällsbyggnad"]);
    const consolidated = readWorkbookValues(new Uint8Array(readFileSync(data())));
    // The consolidated workbook carries the same boards.
    expect(consolidated.sheets.filter((sheet) => sheet.name.startsWith("Pulstavla")).map((sheet) => sheet.rows)).toEqual(book.sheets.map((sheet) => sheet.rows));
    const text = (rows: readonly (readonly CellValue[])[]) => rows.map((row) => row.map((cell) => cellText(cell)));
    const utb = text(book.sheets[1]?.rows ?? []);
    // The unit that did not report is Saknas on the reporting line, under its name.
    const header = utb.find((row) => row[0] === "Nyckeltal") ?? [];
    const reporting = utb.find((row) => row[0] === "Inrapportering") ?? [];
    expect(reporting[header.indexOf("Lärkans förskola")]).toBe("Saknas");
    // Every improvement item the division's units handed in is on its board.
    const items = (consolidated.sheets.find((sheet) => sheet.name === "Förbättringar")?.rows ?? []).slice(1).filter((row) => cellText(row[0]).startsWith("UTB"));
    expect(items.length).toBeGreaterThan(0);
    expect(utb.some((row) => row[0] === `Förbättringsarbete (${items.length})`)).toBe(true);
    const overdue = text(book.sheets[0]?.rows ?? []).find((row) => row[0]?.startsWith("Försenade aktiviteter"));
    expect(overdue?.[0]).toBe("Försenade aktiviteter (1)");
  });

  (hasLibreOffice ? it : it.skip)("writes each board as a PDF of one page with --format pdf", async () => {
    const made = await run(["pulstavla", "--plan", plan(), "--data", data(), "--out", "tavlor-pdf", "--format", "pdf"]);
    expect(made.code).toBe(0);
    const pdfs = readdirSync(path.join(folder, "tavlor-pdf")).filter((name) => name.endsWith(".pdf")).sort();
    expect(pdfs).toEqual(["Pulstavla 2026-D Exempelkommun.pdf", "Pulstavla 2026-D Samhällsbyggnad.pdf", "Pulstavla 2026-D Utbildning.pdf", "Pulstavla 2026-D Vård och omsorg.pdf"]);
    for (const pdf of pdfs) {
      const { text, pages } = pdfText(path.join(folder, "tavlor-pdf", pdf));
      expect([pdf, pages]).toEqual([pdf, 1]);
      expect(text).toContain(`Pulstavla – ${pdf.replace("Pulstavla 2026-D ", "").replace(".pdf", "")}`);
    }
  }, 120_000);
});

describe("improvement work", () => {
  it("goes from the units' Förbättringar sheets into the consolidated workbook and the operational report", async () => {
    const consolidated = readWorkbookValues(new Uint8Array(readFileSync(data())));
    const items = (consolidated.sheets.find((sheet) => sheet.name === "Förbättringar")?.rows ?? []).slice(1);
    expect(items.length).toBe(13);
    expect(items[0]?.slice(0, 3)).toEqual(["K", expect.stringContaining("sämre än samma period förra året"), "Fler ärenden har inte hunnits med i tid"]);
    const made = await run(["report", "verksamhetsrapport", "--plan", plan(), "--data", data(), "--out", "vr", "--format", "xlsx"]);
    expect(made.code).toBe(0);
    const report = readWorkbookValues(new Uint8Array(readFileSync(path.join(folder, "vr", "Verksamhetsrapport 2026-D.xlsx"))));
    const sheet = report.sheets.find((candidate) => candidate.name === "Förbättringsarbete");
    expect(sheet?.rows[0]).toEqual(["Verksamhetsområde", "Namn", "Problem", "Varför? (steg för steg)", "Rotorsak", "Åtgärd", "PDCA-steg", "Ansvarig", "Datum"]);
    expect(sheet?.rows.length).toBe(items.length + 1);
    // The root cause is the last "varför?" the unit answered.
    for (const row of sheet?.rows.slice(1) ?? []) expect(cellText(row[3]).split("\n").at(-1)).toBe(`${cellText(row[3]).split("\n").length}. ${cellText(row[4])}`);
  });
});
