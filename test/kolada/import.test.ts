/**
 * Kolada's data in: saved API v3 pages and CSV exports read into the plan's Jämförelse sheet,
 * percentages converted to fractions, missing values kept missing, the plan never changed.
 */
import { runCliIn } from "../support/run-cli";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { examplePlan } from "../../src/example/generate-plan";
import { parseKoladaCsv } from "../../src/kolada/parse-csv";
import { parseKoladaJson } from "../../src/kolada/parse-json";
import { peersFromKolada } from "../../src/kolada/to-peers";
import { readWorkbookValues } from "../../src/workbook/xlsx-values-reader";
import { readPlan } from "../../src/workbook/plan/read-plan";
import { readLog } from "../../src/workbook/log/log-sheet";
import { planWorkbook } from "../../src/workbook/plan/write-plan";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import { tempFolder } from "../support/units";

const fixtures = path.resolve(__dirname, "../fixtures/kolada");
const fixture = (name: string) => readFileSync(path.join(fixtures, name), "utf8");

const run = (args: string[], cwd: string) => runCliIn(cwd, args);

describe("Kolada's data in", () => {
  it("reads a saved v3 page: every gender, the next page's address, a missing value as missing, Kolada's count kept", () => {
    const page = parseKoladaJson(fixture("N15419-page1.json"), "N15419-page1.json");
    expect(page.next).toBe("https://api.kolada.se/v3/data/kpi/N15419/year/2025?page=2&per_page=3");
    expect(page.values).toEqual([
      { kpi: "N15419", municipality: "0180", year: 2025, gender: "T", value: 85.2, count: 1 },
      { kpi: "N15419", municipality: "0180", year: 2025, gender: "K", value: 87, count: 1 },
      { kpi: "N15419", municipality: "0180", year: 2025, gender: "M", value: 83.5, count: 1 },
      { kpi: "N15419", municipality: "1480", year: 2025, gender: "T", value: 81, count: 1 },
      { kpi: "N15419", municipality: "1280", year: 2025, gender: "T", value: null, count: 0 },
    ]);
    expect(page.deleted).toBe(0);
    expect(parseKoladaJson(fixture("N15419-page2.json"), "p2").next).toBeNull();
    // A municipality code given as a number keeps its leading zero.
    expect(parseKoladaJson(fixture("N15419-page2.json"), "p2").values[0]?.municipality).toBe("0580");
  });

  it("reads a CSV export with semicolons, quotes and decimal commas, an empty value as missing", () => {
    expect(parseKoladaCsv(fixture("export.csv"), "export.csv")).toEqual([
      { kpi: "N11005", municipality: "0180", year: 2025, gender: "T", value: 5.4 },
      { kpi: "N11005", municipality: "1480", year: 2025, gender: "T", value: 5.1 },
      { kpi: "N11005", municipality: "1280", year: 2025, gender: "T", value: null },
    ]);
  });

  it("says which file is wrong and how", () => {
    expect(() => parseKoladaJson("<html>", "svar.json")).toThrow(/svar.json: not valid JSON/);
    expect(() => parseKoladaJson('{"count": 0}', "svar.json")).toThrow(/no "values" field/);
    expect(() => parseKoladaCsv("Namn;Värde\nx;1\n", "fel.csv")).toThrow(/fel.csv: the header row lacks kpi, municipality, year/);
  });

  it("keeps the plan's Kolada-linked indicators, converting percent units to fractions and leaving other units alone", () => {
    const plan = examplePlan();
    const values = [...parseKoladaJson(fixture("N15419-page1.json"), "p1").values, ...parseKoladaJson(fixture("N15419-page2.json"), "p2").values, ...parseKoladaCsv(fixture("export.csv"), "e")];
    const { peers, withoutData, ignored } = peersFromKolada(plan, values);
    const qualified = plan.indicators.find((i) => i.koladaId === "N15419");
    const perStaff = plan.indicators.find((i) => i.koladaId === "N11005");
    expect(peers.find((p) => p.indicator === qualified?.id && p.municipalityCode === "0180" && p.gender === "T")?.value).toBeCloseTo(0.852, 10);
    expect(peers.find((p) => p.indicator === qualified?.id && p.municipalityCode === "1280")?.value).toBeNull();
    expect(peers.find((p) => p.indicator === perStaff?.id && p.municipalityCode === "0180")?.value).toBe(5.4);
    expect(ignored).toBe(1);
    expect(withoutData).toContain("N15420");
    expect(withoutData).not.toContain("N15419");
  });

  it("puls kolada import fills a copy of the plan's Jämförelse, keeps its other sheets and never changes the plan", async () => {
    const cwd = tempFolder();
    const plan = examplePlan();
    writeFileSync(path.join(cwd, "plan.xlsx"), await writeWorkbook(planWorkbook(plan)));
    const before = readFileSync(path.join(cwd, "plan.xlsx"));
    const result = await run(["kolada", "import", path.join(fixtures, "N15419-page1.json"), path.join(fixtures, "N15419-page2.json"), path.join(fixtures, "export.csv"), "--plan", "plan.xlsx", "--out", "med-jamforelse.xlsx"], cwd);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toContain("Jämförelse: 9 värden för 2 nyckeltal, 4 kommuner, 2025–2025.");
    expect(result.out).toContain("1 värden gällde nyckeltal som inte finns i planen");
    expect(readFileSync(path.join(cwd, "plan.xlsx")).equals(before)).toBe(true);

    const written = readFileSync(path.join(cwd, "med-jamforelse.xlsx"));
    const read = readPlan(readWorkbookValues(written), "med-jamforelse.xlsx");
    expect(read.problems).toEqual([]);
    expect(read.plan.peers).toHaveLength(9);
    expect(read.plan.goals.map((g) => g.id)).toEqual(plan.goals.map((g) => g.id));
    // The plan's own sheets as they were, and its audit log after them, with the import logged (docs/workbooks.md §4).
    expect(readWorkbookValues(written).sheets.map((s) => s.name)).toEqual([...readWorkbookValues(before).sheets.map((s) => s.name), "Logg"]);
    expect(readLog(readWorkbookValues(written))).toEqual([expect.objectContaining({ number: 1, event: "planCopy", subject: "Kolada: 10 värden" })]);
  });

  it("puls kolada import stops with the file's name when a file cannot be read", async () => {
    const cwd = tempFolder();
    writeFileSync(path.join(cwd, "plan.xlsx"), await writeWorkbook(planWorkbook(examplePlan())));
    writeFileSync(path.join(cwd, "trasig.json"), "{ inte json");
    const result = await run(["kolada", "import", "trasig.json", "--plan", "plan.xlsx", "--out", "ut.xlsx"], cwd);
    expect(result.code).toBe(1);
    expect(result.err).toContain("trasig.json: inte giltig JSON");
  });
});
