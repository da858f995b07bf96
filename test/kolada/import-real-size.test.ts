/**
 * `puls kolada import` of a CSV export the size a municipality really downloads: 290
 * municipalities × 21 KPIs × 11 years × 3 genders, about 201,000 rows and 4.8 MB. Generated
 * here, not committed. It once failed with "Maximum call stack size exceeded" (the rows were
 * spread into push's arguments).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { main } from "../../src/cli/main";
import { examplePlan } from "../../src/example/generate-plan";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import { planWorkbook } from "../../src/workbook/plan/write-plan";
import { tempFolder } from "../support/units";

const MUNICIPALITIES = 290;
const KPIS = 21;
const YEARS = 11;
const GENDERS = ["T", "K", "M"] as const;

/** KPIS ids: all but two from the plan, and two it does not carry (counted and left out). */
function kpiIds(planIds: readonly string[]): string[] {
  const ids = planIds.slice(0, KPIS - 2);
  for (let i = 0; ids.length < KPIS; i++) ids.push(`N9${String(i).padStart(4, "0")}`);
  return ids;
}

/** A Kolada CSV export of every KPI × municipality × year × gender, Swedish headers, decimal commas. */
function realSizedExport(kpis: readonly string[]): string {
  const lines = ["Kpi;Kommun-id;År;Kön;Värde"];
  for (const kpi of kpis) {
    for (let m = 0; m < MUNICIPALITIES; m++) {
      const municipality = String(m * 7 + 114).padStart(4, "0");
      for (let y = 0; y < YEARS; y++) {
        for (const gender of GENDERS) lines.push(`${kpi};${municipality};${2015 + y};${gender};${((m * 31 + y * 7) % 900) / 10 + 5},${m % 10}`);
      }
    }
  }
  return `${lines.join("\n")}\n`;
}

describe("puls kolada import of a real-sized CSV export", () => {
  it("reads 201,000 rows and fills Jämförelse with every value for the plan's KPIs", async () => {
    const cwd = tempFolder();
    const plan = examplePlan();
    writeFileSync(path.join(cwd, "plan.xlsx"), await writeWorkbook(planWorkbook(plan)));
    const planIds = [...new Set(plan.indicators.map((i) => i.koladaId).filter((id): id is string => id !== null && id !== ""))];
    const kpis = kpiIds(planIds);
    const csv = realSizedExport(kpis);
    expect(csv.split("\n").length - 2).toBe(MUNICIPALITIES * KPIS * YEARS * GENDERS.length);
    writeFileSync(path.join(cwd, "export.csv"), csv);

    let out = "";
    let err = "";
    const code = await main(["kolada", "import", "export.csv", "--plan", "plan.xlsx", "--out", "med.xlsx"], { out: (t) => (out += `${t}\n`), err: (t) => (err += t), interactive: false, now: () => new Date("2026-09-21T09:00:00Z"), cwd });

    expect(err).toBe("");
    expect(code).toBe(0);
    const inPlan = new Set(kpis);
    const linked = plan.indicators.filter((i) => i.koladaId !== null && inPlan.has(i.koladaId)).length;
    const perKpi = MUNICIPALITIES * YEARS * GENDERS.length;
    expect(out).toContain(`Jämförelse: ${linked * perKpi} värden för ${linked} nyckeltal, ${MUNICIPALITIES} kommuner, 2015–2025.`);
    expect(out).toContain(`${2 * perKpi} värden gällde nyckeltal som inte finns i planen`);
  }, 120_000);
});
