/**
 * The puls command as a user meets it: exit codes, help, errors in one sentence, and the demo's
 * outputs (checked against the core, and opened in LibreOffice).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { STATUS_LABELS, evaluate } from "../../src/core";
import { main } from "../../src/cli/main";
import { EXAMPLE_PERIOD, examplePlan } from "../../src/example/generate-plan";
import { NOT_REPORTED, PLANTED } from "../../src/example/unit-workbooks";
import { readWorkbook } from "../../src/workbook/exceljs-reader";
import { cellText } from "../../src/workbook/grid";
import { readPlan } from "../../src/workbook/plan/read-plan";
import { hasLibreOffice, toPdf } from "../support/libreoffice";
import { tempFolder } from "../support/units";

async function run(args: string[], cwd = tempFolder()): Promise<{ code: number; out: string; err: string; cwd: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += t), interactive: false, now: () => new Date("2026-09-21T09:00:00Z"), cwd });
  return { code, out, err, cwd };
}

describe("puls, the command", () => {
  it("shows help with examples, for itself and every command", async () => {
    const top = await run(["--help"]);
    expect(top.code).toBe(0);
    expect(top.out).toContain("puls demo --out out/demo");
    for (const command of ["init", "templates", "collect", "status", "report", "kolada", "plan", "demo"]) {
      const help = await run([command, "--help"]);
      expect(help.code).toBe(0);
      expect(help.out).toContain("Exempel:");
    }
  });

  it("exits 2 with the usage for an unknown command or option, or missing inputs", async () => {
    expect((await run(["nonsense"])).code).toBe(2);
    expect((await run([])).code).toBe(2);
    expect((await run(["--lang", "en"])).code).toBe(2);
    const unknown = await run(["collect", "--plan", "p.xlsx", "--bogus"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("Okänd flagga: --bogus.");
    expect(unknown.err).toContain("puls collect --plan PLAN");
    const noInputs = await run(["collect", "--plan", "p.xlsx", "--out", "x.xlsx"]);
    expect(noInputs.code).toBe(2);
    expect(noInputs.err).toContain("Ange enheternas arbetsböcker");
  });

  it("exits 1 with one sentence, and no stack trace, when the plan cannot be read", async () => {
    const result = await run(["status", "--plan", "finns-inte.xlsx"]);
    expect(result.code).toBe(1);
    expect(result.err.trim().split("\n")).toHaveLength(1);
    expect(result.err).toContain("gick inte att öppna");
    expect(result.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it("speaks English with --lang en: help, usage mistakes, errors and output", async () => {
    const help = await run(["--help", "--lang", "en"]);
    expect(help.out).toContain("Usage: puls COMMAND [options]");
    const commandHelp = await run(["collect", "--help", "--lang=en"]);
    expect(commandHelp.out).toContain("Examples:");
    const mistake = await run(["collect", "--lang", "en", "--plan", "p.xlsx", "--bogus"]);
    expect(mistake.err).toContain("Unknown option: --bogus.");
    const missing = await run(["status", "--lang", "en", "--plan", "nope.xlsx"]);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(`The plan ${path.join(missing.cwd, "nope.xlsx")} could not be opened: check the path.\n`);
    const folder = tempFolder();
    expect((await run(["init", "--example", "--lang", "en", "--out", "plan.xlsx"], folder)).out).toContain("Wrote the example municipality's plan");
    const status = await run(["status", "--lang", "en", "--plan", "plan.xlsx"], folder);
    expect(status.out).toContain("Indicator statuses (units, divisions and the municipality):");
    expect(status.out).toContain("Result goals:");
  });

  it("init writes a plan that reads back without problems, and will not overwrite without --force", async () => {
    const folder = tempFolder();
    expect((await run(["init", "--example", "--out", "plan.xlsx"], folder)).code).toBe(0);
    const read = readPlan(await readWorkbook(readFileSync(path.join(folder, "plan.xlsx"))));
    expect(read.problems).toEqual([]);
    expect(read.plan.indicators).toHaveLength(61);
    const again = await run(["init", "--out", "plan.xlsx"], folder);
    expect(again.code).toBe(1);
    expect(again.err).toContain("--force");
  });
});

describe("puls demo", () => {
  let result: Awaited<ReturnType<typeof run>>;
  let folder: string;

  beforeAll(async () => {
    folder = tempFolder();
    result = await run(["demo", "--out", "demo"], folder);
  }, 120_000);

  it("completes, names the two missing units and every planted problem", () => {
    expect(result.code).toBe(0);
    for (const unit of NOT_REPORTED) expect(result.out).toContain(`(${unit})`);
    for (const unit of [PLANTED.textInNumbers, PLANTED.overdueAction, PLANTED.duplicate, PLANTED.percentAs85, PLANTED.noComments]) expect(result.out).toContain(`[${unit}]`);
    expect(result.out).toContain("Ekbackens skola.xlsx, _puls"); // the old template
    expect(result.out).toContain(`Sena: ${PLANTED.late}`);
    expect(result.out).toContain('"12,5" var skrivet som text med decimalkomma');
  });

  it("writes the plan, a template per reporting unit, the units' files and the consolidated workbook", () => {
    const demo = path.join(folder, "demo");
    expect(readdirSync(path.join(demo, "mallar"))).toHaveLength(38);
    expect(readdirSync(path.join(demo, "inlamnat"))).toHaveLength(37);
    expect(existsSync(path.join(demo, "Exempelkommun plan 2026.xlsx"))).toBe(true);
    expect(existsSync(path.join(demo, `Sammanställning ${EXAMPLE_PERIOD}.xlsx`))).toBe(true);
    expect(readdirSync(demo).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("writes statuses in Status that are the core's, for every organisation and indicator", async () => {
    const grid = await readWorkbook(readFileSync(path.join(folder, "demo", `Sammanställning ${EXAMPLE_PERIOD}.xlsx`)));
    const sheet = grid.sheets.find((s) => s.name === "Status");
    const utfall = grid.sheets.find((s) => s.name === "Utfall");
    const plan = examplePlan();
    const collected = (utfall?.rows.slice(1) ?? []).map((row) => ({
      indicator: cellText(row[0]),
      organisation: cellText(row[1]),
      period: cellText(row[2]),
      actual: typeof row[3] === "number" ? row[3] : null,
      women: null,
      men: null,
      comment: "",
      source: "",
      loadedAt: "",
      at: {},
    }));
    const expected = evaluate(plan, EXAMPLE_PERIOD, collected).statuses.map((s) => [s.organisation, s.indicator, STATUS_LABELS.sv[s.status]]);
    const written = (sheet?.rows.slice(1) ?? []).map((row) => [row[0], row[1], row[6]]);
    expect(written).toEqual(expected);
    expect(new Set(written.map((row) => row[2]))).toEqual(new Set(["Grön", "Gul", "Röd", "Saknas"]));
  });

  (hasLibreOffice ? it : it.skip)("writes files that open in LibreOffice", () => {
    const demo = path.join(folder, "demo");
    for (const file of ["Exempelkommun plan 2026.xlsx", `Sammanställning ${EXAMPLE_PERIOD}.xlsx`, path.join("mallar", "2026-D Hemtjänst Norr.xlsx")]) {
      expect(toPdf(readFileSync(path.join(demo, file)), "book.xlsx").subarray(0, 5).toString()).toBe("%PDF-");
    }
  }, 120_000);

  it("gives the same summary through puls status from the consolidated workbook", async () => {
    const status = await run(["status", "--plan", path.join("demo", "Exempelkommun plan 2026.xlsx"), "--data", path.join("demo", `Sammanställning ${EXAMPLE_PERIOD}.xlsx`)], folder);
    expect(status.code).toBe(0);
    const statusLines = (text: string) => text.split("\n").filter((line) => /^(Inrapportering| {2}Grön| {2}Uppfyllt|Avvikelser)/.test(line));
    expect(statusLines(status.out)).toEqual(statusLines(result.out));
  });

  it("collects from a glob into a copy of the plan, with the period's outcomes appended to its Utfall", async () => {
    const collected = await run(["collect", "--plan", path.join("demo", "Exempelkommun plan 2026.xlsx"), "--out", "plan-med-utfall.xlsx", "--into-plan", "--date", "2026-09-21", "demo/inlamnat/*Hemtjänst*.xlsx"], folder);
    expect(collected.code).toBe(0);
    const grid = await readWorkbook(readFileSync(path.join(folder, "plan-med-utfall.xlsx")));
    expect(grid.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Inställningar", "Nyckeltal", "Utfall", "Inrapporteringsstatus", "Avvikelser", "Status", "Målbedömning"]));
    const read = readPlan(grid);
    expect(read.problems).toEqual([]);
    const current = read.plan.actuals.filter((a) => a.period === EXAMPLE_PERIOD);
    expect(new Set(current.map((a) => a.organisation))).toEqual(new Set(["OMS01", "OMS02", "OMS03", "OMS04"]));
    expect(read.plan.actuals.length).toBe(examplePlan().actuals.length + current.length);
  });

  it("prints machine-readable output with --json", async () => {
    const json = await run(["status", "--plan", path.join("demo", "Exempelkommun plan 2026.xlsx"), "--json"], folder);
    expect(JSON.parse(json.out)).toMatchObject({ municipality: "Exempelkommun", period: EXAMPLE_PERIOD });
  });

  it("writes the reports the interim period calls for into demo/rapporter (no annual report) and names them", () => {
    const reports = readdirSync(path.join(folder, "demo", "rapporter")).sort();
    // With the reports, their log (docs/reports.md, Underlag and sign-off).
    expect(reports).toEqual(["Checklista 2026-D.xlsx", "Delårsrapport 2026-D.docx", "Delårsrapport 2026-D.xlsx", "Logg 2026-D.xlsx", "Politisk analys 2026-D.docx", "Politisk analys 2026-D.xlsx", "Verksamhetsrapport 2026-D.xlsx"]);
    for (const name of reports) expect(result.out).toContain(path.join("rapporter", name));
  });

  it("writes a report from the plan and the consolidated workbook, the same as the demo's", async () => {
    const plan = path.join("demo", "Exempelkommun plan 2026.xlsx");
    const data = path.join("demo", `Sammanställning ${EXAMPLE_PERIOD}.xlsx`);
    const made = await run(["report", "verksamhetsrapport", "--plan", plan, "--data", data, "--out", "egna", "--json"], folder);
    expect(made.code).toBe(0);
    const written = JSON.parse(made.out) as { files: { report: string; format: string; path: string }[] };
    expect(written.files.map((f) => [f.report, f.format])).toEqual([["operational", "xlsx"]]);
    // The same sheets and cells as the demo's report, which was made from the collection in memory.
    const mine = await readWorkbook(readFileSync(written.files[0]?.path ?? ""));
    const demos = await readWorkbook(readFileSync(path.join(folder, "demo", "rapporter", "Verksamhetsrapport 2026-D.xlsx")));
    expect(mine.sheets.map((sheet) => sheet.name)).toEqual(demos.sheets.map((sheet) => sheet.name));
    for (const name of ["Utbildning", "Nyckeltal", "Handlingsplaner", "Analyser"]) {
      expect(mine.sheets.find((sheet) => sheet.name === name)?.rows).toEqual(demos.sheets.find((sheet) => sheet.name === name)?.rows);
    }
  });

  it("says which report names and formats exist when given others", async () => {
    const plan = path.join("demo", "Exempelkommun plan 2026.xlsx");
    const unknown = await run(["report", "budget", "--plan", plan, "--out", "x"], folder);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("Okänd rapport: budget.");
    const format = await run(["report", "alla", "--plan", plan, "--out", "x", "--format", "html"], folder);
    expect(format.code).toBe(2);
    expect(format.err).toContain('--format tar xlsx, docx, pdf eller flera med kommatecken (xlsx,docx), inte "html".');
    const wordOnly = await run(["report", "verksamhetsrapport", "--plan", plan, "--out", "x", "--format", "docx", "--lang", "en"], folder);
    expect(wordOnly.code).toBe(2);
    expect(wordOnly.err).toContain("The operational report is a workbook only: use --format xlsx.");
  });

  it("writes English reports with --lang en", async () => {
    // From the consolidated workbook: the plan's own Utfall has no 2026-D outcomes, and an interim report without them is refused.
    const made = await run(["report", "delarsrapport", "--plan", path.join("demo", "Exempelkommun plan 2026.xlsx"), "--data", path.join("demo", `Sammanställning ${EXAMPLE_PERIOD}.xlsx`), "--out", "en", "--format", "xlsx", "--lang", "en"], folder);
    expect(made.code).toBe(0);
    const book = await readWorkbook(readFileSync(path.join(folder, "en", `Interim report ${EXAMPLE_PERIOD}.xlsx`)));
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(["About", "Overview", "Result goals", "Indicators", "Charts", "Financial goals", "Forecast"]);
  });
});
