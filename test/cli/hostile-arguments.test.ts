/**
 * The CLI against careless and hostile arguments and plans: an --out that is an input (or lies in
 * an input folder) is refused with exit 2 and one sentence; plan text cannot steer a file outside
 * --out; a long --out, an --out that is a folder and what a killed run left behind are handled;
 * the plan's parameters are checked with sheet and cell.
 */
import { runCliIn } from "../support/run-cli";
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readPlan } from "../../src/workbook/plan/read-plan";
import { readWorkbook } from "../../src/workbook/exceljs-reader";
import { reportFileName } from "../../src/reports/build-reports";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import { GOOD, sha256, smallPlanModel, tempFolder, unitBook } from "../support/units";
import { smallPlan, xlsx, type Rows } from "../support/xlsx";

const run = (args: string[], cwd: string) => runCliIn(cwd, args);

/** A folder with the small plan and both units' filled-in files in inlamnat/. */
async function workspace(plan: Record<string, Rows> = smallPlan()): Promise<string> {
  const cwd = tempFolder();
  writeFileSync(path.join(cwd, "plan.xlsx"), await xlsx(plan));
  mkdirSync(path.join(cwd, "inlamnat"));
  const model = await smallPlanModel();
  for (const unit of ["HN", "HS"]) writeFileSync(path.join(cwd, "inlamnat", `2026-D ${unit}.xlsx`), await writeWorkbook(unitBook(model, unit, GOOD[unit])));
  return cwd;
}

const oneSentence = (text: string) => text.trim().split("\n").length === 1;

describe("an --out that would overwrite an input", () => {
  it("is refused with exit 2 and one sentence when it is a unit's file, and the file is unchanged", async () => {
    const cwd = await workspace();
    const unit = path.join(cwd, "inlamnat", "2026-D HN.xlsx");
    const before = sha256(unit);
    const result = await run(["collect", "--plan", "plan.xlsx", "--out", "inlamnat/2026-D HN.xlsx", "inlamnat/"], cwd);
    expect(result.code).toBe(2);
    expect(oneSentence(result.err)).toBe(true);
    expect(result.err).toContain("samma fil som indata");
    expect(sha256(unit)).toBe(before);
  });

  it("is refused when it is the plan, under another spelling, a symbolic link or a hard link", async () => {
    const cwd = await workspace();
    const before = sha256(path.join(cwd, "plan.xlsx"));
    symlinkSync(path.join(cwd, "plan.xlsx"), path.join(cwd, "lank.xlsx"));
    linkSync(path.join(cwd, "plan.xlsx"), path.join(cwd, "hard.xlsx"));
    for (const out of ["plan.xlsx", "./inlamnat/../plan.xlsx", "lank.xlsx", "hard.xlsx"]) {
      const result = await run(["collect", "--plan", "plan.xlsx", "--out", out, "inlamnat/"], cwd);
      expect({ out, code: result.code, sentence: oneSentence(result.err) }).toEqual({ out, code: 2, sentence: true });
    }
    expect(sha256(path.join(cwd, "plan.xlsx"))).toBe(before);
  });

  it("is refused when it lies inside a folder being read, where the next collection would read it", async () => {
    const cwd = await workspace();
    const result = await run(["collect", "--plan", "plan.xlsx", "--out", "inlamnat/ny/sammanstallning.xlsx", "inlamnat"], cwd);
    expect(result.code).toBe(2);
    expect(result.err).toContain("som läses in");
    expect(existsSync(path.join(cwd, "inlamnat", "ny"))).toBe(false);
  });

  it("is refused for plan next, kolada import and a shared template too", async () => {
    const cwd = await workspace();
    writeFileSync(path.join(cwd, "kolada.json"), JSON.stringify({ count: 0, next_url: null, values: [] }));
    const before = [sha256(path.join(cwd, "plan.xlsx")), sha256(path.join(cwd, "kolada.json"))];
    expect((await run(["plan", "next", "--plan", "plan.xlsx", "--out", "plan.xlsx"], cwd)).code).toBe(2);
    expect((await run(["kolada", "import", "kolada.json", "--plan", "plan.xlsx", "--out", "kolada.json"], cwd)).code).toBe(2);
    expect((await run(["templates", "--plan", "plan.xlsx", "--shared", "plan.xlsx"], cwd)).code).toBe(2);
    expect([sha256(path.join(cwd, "plan.xlsx")), sha256(path.join(cwd, "kolada.json"))]).toEqual(before);
  });

  it("says in one sentence, not EISDIR, that an --out naming a folder is a folder", async () => {
    const cwd = await workspace();
    mkdirSync(path.join(cwd, "ut"));
    const result = await run(["collect", "--plan", "plan.xlsx", "--out", "ut", "inlamnat"], cwd);
    expect(result.code).toBe(2);
    expect(result.err).toContain("är en mapp");
    expect(result.err).not.toContain("EISDIR");
  });
});

