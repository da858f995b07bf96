/**
 * Unit-level peers: Kolada's oudata read (ou for municipality, deleted values dropped, missing
 * and privacy-masked values missing, count kept), imported into Jämförelse enheter apart from the
 * municipalities' Jämförelse, a unit's status among the country's units (and its own kind), and
 * `fetch --units` against the look-alike server, a 422 answered by splitting.
 */
import { runCliIn } from "../support/run-cli";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { UnitPeerIndex, koladaUnitKind } from "../../src/core";
import { examplePlan } from "../../src/example/generate-plan";
import { parseKoladaJson } from "../../src/kolada/parse-json";
import { unitPeersFromKolada } from "../../src/kolada/to-unit-peers";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import { readPlan } from "../../src/workbook/plan/read-plan";
import { planWorkbook } from "../../src/workbook/plan/write-plan";
import { readWorkbookValues } from "../../src/workbook/xlsx-values-reader";
import { koladaLookAlike } from "../support/kolada-look-alike";
import { tempFolder } from "../support/units";

const FIXTURE = path.join(__dirname, "..", "fixtures", "kolada", "oudata-N15419-2025.json");

const run = (args: string[], cwd: string) => runCliIn(cwd, args);

describe("the country's units as peers", () => {
  it("reads an oudata response: the unit for the municipality, deleted values dropped, masked ones missing, count kept", () => {
    const page = parseKoladaJson(readFileSync(FIXTURE, "utf8"), "oudata.json");
    expect(page.deleted).toBe(1);
    expect(page.values).toHaveLength(8);
    expect(page.values.find((v) => v.unit === "V15E058000101")).toBeUndefined();
    expect(page.values.find((v) => v.unit === "V15E128000102")).toEqual({ kpi: "N15419", municipality: "1280", unit: "V15E128000102", year: 2025, gender: "T", value: null, count: 0 });
    expect(page.values.find((v) => v.unit === "V17E058000101")?.count).toBe(3);
    expect(koladaUnitKind("V15E128000101")).toBe("V15E");
    expect(koladaUnitKind("1280")).toBeNull();
  });

  it("judges a unit among the other units with a value, and among its own kind where that is a smaller group", () => {
    const plan = examplePlan();
    const indicator = plan.indicators.find((i) => i.koladaId === "N15419");
    if (indicator === undefined) throw new Error("the example has N15419");
    const rows = unitPeersFromKolada(plan, parseKoladaJson(readFileSync(FIXTURE, "utf8"), "oudata.json").values).unitPeers;
    // Percent units into the plan's fractions; the missing and masked values stay missing.
    expect(rows.filter((row) => row.value === null)).toHaveLength(2);
    const index = new UnitPeerIndex(rows);
    // Norrskolan's own 84 is no peer of its own: all = 60, 70, 80, 90, 95 (Q1 0.70, Q3 0.90); V15E = 70, 80, 90, 95 (Q1 0.775, Q3 0.9125).
    const at = index.compare(indicator, "V15E999900101", 0.91, 2026);
    expect(at).toEqual({ status: "green", basis: { year: 2025, count: 5 }, sameKind: { kind: "V15E", status: "yellow", basis: { year: 2025, count: 4 } } });
    expect(index.compare(indicator, "V15E999900101", 0.7, 2026)?.status).toBe("red");
    // Before Kolada's first year there is nothing to compare with.
    expect(index.compare(indicator, "V15E999900101", 0.91, 2024)).toBeNull();
    // Three values are too few for quartiles (the masked and missing ones do not count).
    const few = new UnitPeerIndex(rows.filter((row) => row.unit !== "V15E148000102" && row.unit !== "V17E058000101"));
    expect(few.compare(indicator, "V15E999900101", 0.91, 2026)).toEqual({ status: "missing", basis: { year: 2025, count: 3 }, sameKind: null });
  });

  it("imports saved oudata into Jämförelse enheter and keeps the municipalities' Jämförelse as it was", async () => {
    const cwd = tempFolder();
    const plan = examplePlan();
    writeFileSync(path.join(cwd, "plan.xlsx"), await writeWorkbook(planWorkbook({ ...plan, unitPeers: [] })));
    const result = await run(["kolada", "import", FIXTURE, "--plan", "plan.xlsx", "--out", "med.xlsx"], cwd);
    expect(result.code).toBe(0);
    expect(result.out).toContain("Jämförelse enheter: 8 värden för 1 nyckeltal, 8 enheter i landet, 2025–2025.");
    expect(result.out).toContain("1 värden som Kolada markerat som borttagna (isdeleted) lämnades utanför.");
    expect(result.out).not.toContain("Jämförelse: ");
    const copy = readPlan(readWorkbookValues(readFileSync(path.join(cwd, "med.xlsx"))), "med.xlsx").plan;
    expect(copy.unitPeers).toHaveLength(8);
    expect(copy.unitPeers.find((row) => row.unit === "V15E148000101")?.value).toBeCloseTo(0.9);
    expect(copy.peers).toHaveLength(plan.peers.length);
  });

  it("fetches the units' values for the KPIs with unit data, asking for halves when Kolada answers 422", async () => {
    const kolada = await koladaLookAlike({
      withUnitData: ["N15419", "N15420", "N15430", "U15402"],
      maxKpis: 1,
      units: [{ id: "V15E018000101", value: 80 }, { id: "V15E018000102", value: null }, { id: "V15E018000103", value: 50, deleted: true }],
    });
    const saved = process.env.PULS_KOLADA_API;
    try {
      process.env.PULS_KOLADA_API = kolada.api;
      const cwd = tempFolder();
      writeFileSync(path.join(cwd, "plan.xlsx"), await writeWorkbook(planWorkbook(examplePlan())));
      const result = await run(["kolada", "fetch", "--units", "--plan", "plan.xlsx", "--out", "med.xlsx"], cwd);
      expect(result.code).toBe(0);
      expect(result.err).toContain("Hämtar enheternas värden för N15419, N15420, N15430, U15402.");
      // Four KPIs in one request refused, then two and two, then one by one: three refusals.
      expect(result.err).toContain("Kolada svarade att 3 frågor var för stora (422)");
      const oudata = kolada.requests.filter((url) => url.startsWith("/v3/oudata/"));
      expect(oudata[0]).toBe("/v3/oudata/kpi/N15419,N15420,N15430,U15402/year/2025,2026");
      expect(oudata.filter((url) => !url.includes(","))).toHaveLength(0);
      expect(oudata.filter((url) => /kpi\/[^,/]+\/year/.test(url))).toHaveLength(4);
      expect(kolada.requests.some((url) => url.includes("N03101") && url.startsWith("/v3/oudata"))).toBe(false);
      // The deleted unit's value of each KPI and year: 4 × 2.
      expect(result.out).toContain("8 värden som Kolada markerat som borttagna");
      const copy = readPlan(readWorkbookValues(readFileSync(path.join(cwd, "med.xlsx"))), "med.xlsx").plan;
      // 4 KPIs behind 4 indicators × 2 years × 2 units (the deleted one dropped).
      expect(copy.unitPeers).toHaveLength(16);
      expect(readFileSync(path.join(cwd, "kolada-enheter-2025-2026.json"), "utf8")).toContain('"ou": "V15E018000101"');
    } finally {
      if (saved === undefined) delete process.env.PULS_KOLADA_API;
      else process.env.PULS_KOLADA_API = saved;
      await kolada.close();
    }
  });

  it("stops with one sentence when Kolada refuses even one KPI and one year", async () => {
    const kolada = await koladaLookAlike({ withUnitData: ["N15419"], maxKpis: 0 });
    const saved = process.env.PULS_KOLADA_API;
    try {
      process.env.PULS_KOLADA_API = kolada.api;
      const cwd = tempFolder();
      writeFileSync(path.join(cwd, "plan.xlsx"), await writeWorkbook(planWorkbook(examplePlan())));
      const result = await run(["kolada", "fetch", "--units", "--years", "2025", "--plan", "plan.xlsx", "--out", "med.xlsx"], cwd);
      expect(result.code).toBe(1);
      expect(result.err).toContain("även för ett nyckeltal och ett år, så hämtningen stoppades");
    } finally {
      if (saved === undefined) delete process.env.PULS_KOLADA_API;
      else process.env.PULS_KOLADA_API = saved;
      await kolada.close();
    }
  });
});
