/**
 * The whole wizard in a real browser (headless Chromium, Debian's package), outside Office, on the
 * production build served locally, with office.js from the npm package and every other
 * off-machine request aborted. It walks the demo's cycle as a controller would: plan and period,
 * templates, the units' workbooks, review, one assessment, two reports; checks the downloaded
 * files; runs axe-core on every step; saves a screenshot of each step in out/screenshots/wizard.
 * Then it times collecting the 300-unit benchmark set in the browser against the CLI (printed).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import axe from "axe-core";
import { unzipSync } from "fflate";
import type { Browser, Download, Page } from "playwright-core";
import { runDemo, type DemoResult } from "../../src/app/node/demo";
import { readWorkbookValues } from "../../src/workbook/xlsx-values-reader";
import { readPlan } from "../../src/workbook/plan/read-plan";
import { cellText } from "../../src/workbook/grid";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import { planWorkbook } from "../../src/workbook/plan/write-plan";
import { benchPlan, generate } from "../../bench/bench-set";
import { hasChromium, launchChromium, offline, serveFolder } from "../support/browser";

const describeInBrowser = hasChromium ? describe : describe.skip;
if (!hasChromium) console.warn("Wizard browser test skipped: no Chromium at /usr/bin/chromium (apt-get install chromium, or set PULS_CHROMIUM).");

const root = path.resolve(__dirname, "../..");
const shots = path.join(root, "out", "screenshots", "wizard");

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** axe-core on the page as it is; returns the serious and critical violations. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (globalThis as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations;
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`);
}

async function checkStep(page: Page, name: string): Promise<void> {
  // As the user sees the step once its work is done (the spinner gone, the buttons enabled again).
  await page.locator(".fui-Spinner").waitFor({ state: "detached" });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true, animations: "disabled" });
  expect({ step: name, violations: await seriousViolations(page) }).toEqual({ step: name, violations: [] });
  // Nothing wider than the task pane: no horizontal scrolling at 320 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
}

/** Clicks and collects the downloads the click starts (`count` of them), saved into `folder`. */
async function downloadsOf(page: Page, click: () => Promise<void>, count: number, folder: string): Promise<string[]> {
  const downloads: Download[] = [];
  const all = new Promise<void>((resolve) => {
    const take = (download: Download) => {
      downloads.push(download);
      if (downloads.length === count) {
        page.off("download", take);
        resolve();
      }
    };
    page.on("download", take);
  });
  await click();
  await all;
  const files: string[] = [];
  for (const download of downloads) {
    const file = path.join(folder, download.suggestedFilename());
    await download.saveAs(file);
    files.push(file);
  }
  return files;
}

const textOfDocx = (file: string) => new TextDecoder().decode(unzipSync(readFileSync(file))["word/document.xml"]).replace(/<[^>]+>/g, "");
const allCellTexts = (file: string) => readWorkbookValues(readFileSync(file)).sheets.flatMap((s) => s.rows.flat().map(String));

