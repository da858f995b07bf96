/**
 * The right report for the period (docs/reports.md): the annual report for a full year, the
 * interim report for the interim period, the council's reports only with enough data, and
 * otherwise a refusal in one sentence or, with --draft, a document marked Utkast on every page.
 */
import { runCliIn } from "../support/run-cli";
import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { reportAllowances, reportsForPeriod } from "../../src/app/report-allowances";
import { runDemo } from "../../src/app/node/demo";
import { examplePlan } from "../../src/example/generate-plan";

let folder: string;
const plan = () => path.join(folder, "Exempelkommun plan 2026.xlsx");
const data = () => path.join(folder, "Sammanställning 2026-D.xlsx");

const run = (args: string[]) => runCliIn(folder, args);

const entries = (file: string) => unzipSync(new Uint8Array(readFileSync(file)));
const xmlOf = (file: string, prefix: string) =>
  Object.entries(entries(file))
    .filter(([name]) => name.startsWith(prefix))
    .map(([, bytes]) => strFromU8(bytes));
/** A Word part's text: the runs' text joined, tags dropped. */
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join("");

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), "puls-right-report-"));
  await runDemo(folder, { now: "2026-09-21T10:00:00" });
}, 120_000);

describe("which reports a period allows", () => {
  const full = { values: 100, withOutcome: 100 };
  const obstaclesOf = (period: string, data = full) => Object.fromEntries(reportAllowances(examplePlan(), period, data).map((allowance) => [allowance.kind, allowance.obstacles.map((obstacle) => obstacle.kind)]));

  it("allows the annual report only for a full year and the interim report only for the interim period, not for a tertial or a month", () => {
    expect(obstaclesOf("2026")).toEqual({ operational: [], political: [], annual: [], interim: ["period"] });
    expect(obstaclesOf("2026-D")).toEqual({ operational: [], political: [], annual: ["period"], interim: [] });
    expect(obstaclesOf("2026-T1")).toEqual({ operational: [], political: [], annual: ["period"], interim: ["period"] });
    expect(obstaclesOf("2026-M03")).toEqual({ operational: [], political: [], annual: ["period"], interim: ["period"] });
  });

  it("keeps the council's reports, never the operational report, from a period below the plan's minimum coverage, and lets one at the minimum through", () => {
    expect(obstaclesOf("2026-D", { values: 577, withOutcome: 0 })).toEqual({ operational: [], political: ["coverage"], annual: ["period", "coverage"], interim: ["coverage"] });
    // The example's minimum coverage is 50 %: exactly half is enough.
    expect(obstaclesOf("2026-D", { values: 10, withOutcome: 5 }).political).toEqual([]);
    expect(obstaclesOf("2026-D", { values: 10, withOutcome: 4 }).political).toEqual(["coverage"]);
  });

  it("makes for `alla` the operational report, the political analysis and the annual report of a full year or else the interim report", () => {
    expect(reportsForPeriod(examplePlan(), "2026")).toEqual(["operational", "political", "annual"]);
    expect(reportsForPeriod(examplePlan(), "2026-D")).toEqual(["operational", "political", "interim"]);
  });
});