describe("writing outputs", () => {
  it("writes an --out whose name is 240 characters (the temporary name is short)", async () => {
    const cwd = await workspace();
    const name = `${"s".repeat(235)}.xlsx`;
    const result = await run(["collect", "--plan", "plan.xlsx", "--out", name, "inlamnat"], cwd);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(existsSync(path.join(cwd, name))).toBe(true);
  });

  it("removes what a killed run left behind, and only Puls's own temporary files of runs that are gone", async () => {
    const cwd = await workspace();
    mkdirSync(path.join(cwd, "ut"));
    const stale = path.join(cwd, "ut", ".puls-999999999-0a1b2c3d.tmp");
    const running = path.join(cwd, "ut", `.puls-1-0a1b2c3d.tmp`);
    const other = path.join(cwd, "ut", ".annat-1234.tmp");
    for (const file of [stale, running, other]) writeFileSync(file, "half a workbook");
    const result = await run(["collect", "--plan", "plan.xlsx", "--out", "ut/s.xlsx", "inlamnat"], cwd);
    expect(result.code).toBe(0);
    expect(readdirSync(path.join(cwd, "ut")).sort()).toEqual([".annat-1234.tmp", ".puls-1-0a1b2c3d.tmp", "s.xlsx"]);
    // A temporary file older than an hour is stale whoever has its process id now.
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(running, old, old);
    await run(["collect", "--plan", "plan.xlsx", "--out", "ut/s2.xlsx", "inlamnat"], cwd);
    expect(existsSync(running)).toBe(false);
    expect(existsSync(other)).toBe(true);
  });
});

/** The small plan with one row of a sheet changed. */
function planWith(sheet: string, row: number, cells: readonly unknown[]): Record<string, Rows> {
  const plan = smallPlan();
  const rows = [...(plan[sheet] ?? [])];
  rows[row] = cells as Rows[number];
  return { ...plan, [sheet]: rows };
}

async function problemsOf(plan: Record<string, Rows>): Promise<string[]> {
  const { problems } = readPlan(await readWorkbook(await xlsx(plan)), "plan.xlsx");
  return problems.map((p) => `${p.code} ${p.at.sheet ?? ""}!${p.at.cell ?? ""}`);
}

describe("plan text that names files", () => {
  const hostile = "../../../../PWNED-report";

  it("is a plan problem with its cell when a period id has the wrong form", async () => {
    const plan = planWith("Perioder", 2, [hostile, "Helår", new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2026, 11, 31)), "Helår"]);
    expect(await problemsOf(plan)).toContain("invalid-period-id Perioder!A3");
    expect(await problemsOf(planWith("Perioder", 2, ["2026-13", "Helår", null, null, "Helår"]))).toContain("invalid-period-id Perioder!A3");
  });

  it("is a plan problem with its cell when a period ends before it starts", async () => {
    const plan = planWith("Perioder", 2, ["2026", "Helår 2026", new Date(Date.UTC(2026, 11, 31)), new Date(Date.UTC(2026, 0, 1)), "Helår"]);
    expect(await problemsOf(plan)).toContain("period-ends-before-start Perioder!D3");
  });

  it("never writes a report outside --out: the command refuses the period, and no name can climb out", async () => {
    const cwd = tempFolder();
    const plan = planWith("Perioder", 2, [hostile, "Helår", new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2026, 11, 31)), "Helår"]);
    writeFileSync(path.join(cwd, "plan.xlsx"), await xlsx(plan));
    mkdirSync(path.join(cwd, "a", "b", "c", "d"), { recursive: true });
    const result = await run(["report", "alla", "--plan", "../../../../plan.xlsx", "--period", hostile, "--out", "rapporter"], path.join(cwd, "a", "b", "c", "d"));
    expect(result.code).toBe(1);
    expect(oneSentence(result.err)).toBe(true);
    expect(readdirSync(cwd).filter((name) => name.includes("PWNED"))).toEqual([]);
    for (const kind of ["operational", "political", "annual", "interim"] as const) {
      const name = reportFileName(kind, hostile, "xlsx", "sv");
      expect({ name, plain: !name.includes("/") && !name.startsWith(".") }).toEqual({ name, plain: true });
    }
  });
});