describeInBrowser("the wizard in a plain browser", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  let demo: DemoResult;
  let work: string;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    work = mkdtempSync(path.join(tmpdir(), "puls-wizard-"));
    demo = await runDemo(path.join(work, "demo"), { now: "2026-09-21T09:00:00" });
    server = await serveFolder(path.join(root, "dist"));
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openWizard(): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({ viewport: { width: 320, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      // Requests to the internet are aborted on purpose, and the page's policy forbids office.js's
      // telemetry frame: both are expected here.
      const expected = message.text().includes("net::ERR_FAILED") || message.text().startsWith("Framing 'https://telemetryservice.");
      if (message.type() === "error" && !expected) problems.push(`console: ${message.text()}`);
    });
    await offline(page);
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole("navigation", { name: "Steg" }).waitFor();
    return { page, problems };
  }

  it("goes from the demo's plan and unit files to a political analysis and an interim report, and checks them", async () => {
    const { page, problems } = await openWizard();
    const saved = path.join(work, "saved");
    mkdirSync(saved, { recursive: true });

    // 1 Plan och period. The file picker is reachable with the keyboard alone.
    await checkStep(page, "0-start");
    let focused = "";
    for (let presses = 0; presses < 15 && focused !== "Välj planens arbetsbok (.xlsx)"; presses++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
    }
    expect(focused).toBe("Välj planens arbetsbok (.xlsx)");
    // Enter on it opens the file picker: the (hidden) file input is clicked. The dialog itself is
    // held back here, so nothing waits on a native window.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[type="file"]');
      input?.addEventListener("click", (event) => {
        event.preventDefault();
        document.body.dataset.picker = input.multiple ? "multiple" : "single";
      });
    });
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.body.dataset.picker !== undefined);
    expect(await page.evaluate(() => document.body.dataset.picker)).toBe("single");
    await page.getByLabel("Välj planens arbetsbok (.xlsx)").setInputFiles(demo.planFile);
    await page.getByRole("heading", { name: /Exempelkommun 2026/ }).waitFor();
    await page.getByLabel("Period", { exact: true }).selectOption("2026-D");
    expect(await page.locator(".health").textContent()).toMatch(/kontrollerad|fel och/);
    await checkStep(page, "1-plan-och-period");

    // 2 Inrapporteringsmallar: one file per unit, in a zip
    await page.getByRole("button", { name: "Nästa", exact: true }).click();
    await page.getByRole("heading", { name: /Inrapporteringsmallar/ }).waitFor();
    const [zip] = await downloadsOf(page, () => page.getByRole("button", { name: /en fil per enhet/ }).click(), 1, saved);
    const templates = Object.keys(unzipSync(readFileSync(zip ?? "")));
    expect(templates).toHaveLength(demo.templates);
    expect(templates.every((name) => name.startsWith("2026-D ") && name.endsWith(".xlsx"))).toBe(true);
    await checkStep(page, "2-inrapporteringsmallar");

    // 3 Hämta in: files dragged onto the drop zone are taken (only .xlsx) ...
    await page.getByRole("button", { name: "Nästa", exact: true }).click();
    const inputs = readdirSync(demo.inputsFolder).map((name) => path.join(demo.inputsFolder, name));
    const dropped = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      for (const name of ["2026-D Biblioteket.xlsx", "2026-D Kundcenter.xlsx", "anteckningar.txt"]) transfer.items.add(new File([new Uint8Array([80, 75])], name));
      return transfer;
    });
    await page.getByRole("group", { name: "Släppyta för enheternas arbetsböcker" }).dispatchEvent("drop", { dataTransfer: dropped });
    await page.getByText("2 filer valda").waitFor();
    // ... and so are the files a controller picks: every submitted file.
    await page.getByLabel("Välj filer").setInputFiles(inputs);
    await page.getByText(`${inputs.length} filer valda`).waitFor();
    await page.getByRole("button", { name: "Hämta in", exact: true }).click();
    const done = await page.getByText(/^Klart: /).textContent({ timeout: 60_000 });
    expect(done).toMatch(new RegExp(`^Klart: ${inputs.length} filer lästa, \\d+ problem hittade`));
    await checkStep(page, "3-hamta-in");

    // 4 Granska: the two missing units and the planted problems
    await page.getByRole("button", { name: "Nästa", exact: true }).click();
    const missing = page.locator('tr[data-state="missing"]');
    expect(await missing.allTextContents()).toEqual([expect.stringContaining("Lärkans förskola"), expect.stringContaining("Kundcenter")]);
    const problemsText = (await page.locator("ul.problems").textContent()) ?? "";
    expect(problemsText).toContain("2026-D Hemtjänst Syd.xlsx");
    expect(problemsText).toContain("Lindgårdens äldreboende");
    await page.getByLabel("Sök (enhet, fil, text)").fill("Ekbackens");
    const filtered = await page.locator("ul.problems > li").allTextContents();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((text) => text.includes("Ekbackens"))).toBe(true);
    await page.getByLabel("Sök (enhet, fil, text)").fill("");
    await page.getByLabel("Visa", { exact: true }).selectOption("error");
    expect((await page.locator("ul.problems > li").allTextContents()).every((text) => text.startsWith("Fel"))).toBe(true);
    await checkStep(page, "4-granska");

    // 5 Bedöm mål: an own assessment needs a justification
    await page.getByRole("button", { name: "Nästa", exact: true }).click();
    // R01, a result goal of the municipality: its assessment is in the annual report.
    const goalId = "R01";
    const goal = page.locator(`ul.goals > li[data-goal="${goalId}"]`).first();
    await goal.getByRole("button", { name: /Egen bedömning/ }).click();
    // The form starts from Puls's proposal, written from the outcomes; emptied, it cannot be saved.
    expect(await goal.getByLabel(/Motivering/).inputValue()).toMatch(/^Målet bedöms som /);
    await goal.getByText(/Förslag från Puls/).waitFor();
    await goal.getByLabel(/Egen bedömning/).selectOption("partlyMet");
    await goal.getByLabel(/Motivering/).fill("");
    await goal.getByRole("button", { name: "Spara bedömningen" }).click();
    await goal.getByText("Skriv en motivering").waitFor();
    const justification = "Bedömt i samråd med förvaltningen: =HYPERLINK(\"x\") <b>ej fetstil</b>";
    await goal.getByLabel(/Motivering/).fill(justification);
    await goal.getByLabel("Bedömd av").fill("Controller Testsson");
    await goal.getByRole("button", { name: "Spara bedömningen" }).click();
    await page.getByText("Bedömningen är sparad.").waitFor();
    expect(await goal.locator("dl.facts").textContent()).toContain(justification);
    // The goals with an own assessment: this one and those the plan's Bedömningar already had.
    await page.getByLabel("Visa mål", { exact: true }).selectOption("own");
    const own = await page.locator("ul.goals > li").evaluateAll((items) => items.map((item) => item.getAttribute("data-goal")));
    const earlier = demo.plan.assessments.filter((a) => a.period === "2026-D").map((a) => a.goal);
    expect(new Set(own)).toEqual(new Set([goalId, ...earlier]));
    await checkStep(page, "5-bedom-mal");

    // 6 Rapporter: the political analysis and the interim report (the period is an interim one), each as
    // workbook and document; the annual report is offered only as a draft, with the reason.
    await page.getByRole("button", { name: "Nästa", exact: true }).click();
    await page.getByRole("button", { name: "Skapa utkast: Årsredovisning" }).waitFor();
    expect(await page.getByRole("button", { name: "Skapa: Årsredovisning" }).count()).toBe(0);
    await page.getByText("Årsredovisningen görs för ett helår; perioden 2026-D är ett delår.", { exact: false }).waitFor();
    const political = await downloadsOf(page, () => page.getByRole("button", { name: "Skapa: Politisk analys" }).click(), 2, saved);
    expect(political.map((f) => path.basename(f)).sort()).toEqual(["Politisk analys 2026-D.docx", "Politisk analys 2026-D.xlsx"]);
    const annual = await downloadsOf(page, () => page.getByRole("button", { name: "Skapa: Delårsrapport" }).click(), 2, saved);
    expect(annual.map((f) => path.basename(f)).sort()).toEqual(["Delårsrapport 2026-D.docx", "Delårsrapport 2026-D.xlsx"]);
    await checkStep(page, "6-rapporter");

    // The files: the assessment and its justification (as text) in the interim report, charts as pictures.
    const annualXlsx = annual.find((f) => f.endsWith(".xlsx")) ?? "";
    const annualDocx = annual.find((f) => f.endsWith(".docx")) ?? "";
    const goalsSheet = readWorkbookValues(readFileSync(annualXlsx)).sheets.find((s) => s.name === "Resultatmål");
    const goalRow = goalsSheet?.rows.find((row) => row[1] === goalId);
    expect(goalRow).toContain("Delvis uppfyllt");
    expect(goalRow).toContain(justification);
    expect(allCellTexts(political.find((f) => f.endsWith(".xlsx")) ?? "")).toContain(justification);
    const docxEntries = Object.keys(unzipSync(readFileSync(annualDocx)));
    expect(docxEntries.filter((name) => name.startsWith("word/media/") && name.endsWith(".png")).length).toBeGreaterThan(1);
    expect(textOfDocx(annualDocx)).toContain("Exempelkommun");
    expect(textOfDocx(political.find((f) => f.endsWith(".docx")) ?? "")).toContain("Politisk analys");
    expect(problems).toEqual([]);

    // 7 Planera nästa år: the plan for 2027 saved, with the assessment and the collected outcomes as
    // history, and the findings shown goal by goal as its sheet Inför planeringen lists them.
    await page.getByRole("button", { name: "Nästa", exact: true }).click();
    await page.getByText("Utfallen som hämtats in för 2026-D följer med som historik.").waitFor();
    await page.getByLabel("Året den nya planen gäller").fill("2027");
    const [nextFile] = await downloadsOf(page, () => page.getByRole("button", { name: "Skapa planen för 2027" }).click(), 1, saved);
    expect(path.basename(nextFile ?? "")).toBe("Exempelkommun plan 2027.xlsx");
    await page.getByRole("list", { name: "Inför planeringen, per mål" }).waitFor();
    const nextGrid = readWorkbookValues(readFileSync(nextFile ?? ""));
    const next = readPlan(nextGrid, "plan 2027");
    expect(next.problems).toEqual([]);
    expect(next.plan.settings).toMatchObject({ year: 2027, currentPeriod: "2027-T1" });
    expect(next.plan.assessments).toContainEqual(expect.objectContaining({ goal: goalId, period: "2026-D", assessment: "partlyMet", justification }));
    // About 170: each reporting unit's own indicators, less the two units that did not report.
    expect(next.plan.actuals.filter((row) => row.period === "2026-D").length).toBeGreaterThan(150);
    const planningSheet = nextGrid.sheets.find((sheet) => sheet.name === "Inför planeringen");
    const sheetGoals = [...new Set((planningSheet?.rows ?? []).slice(1).map((row) => cellText(row[0])).filter((goal) => goal !== ""))];
    const shownGoals = await page.locator("ul.findings > li").evaluateAll((items) => items.map((item) => item.getAttribute("data-goal")));
    expect(shownGoals.length).toBeGreaterThan(0);
    expect(shownGoals).toEqual(sheetGoals);
    await checkStep(page, "7-planera-nasta-ar");

    // The wizard remembers where the user was: the same plan again opens on the last step, with the assessment.
    await page.reload();
    await page.getByLabel("Välj planens arbetsbok (.xlsx)").setInputFiles(demo.planFile);
    await page.getByRole("heading", { name: /Steg 7 av 7/ }).waitFor();
    await page.context().close();
  }, 240_000);

  it("collects the 300-unit benchmark set in the browser and prints the time against the CLI's (measured, not asserted)", async () => {
    const folder = path.join(work, "bench", "inputs");
    await generate(300, folder);
    const planFile = path.join(work, "bench", "plan-300.xlsx");
    writeFileSync(planFile, await writeWorkbook(planWorkbook(benchPlan(300))));
    const files = readdirSync(folder).map((name) => path.join(folder, name));

    const cliStart = process.hrtime.bigint();
    const cli = spawnSync(process.execPath, [path.join(root, "bin", "puls.js"), "collect", "--plan", planFile, "--out", path.join(work, "bench", "out.xlsx"), "--date", "2026-09-21", folder], { encoding: "utf8" });
    const cliSeconds = Number(process.hrtime.bigint() - cliStart) / 1e9;
    expect(cli.status).toBe(0);

    const { page, problems } = await openWizard();
    await page.getByLabel("Välj planens arbetsbok (.xlsx)").setInputFiles(planFile);
    await page.getByRole("heading", { name: /Benchkommun 2026/ }).waitFor();
    await page.getByRole("button", { name: "3. Hämta in" }).click();
    await page.getByLabel("Välj filer").setInputFiles(files);
    await page.getByText("300 filer valda").waitFor();
    const browserStart = process.hrtime.bigint();
    await page.getByRole("button", { name: "Hämta in", exact: true }).click();
    // Progress is shown while the files are read.
    await page.getByText(/filer lästa/).first().waitFor();
    await page.getByText(/^Klart: 300 filer lästa/).waitFor({ timeout: 300_000 });
    const browserSeconds = Number(process.hrtime.bigint() - browserStart) / 1e9;
    expect(problems).toEqual([]);
    console.log(`Collecting 300 unit workbooks: CLI ${cliSeconds.toFixed(2)} s (whole process, incl. writing), browser ${browserSeconds.toFixed(2)} s (click to done): ${(browserSeconds / cliSeconds).toFixed(2)}× (target ≤ 2×).`);
    await page.context().close();
  }, 600_000);
});