describe("puls report for the period", () => {
  it("refuses the annual report of an interim period: exit 1, one sentence saying what to do, nothing written", async () => {
    const result = await run(["report", "arsredovisning", "--plan", plan(), "--data", data(), "--out", "ar"]);
    expect(result.code).toBe(1);
    expect(result.err.trim()).toBe("Årsredovisningen görs för ett helår; perioden 2026-D är ett delår. Välj --period 2026 eller skriv Delårsrapporten (puls report delarsrapport) eller skriv ett utkast med --draft.");
    expect(existsSync(path.join(folder, "ar"))).toBe(false);
  });

  it("refuses the interim report of a full year, in English too", async () => {
    const result = await run(["report", "delarsrapport", "--plan", plan(), "--period", "2026", "--out", "dr", "--lang", "en"]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("The interim report is made for an interim period; the period 2026 is a full year.");
    expect(existsSync(path.join(folder, "dr"))).toBe(false);
  });

  it("refuses a council report below the minimum coverage, stating the numbers, and still writes the operational report", async () => {
    const political = await run(["report", "politisk-analys", "--plan", plan(), "--period", "2026", "--out", "tunt"]);
    expect(political.code).toBe(1);
    expect(political.err.trim()).toMatch(/^Bara 0 av \d+ värden \(0\u00a0%\) har utfall; lägsta täckning är 50\u00a0%\. Samla in fler inrapporteringar eller skriv ett utkast med --draft\.$/);
    const operational = await run(["report", "verksamhetsrapport", "--plan", plan(), "--period", "2026", "--out", "tunt"]);
    expect(operational.code).toBe(0);
    expect(readdirSync(path.join(folder, "tunt"))).toEqual(["Checklista 2026.xlsx", "Logg 2026.xlsx", "Verksamhetsrapport 2026.xlsx"]);
  });

  it("makes with `alla` what an interim period calls for and says it left out the annual report and why", async () => {
    const result = await run(["report", "alla", "--plan", plan(), "--data", data(), "--out", "alla"]);
    expect(result.code).toBe(0);
    expect(readdirSync(path.join(folder, "alla")).sort()).toEqual(["Checklista 2026-D.xlsx", "Delårsrapport 2026-D.docx", "Delårsrapport 2026-D.xlsx", "Logg 2026-D.xlsx", "Politisk analys 2026-D.docx", "Politisk analys 2026-D.xlsx", "Verksamhetsrapport 2026-D.xlsx"]);
    expect(result.out).toContain("Årsredovisningen skrevs inte: Årsredovisningen görs för ett helår; perioden 2026-D är ett delår.");
  });

  it("makes with `alla` for a full year without outcomes only the operational report, names what it left out and exits 1", async () => {
    const result = await run(["report", "alla", "--plan", plan(), "--period", "2026", "--out", "helar", "--json"]);
    expect(result.code).toBe(1);
    const said = JSON.parse(result.out) as { files: { report: string }[]; skipped: { report: string; reason: string }[] };
    expect(said.files.map((file) => file.report)).toEqual(["operational"]);
    expect(said.skipped.map((left) => left.report).sort()).toEqual(["annual", "interim", "political"]);
    expect(said.skipped.find((left) => left.report === "annual")?.reason).toMatch(/^Bara 0 av \d+ värden/);
  });

  it("writes with --draft a report the period does not allow, marked Utkast in every page's header and footer and on its first page", async () => {
    const result = await run(["report", "arsredovisning", "--plan", plan(), "--data", data(), "--out", "utkast", "--draft"]);
    expect(result.code).toBe(0);
    const docx = path.join(folder, "utkast", "Årsredovisning 2026-D.docx");
    const headers = xmlOf(docx, "word/header");
    const footers = xmlOf(docx, "word/footer");
    expect(headers.length).toBeGreaterThan(0);
    for (const header of headers) expect(textOf(header)).toBe("UTKAST");
    for (const footer of footers) expect(textOf(footer)).toContain("Utkast");
    // One section: its header and footer are on every page.
    const body = strFromU8(entries(docx)["word/document.xml"] ?? new Uint8Array());
    expect(body.match(/<w:sectPr/g)).toHaveLength(1);
    expect(body).toMatch(/<w:headerReference w:type="default"/);
    expect(textOf(body)).toContain("UTKAST – inte färdigt för beslut. Årsredovisningen görs för ett helår; perioden 2026-D är ett delår.");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(path.join(folder, "utkast", "Årsredovisning 2026-D.xlsx")) as unknown as ExcelJS.Buffer);
    for (const sheet of book.worksheets) expect({ sheet: sheet.name, header: sheet.headerFooter.oddHeader, footer: sheet.headerFooter.oddFooter }).toEqual({ sheet: sheet.name, header: "&CUTKAST", footer: "&CUtkast" });
    expect(book.worksheets[0]?.getCell("A2").text).toMatch(/^UTKAST – inte färdigt för beslut\./);
  });

  it("writes a report the period allows without any Utkast", async () => {
    expect((await run(["report", "delarsrapport", "--plan", plan(), "--data", data(), "--out", "final", "--format", "docx"])).code).toBe(0);
    const docx = path.join(folder, "final", "Delårsrapport 2026-D.docx");
    expect(xmlOf(docx, "word/header")).toEqual([]);
    for (const footer of xmlOf(docx, "word/footer")) expect(textOf(footer)).not.toContain("Utkast");
    expect(textOf(strFromU8(entries(docx)["word/document.xml"] ?? new Uint8Array()))).not.toContain("UTKAST");
  });
});