describe("plan parameters", () => {
  const indicator = (yellowFrom: number, tolerance: number): Rows[number] => ["N1", "Andel nöjda brukare", "V1", "%", "Högre", 1, "Medel", "Enhet", "Ja", "U21468", yellowFrom, tolerance];
  const withColumns = () => {
    const plan = smallPlan();
    const rows = [...(plan.Nyckeltal ?? [])];
    rows[0] = [...(rows[0] ?? []), "Gul från", "Tolerans"];
    return { plan, rows };
  };

  it("are problems with sheet and cell: Gul från outside 0–1 and a negative Tolerans", async () => {
    const { plan, rows } = withColumns();
    rows[1] = indicator(1.5, -2);
    const problems = await problemsOf({ ...plan, Nyckeltal: rows });
    expect(problems).toContain("yellow-from-out-of-range Nyckeltal!K2");
    expect(problems).toContain("negative-tolerance Nyckeltal!L2");
  });

  it("is a problem with its cell when Målvärde max is below Målvärde", async () => {
    const problems = await problemsOf(planWith("Målvärden", 4, ["N3", null, "2026-D", 0.9, 0.8, null]));
    expect(problems).toContain("target-max-below-target Målvärden!E5");
  });

  it("accepts a sound plan without any of these problems", async () => {
    expect((await problemsOf(smallPlan())).filter((p) => /period|yellow|tolerance|target-max/.test(p))).toEqual([]);
  });
});

describe("messages about broken files", () => {
  it("name the broken part in English with --lang en, with no Swedish in them", async () => {
    const cwd = await workspace();
    const good = readFileSync(path.join(cwd, "inlamnat", "2026-D HN.xlsx"));
    writeFileSync(path.join(cwd, "inlamnat", "2026-D HN.xlsx"), good.subarray(0, 1));
    const result = await run(["collect", "--plan", "plan.xlsx", "--out", "s.xlsx", "--lang", "en", "--json", "inlamnat"], cwd);
    const parsed = JSON.parse(result.out) as { summary: { problems: { byKind: { code: string; examples: { message: string }[] }[] } } };
    const unreadable = parsed.summary.problems.byKind.find((kind) => kind.code === "unreadable-file")?.examples[0]?.message ?? "";
    expect(unreadable).toContain("it is not a zip file");
    expect(unreadable).not.toMatch(/[åäö]/i);
  });
});

describe("templates for units whose names collide", () => {
  it("writes one file per unit when two units share a name or differ only in case, and a unit named _puls breaks nothing", async () => {
    const plan = smallPlan();
    const organisation = [...(plan.Organisation ?? [])];
    organisation.push(["HN2", "HEMTJÄNST NORR", "OMS", "Enhet"], ["HS2", "Hemtjänst Syd", "OMS", "Enhet"], ["PU", "_puls", "OMS", "Enhet"], ["HI", "History", "OMS", "Enhet"]);
    const cwd = tempFolder();
    writeFileSync(path.join(cwd, "plan.xlsx"), await xlsx({ ...plan, Organisation: organisation }));
    const result = await run(["templates", "--plan", "plan.xlsx", "--period", "2026-D", "--out", "mallar", "--json"], cwd);
    expect(result.code).toBe(0);
    const written = (JSON.parse(result.out) as { files: string[] }).files.map((file) => path.basename(file));
    expect(readdirSync(path.join(cwd, "mallar")).sort()).toEqual([...written].sort());
    expect(written).toHaveLength(6);
    expect(written).toEqual(expect.arrayContaining(["2026-D Hemtjänst Norr (HN).xlsx", "2026-D HEMTJÄNST NORR (HN2).xlsx", "2026-D Hemtjänst Syd (HS).xlsx", "2026-D Hemtjänst Syd (HS2).xlsx"]));
    // The shared workbook: a sheet for every unit, none named _puls or History, and every unit collected.
    const shared = await run(["templates", "--plan", "plan.xlsx", "--period", "2026-D", "--shared", "delad.xlsx"], cwd);
    expect(shared.code).toBe(0);
    const collected = await run(["collect", "--plan", "plan.xlsx", "--period", "2026-D", "--out", "s.xlsx", "--json", "delad.xlsx"], cwd);
    const summary = JSON.parse(collected.out) as { summary: { reporting: { submitted: number; expected: number }; problems: { byKind: { code: string }[] } } };
    expect(summary.summary.reporting).toMatchObject({ submitted: 6, expected: 6 });
    expect(summary.summary.problems.byKind.map((kind) => kind.code)).not.toContain("not-a-template");
  });
});
