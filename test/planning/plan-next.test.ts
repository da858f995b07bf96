/**
 * `puls plan next` as a controller meets it in the autumn: on the demo's plan and consolidation,
 * a plan for next year that keeps every id and all history, proposes targets by the rules, lists
 * what the planning should take up, is accepted by templates and collection, and leaves the old
 * plan as it was.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { FollowUp, STATUS_LABELS, evaluate, isAtMost, reaches, planOnlyInput, withOutcomes, type Plan } from "../../src/core";
import { main } from "../../src/cli/main";
import { EXAMPLE_PERIOD } from "../../src/example/generate-plan";
import { readConsolidated } from "../../src/workbook/collect/read-consolidated";
import { readWorkbook } from "../../src/workbook/exceljs-reader";
import { cellText, type WorkbookGrid } from "../../src/workbook/grid";
import { readPlan } from "../../src/workbook/plan/read-plan";
import { buildTemplate, indicatorsOfUnit } from "../../src/workbook/template/build-template";
import { put, sha256, tempFolder } from "../support/units";

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += t), interactive: false, now: () => new Date("2026-10-15T09:00:00Z"), cwd });
  return { code, out, err };
}

async function read(file: string): Promise<{ plan: Plan; grid: WorkbookGrid; problems: readonly unknown[] }> {
  const grid = await readWorkbook(readFileSync(file));
  const { plan, problems } = readPlan(grid, path.basename(file));
  return { plan, grid, problems };
}

const ids = (plan: Plan) => ({
  organisation: plan.organisation.map((o) => [o.id, o.parent, o.type]),
  goals: plan.goals.map((g) => [g.id, g.parent, g.organisation]),
  indicators: plan.indicators.map((i) => [i.id, i.goal, i.koladaId]),
});
const rowKey = (row: { indicator: string; organisation: string; period: string; actual: number | null }) => `${row.indicator}|${row.organisation}|${row.period}|${row.actual}`;

describe("puls plan next", () => {
  let folder: string;
  let planFile: string;
  let dataFile: string;
  let before: string;
  let result: Awaited<ReturnType<typeof run>>;
  let old: Awaited<ReturnType<typeof read>>;
  let next: Awaited<ReturnType<typeof read>>;

  beforeAll(async () => {
    folder = tempFolder();
    expect((await run(["demo", "--out", "demo"], folder)).code).toBe(0);
    planFile = path.join(folder, "demo", "Exempelkommun plan 2026.xlsx");
    dataFile = path.join(folder, "demo", `Sammanställning ${EXAMPLE_PERIOD}.xlsx`);
    before = sha256(planFile);
    result = await run(["plan", "next", "--plan", planFile, "--year", "2027", "--data", dataFile, "--out", "plan-2027.xlsx"], folder);
    old = await read(planFile);
    next = await read(path.join(folder, "plan-2027.xlsx"));
  }, 180_000);

  it("writes the plan for 2027, says what it holds, and leaves the old plan byte for byte as it was", () => {
    expect(result.code).toBe(0);
    expect(result.out).toContain("Planen för 2027: perioderna 2027-T1, 2027-D, 2027; 47 mål, 61 nyckeltal och 44 organisationsenheter");
    expect(result.out).toMatch(/Målvärden 2027: \d+ förslag: \d+ höjda till utfallet/);
    expect(result.out).toContain("Iakttagelserna bygger på uppföljningen 2026-D");
    expect(sha256(planFile)).toBe(before);
  });

  it("reads back as a sound plan for 2027 with the same ids, the new periods with their dates, and 2027-T1 as the current period", () => {
    expect(next.problems).toEqual([]);
    expect(ids(next.plan)).toEqual(ids(old.plan));
    expect(next.plan.settings).toMatchObject({ year: 2027, currentPeriod: "2027-T1", deadline: null, municipality: old.plan.settings.municipality, peerGroup: old.plan.settings.peerGroup });
    expect(next.plan.periods.filter((p) => p.id.startsWith("2027")).map((p) => [p.id, p.name, p.from, p.to, p.type])).toEqual([
      ["2027-T1", "Tertial 1 2027", "2027-01-01", "2027-04-30", "tertial"],
      ["2027-D", "Delår 2027", "2027-01-01", "2027-08-31", "interim"],
      ["2027", "Helår 2027", "2027-01-01", "2027-12-31", "fullYear"],
    ]);
    expect(next.plan.periods.slice(0, old.plan.periods.length).map((p) => p.id)).toEqual(old.plan.periods.map((p) => p.id));
  });

  it("carries every outcome of Utfall, the collected 2026-D ones too, and every peer value", async () => {
    const collected = readConsolidated(await readWorkbook(readFileSync(dataFile)), EXAMPLE_PERIOD).actuals;
    // About 170 values: each reporting unit's own indicators, less the two units that did not report.
    expect(collected.length).toBeGreaterThan(150);
    expect(new Set(collected.map((row) => row.period))).toEqual(new Set([EXAMPLE_PERIOD]));
    const carried = new Set(next.plan.actuals.map(rowKey));
    for (const row of [...old.plan.actuals, ...collected]) expect(carried.has(rowKey(row))).toBe(true);
    expect(next.plan.actuals).toHaveLength(withOutcomes(old.plan, collected).actuals.length);
    expect(next.plan.peers.map((p) => [p.indicator, p.municipalityCode, p.year, p.gender, p.value])).toEqual(old.plan.peers.map((p) => [p.indicator, p.municipalityCode, p.year, p.gender, p.value]));
  });

  it("leaves Bedömningar and Politisk analys empty for 2027 and keeps earlier years' rows", () => {
    expect(next.plan.assessments.filter((a) => a.period.startsWith("2027"))).toEqual([]);
    expect(next.plan.politicalAnalysis.filter((a) => a.period.startsWith("2027"))).toEqual([]);
    expect(next.plan.assessments.map((a) => [a.goal, a.period, a.assessment])).toEqual(old.plan.assessments.map((a) => [a.goal, a.period, a.assessment]));
    expect(next.plan.politicalAnalysis.map((a) => [a.goal, a.period, a.conclusions])).toEqual(old.plan.politicalAnalysis.map((a) => [a.goal, a.period, a.conclusions]));
  });

  it("proposes a 2027 target for every 2026 target, by the rules, and says in Förslag where each came from", async () => {
    const collected = readConsolidated(await readWorkbook(readFileSync(dataFile)), EXAMPLE_PERIOD).actuals;
    const followUp = new FollowUp(planOnlyInput(withOutcomes(old.plan, collected), EXAMPLE_PERIOD));
    const sheet = next.grid.sheets.find((s) => s.name === "Målvärden");
    const header = (sheet?.rows[0] ?? []).map(cellText);
    expect(header).toContain("Förslag");
    const column = (name: string) => header.indexOf(name);
    const rows2026 = old.plan.targets.filter((t) => t.period.startsWith("2026"));
    const rows2027 = (sheet?.rows ?? []).slice(1).filter((row) => cellText(row[column("Period")]).startsWith("2027"));
    expect(rows2027).toHaveLength(rows2026.length);
    const seen = new Set<string>();
    for (const row of rows2027) {
      const indicatorId = cellText(row[column("Nyckeltal")]);
      const organisation = cellText(row[column("Organisation")]);
      const period = cellText(row[column("Period")]);
      const reason = cellText(row[column("Förslag")]);
      const previous = rows2026.find((t) => t.indicator === indicatorId && (t.organisation ?? "") === organisation && t.period === period.replace("2027", "2026"));
      const indicator = old.plan.indicators.find((i) => i.id === indicatorId);
      if (previous === undefined || indicator === undefined) throw new Error(`no 2026 row for ${indicatorId} ${organisation} ${period}`);
      const target = row[column("Målvärde")];
      const status = (year: number) => {
        const at = `${year}${period.slice(4)}`;
        return (organisation === "" ? followUp.headline(indicator, at) : followUp.statusRow(indicator.id, organisation, at)) ?? undefined;
      };
      if (reason.startsWith("Förslag: höjt till utfallet")) {
        seen.add("raised");
        const year = Number(/utfallet (\d{4})/.exec(reason)?.[1]);
        expect([status(year)?.status, status(year - 1)?.status, status(year - 2)?.status]).toEqual(["green", "green", "green"]);
        const outcome = status(year)?.actual ?? NaN;
        expect(typeof target).toBe("number");
        // Up to rounding (docs/rules.md §0): a weighted mean of one school is 0.49599999999999994 for 0.496.
        if (indicator.direction === "higher") expect([Number(target) > Number(previous.target), isAtMost(Number(target), outcome)]).toEqual([true, true]);
        else expect([Number(target) < Number(previous.target), reaches(Number(target), outcome)]).toEqual([true, true]);
      } else if (reason.includes("inte nått")) {
        seen.add("missed");
        const year = Number(/inte nått (\d{4})/.exec(reason)?.[1]);
        expect(status(year)?.status).not.toBe("green");
        expect(target).toBe(previous.target);
      } else if (reason.includes(": nått")) {
        seen.add("met");
        const year = Number(/nått (\d{4})/.exec(reason)?.[1]);
        expect(status(year)?.status).toBe("green");
        expect(target).toBe(previous.target);
      } else if (reason.startsWith("Samma relativa målvärde")) {
        seen.add("relative");
        expect(typeof previous.target).toBe("string");
      } else {
        expect(reason).toMatch(/^Samma målvärde som 2026: inget utfall att bedöma/);
      }
      if (previous.budget !== null) expect(reason).toContain("fyll i budgeten för 2027");
    }
    expect([...seen].sort()).toEqual(["met", "missed", "raised", "relative"]);
  });

  it("lists per goal the political conclusions and what the follow-up shows, in Inför planeringen", () => {
    const sheet = next.grid.sheets.find((s) => s.name === "Inför planeringen");
    const rows = (sheet?.rows ?? []).map((row) => row.map(cellText));
    expect(rows[0]).toEqual(["Mål", "Målnamn", "Iakttagelse", "Avser", "Perioder", "Detalj"]);
    const conclusion = old.plan.politicalAnalysis.find((row) => row.period.startsWith("2026") && row.conclusions !== "");
    expect(rows).toContainEqual(expect.arrayContaining([conclusion?.goal, "Politisk analys: slutsatser", expect.stringContaining(conclusion?.conclusions ?? "?")]));
    const kinds = new Set(rows.map((row) => row[2]));
    expect(kinds).toContain("Ej uppfyllt två uppföljningar i rad");
    expect(kinds).toContain("Grönt tre år i rad (målvärdet kan vara för lätt att nå)");
    // Each "not met twice" is what the follow-ups say.
    for (const row of rows.filter((r) => r[2] === "Ej uppfyllt två uppföljningar i rad")) {
      const [first, second] = (row[4] ?? "").split(", ");
      for (const period of [first, second]) expect(evaluate(next.plan, period ?? "").goals.find((g) => g.goal === row[0])?.effective).toBe("notMet");
    }
  });

  it("makes a plan that puls templates and puls collect accept for 2027, with trends from 2026", async () => {
    expect((await run(["templates", "--plan", "plan-2027.xlsx", "--period", "2027-D", "--out", "mallar-2027"], folder)).code).toBe(0);
    const unit = "OMS01";
    const indicators = indicatorsOfUnit(next.plan, unit);
    const filled = new Map(indicators.map((i) => [i.id, { actual: i.unit === "%" ? 0.8 : 10, comment: "Enligt plan." }]));
    mkdirSync(path.join(folder, "inlamnat-2027"));
    await put(path.join(folder, "inlamnat-2027"), "hemtjanst.xlsx", buildTemplate({ plan: next.plan, unit, period: "2027-D", createdAt: "2027-09-01T08:00:00", filled }), "2027-09-10T10:00:00");
    const collect = await run(["collect", "--plan", "plan-2027.xlsx", "--period", "2027-D", "--out", "sammanstallning-2027.xlsx", "inlamnat-2027"], folder);
    expect(collect.code).toBe(0);
    expect(collect.out).toContain("Inrapportering: 1 av 38 enheter har lämnat in");
    const status = (await readWorkbook(readFileSync(path.join(folder, "sammanstallning-2027.xlsx")))).sheets.find((s) => s.name === "Status");
    const header = (status?.rows[0] ?? []).map(cellText);
    const cell = (row: readonly unknown[], name: string) => cellText(row[header.indexOf(name)] as Parameters<typeof cellText>[0]);
    const unitRows = (status?.rows ?? []).filter((row) => cell(row, "Organisation") === unit && cell(row, "Utfall") !== "");
    expect(unitRows).toHaveLength(indicators.length);
    for (const row of unitRows) expect(Object.values(STATUS_LABELS.sv)).toContain(cell(row, "Status"));
    // Each 2027-D outcome is compared with the unit's 2026-D outcome, collected last year and carried in Utfall.
    const lastYear = next.plan.actuals.filter((a) => a.organisation === unit && a.period === "2026-D" && a.actual !== null).length;
    expect(lastYear).toBeGreaterThan(0);
    expect(unitRows.filter((row) => cell(row, "Föregående") !== "")).toHaveLength(lastYear);
  });

  it("rolled forward twice keeps every id, every outcome, every period and every year's targets", async () => {
    // Into a folder that does not exist yet: it is made.
    const again = await run(["plan", "next", "--plan", "plan-2027.xlsx", "--out", path.join("nästa", "plan-2028.xlsx")], folder);
    expect(again.code).toBe(0);
    const third = await read(path.join(folder, "nästa", "plan-2028.xlsx"));
    expect(third.problems).toEqual([]);
    expect(third.plan.settings.year).toBe(2028);
    expect(ids(third.plan)).toEqual(ids(old.plan));
    expect(third.plan.actuals.map(rowKey)).toEqual(next.plan.actuals.map(rowKey));
    expect(third.plan.periods.map((p) => p.id)).toEqual([...next.plan.periods.map((p) => p.id), "2028-T1", "2028-D", "2028"]);
    const targetKeys = (plan: Plan, year: string) => plan.targets.filter((t) => t.period.startsWith(year)).map((t) => `${t.indicator}|${t.organisation ?? ""}|${t.period}|${String(t.target)}`);
    for (const year of ["2023", "2024", "2025", "2026", "2027"]) expect(targetKeys(third.plan, year)).toEqual(targetKeys(next.plan, year));
    expect(targetKeys(third.plan, "2028")).toHaveLength(targetKeys(next.plan, "2027").length);
  });

  it("refuses a year that is not later, and an --out that is the plan itself, in one sentence each", async () => {
    const same = await run(["plan", "next", "--plan", planFile, "--year", "2026", "--out", "x.xlsx"], folder);
    expect(same.code).toBe(1);
    expect(same.err).toContain("Året 2026 är inte senare än planens år 2026");
    const overwrite = await run(["plan", "next", "--plan", planFile, "--out", planFile], folder);
    expect(overwrite.code).toBe(2);
    expect(overwrite.err).toContain("är samma fil som indata");
    expect(sha256(planFile)).toBe(before);
  });
});
