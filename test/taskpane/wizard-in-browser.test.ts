/**
 * The whole wizard in a real browser (headless Chromium, Debian's package), outside Office, on the
 * production build served locally, with office.js from the npm package and every other
 * off-machine request aborted. It walks the demo's cycle as a controller would: plan and period
 * (a wrong file refused as the plan), templates, the units' workbooks (added in two picks and a
 * drop, one removed, the unreadable ones listed; first under the wrong period), review (the
 * triage), one assessment, two reports; steps 1–4 by keyboard alone; checks the downloaded
 * files; runs axe-core on every step (no violation of any impact); saves a screenshot of each
 * step at 350 px in out/screenshots/wizard and measures the longest task the page ran (printed).
 * Then it times collecting the 300-unit benchmark set in the browser against the CLI (printed),
 * after one collection is cancelled half-way with the pane locked meanwhile.
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

/** axe-core on the page as it is; returns every violation, of any impact. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (globalThis as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations;
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`);
}

async function checkStep(page: Page, name: string): Promise<void> {
  // As the user sees the step once its work is done (the spinner gone, the buttons enabled again).
  await page.locator(".fui-Spinner").waitFor({ state: "detached" });
  // Nothing wider than the narrowest task pane: no horizontal scrolling at 320 px.
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // Looked at as Excel's default pane width shows it.
  await page.setViewportSize({ width: 350, height: 800 });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true, animations: "disabled" });
  expect({ step: name, violations: await axeViolations(page) }).toEqual({ step: name, violations: [] });
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

/** The file input behind a pick button (hidden from the keyboard and from screen readers, so found by its button's label). */
const picker = (page: Page, label: string) => page.locator(`input[type="file"][data-pick="${label}"]`);

/** Tabs (at most `presses` times) until the focused element's text is `text`; returns what had focus on the way. */
async function tabTo(page: Page, text: string, presses = 40): Promise<string[]> {
  const passed: string[] = [];
  for (let n = 0; n < presses; n++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return element === null ? "" : `${element.tagName.toLowerCase()}${element instanceof HTMLInputElement ? `[${element.type}]` : ""}: ${element.textContent ?? ""}`;
    });
    passed.push(focused);
    if (focused.endsWith(`: ${text}`)) return passed;
  }
  throw new Error(`No ${text} within ${presses} tabs: ${passed.join(" | ")}`);
}

/** Moves to the next step with the keyboard alone: Tab to Nästa, Enter; focus lands on the new step's heading. */
async function nextByKeyboard(page: Page): Promise<void> {
  await tabTo(page, "Nästa", 200);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id === "step-title");
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
    const context = await browser.newContext({ viewport: { width: 350, height: 800 }, acceptDownloads: true });
    // The reminder list's copy button writes to the clipboard; the test reads it back.
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const page = await context.newPage();
    // Every task longer than 50 ms the page runs, for the longest to be read at the end.
    await page.addInitScript(() => {
      const tasks: number[] = [];
      (globalThis as unknown as { longTasks: number[] }).longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      }).observe({ type: "longtask", buffered: true });
    });
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

    // 1 Plan och period. The file picker is reachable with the keyboard alone, as one tab stop:
    // the hidden file input is never focused on the way.
    await checkStep(page, "0-start");
    const passed = await tabTo(page, "Välj planens arbetsbok (.xlsx)", 15);
    expect(passed.filter((focused) => focused.startsWith("input[file]"))).toEqual([]);
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
    await picker(page, "Välj planens arbetsbok (.xlsx)").setInputFiles(demo.planFile);
    await page.getByRole("heading", { name: /Exempelkommun 2026/ }).waitFor();
    await page.getByLabel("Period", { exact: true }).selectOption("2026-D");
    // A unit's template and a report picked as the plan are refused, said as what they are; the plan stays.
    const template = path.join(demo.templatesFolder, readdirSync(demo.templatesFolder).find((name) => name.includes("Norrskolan")) ?? "");
    await picker(page, "Välj planens arbetsbok (.xlsx)").setInputFiles(template);
    await page.getByText("Det här är en inrapporteringsmall för Norrskolan (2026-D), inte en plan", { exact: false }).waitFor();
    const report = demo.reports.map((r) => r.path).find((file) => file.endsWith(".xlsx")) ?? "";
    await picker(page, "Välj planens arbetsbok (.xlsx)").setInputFiles(report);
    await page.getByText(/^Det här är en rapport \(.+\), inte en plan/).waitFor();
    await page.getByRole("heading", { name: /Exempelkommun 2026/ }).waitFor();
    expect(await page.getByLabel("Period", { exact: true }).inputValue()).toBe("2026-D");
    expect(await page.locator(".health").textContent()).toMatch(/kontrollerad|fel och/);
    await checkStep(page, "1-plan-och-period");

    // 2 Inrapporteringsmallar: one file per unit, in a zip
    await nextByKeyboard(page);
    await page.getByRole("heading", { name: /Inrapporteringsmallar/ }).waitFor();
    const [zip] = await downloadsOf(page, () => page.getByRole("button", { name: /en fil per enhet/ }).click(), 1, saved);
    const templates = Object.keys(unzipSync(readFileSync(zip ?? "")));
    expect(templates).toHaveLength(demo.templates);
    expect(templates.every((name) => name.startsWith("2026-D ") && name.endsWith(".xlsx"))).toBe(true);
    await checkStep(page, "2-inrapporteringsmallar");

    // 3 Hämta in: files dragged onto the drop zone are taken (only .xlsx; the others listed with the reason) ...
    await nextByKeyboard(page);
    await page.getByText("Hämtningen gäller perioden 2026-D", { exact: false }).waitFor();
    const inputs = readdirSync(demo.inputsFolder).map((name) => path.join(demo.inputsFolder, name));
    const dropped = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      for (const name of ["2026-D Biblioteket.xlsx", "2026-D Kundcenter.xlsx", "anteckningar.txt", "gammal.xls", "makron.xlsm"]) transfer.items.add(new File([new Uint8Array([80, 75])], name));
      return transfer;
    });
    await page.getByRole("group", { name: "Släppyta för enheternas arbetsböcker" }).dispatchEvent("drop", { dataTransfer: dropped });
    await page.getByText("2 filer valda").waitFor();
    const refused = await page.getByRole("list", { name: "Filer som inte kan läsas" }).locator("li").allTextContents();
    expect(refused).toEqual([expect.stringMatching(/^anteckningar\.txt är ingen Excel-arbetsbok/), expect.stringMatching(/^gammal\.xls är det gamla Excel-formatet/), expect.stringMatching(/^makron\.xlsm är en arbetsbok med makron/)]);
    // ... each chosen file can be removed ...
    await page.getByRole("button", { name: "Ta bort 2026-D Biblioteket.xlsx" }).click();
    await page.getByRole("button", { name: "Ta bort 2026-D Kundcenter.xlsx" }).click();
    await page.getByText("0 filer valda").waitFor();
    // ... and the files a controller picks add up over two picks: every submitted file.
    const half = Math.floor(inputs.length / 2);
    await picker(page, "Välj filer").setInputFiles(inputs.slice(0, half));
    await page.getByText(`${half} filer valda`).waitFor();
    await picker(page, "Välj filer").setInputFiles(inputs.slice(half));
    await page.getByText(`${inputs.length} filer valda`).waitFor();
    expect(await page.getByRole("list", { name: "Valda filer" }).locator("li").count()).toBe(inputs.length);
    // Collected under the wrong period (2026-T1, chosen in step 1), the files' own period is said
    // once and the switch offered; nothing is collected meanwhile.
    await page.getByRole("button", { name: /^1\. Plan och period/ }).click();
    await page.getByLabel("Period", { exact: true }).selectOption("2026-T1");
    await page.getByRole("button", { name: /^3\. Hämta in/ }).click();
    await page.getByText("Hämtningen gäller perioden 2026-T1", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Hämta in", exact: true }).click();
    await page.getByText(new RegExp(`^\\d+ av ${inputs.length} filer gäller perioden 2026-D, men vald period är 2026-T1\\.`)).waitFor({ timeout: 60_000 });
    expect(await page.getByText(/^Klart: /).count()).toBe(0);
    await page.getByRole("button", { name: "Byt till 2026-D och hämta in" }).click();
    const done = await page.getByText(/^Klart: /).textContent({ timeout: 60_000 });
    expect(done).toMatch(new RegExp(`^Klart: ${inputs.length} filer lästa, \\d+ problem hittade, 2 enheter har inte lämnat in`));
    await page.getByText("Hämtningen gäller perioden 2026-D", { exact: false }).waitFor();
    // Focus lands on the result, not on the page's body (moved there on the frame after the notice renders).
    await page.waitForFunction(() => document.activeElement?.closest(".notice")?.textContent?.startsWith("Klart: ") === true, undefined, { timeout: 5_000 });
    await checkStep(page, "3-hamta-in");

    // 4 Granska: the overview first (the chosen organisation's board: colours, assessments, the goal tree down to unit)
    await nextByKeyboard(page);
    const overview = page.locator("section.overview");
    expect(await overview.getByRole("list", { name: "Nyckeltalens värden per färg" }).textContent()).toMatch(/Röd: \d+.*Gul: \d+.*Grön: \d+/);
    const municipalGreen = Number(/Grön: (\d+)/.exec((await overview.getByRole("list", { name: "Nyckeltalens värden per färg" }).textContent()) ?? "")?.[1]);
    await overview.getByLabel("Organisation", { exact: true }).selectOption({ label: "Utbildning" });
    const divisionGreen = Number(/Grön: (\d+)/.exec((await overview.getByRole("list", { name: "Nyckeltalens värden per färg" }).textContent()) ?? "")?.[1]);
    expect(divisionGreen).toBeGreaterThan(0);
    expect(divisionGreen).toBeLessThan(municipalGreen);
    expect(await overview.getByRole("list", { name: "Målen per bedömning" }).textContent()).toContain("Uppfyllt: ");
    // Drill-down: vision and area open, then a result goal, a division goal, an indicator, its units.
    const tree = overview.getByRole("list", { name: "Målen för Utbildning, från vision till enhet" });
    await tree.locator('li[data-goal="R01"] > details > summary').click();
    await tree.locator('li[data-goal="F01"] > details > summary').click();
    await tree.locator('li[data-goal="F01"] ul.tree-indicators > li > details > summary').first().click();
    const units = tree.locator('li[data-goal="F01"] table.tree-units').first();
    expect(await units.locator("tbody th").allTextContents()).toContain("Norrskolan");
    expect(await units.locator("tbody td").allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^(Grön|Gul|Röd|Saknas)$/)]));
    await checkStep(page, "4-granska-oversikt");

    // Then the triage (the two missing units by name with whom to remind, the counts, errors per unit), the table and the planted problems
    expect(await page.locator(".triage-missing .unit-name").allTextContents()).toEqual(["Lärkans förskola", "Kundcenter"]);
    const reminded = await page.getByRole("list", { name: "Enheter att påminna" }).locator("li").allTextContents();
    expect(reminded.every((line) => /@/.test(line))).toBe(true);
    const mailto = (await page.getByRole("link", { name: /^Skriv påminnelsen till 2 enheter/ }).getAttribute("href")) ?? "";
    expect(mailto).toMatch(/^mailto:\?bcc=[^&]+%40[^&]+,[^&]+%40[^&]+&subject=P%C3%A5minnelse/);
    await page.getByRole("button", { name: "Kopiera listan" }).click();
    await page.getByText("Listan är kopierad", { exact: false }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Lärkans förskola\t[^\t]+\t\S+@\S+\nKundcenter\t/);
    expect(await page.getByRole("list", { name: "Enheter per status" }).textContent()).toContain("Saknas: 2");
    await page.getByText("Sen: inlämnad efter sista dag (2026-09-15), enligt enhetens egen markering", { exact: false }).waitFor();
    expect((await page.locator("details.unit-problems summary").allTextContents()).length).toBeGreaterThan(0);
    // Every "has not handed in" names its unit: one line per missing unit, none alike.
    const notReported = (await page.locator("ul.problems > li").allTextContents()).filter((text) => text.includes("inte lämnat in"));
    expect(notReported.map((text) => (text.includes("Lärkans förskola") ? "Lärkans förskola" : text.includes("Kundcenter") ? "Kundcenter" : text)).sort()).toEqual(["Kundcenter", "Lärkans förskola"]);
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
    // Each term is explained in one line.
    expect(await page.getByRole("definition").filter({ hasText: /^Hur stor del av dem/ }).count()).toBe(1);
    // Avbryt closes the form and stores nothing.
    await goal.getByRole("button", { name: /Egen bedömning/ }).click();
    await goal.getByLabel(/Egen bedömning/).selectOption("notMet");
    await goal.getByRole("button", { name: "Avbryt" }).click();
    expect(await goal.locator(".editor").count()).toBe(0);
    expect(await goal.locator("dl.facts").textContent()).not.toContain("Gäller");
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
    // The confirmation stands beside the goal edited.
    await goal.getByRole("status").filter({ hasText: "Bedömningen är sparad." }).waitFor();
    expect(await goal.locator("dl.facts").textContent()).toContain(justification);
    // The goals with an own assessment: this one and those the plan's Bedömningar already had.
    await page.getByLabel("Visa mål", { exact: true }).selectOption("own");
    const own = await page.locator("ul.goals > li").evaluateAll((items) => items.map((item) => item.getAttribute("data-goal")));
    const earlier = demo.plan.assessments.filter((a) => a.period === "2026-D").map((a) => a.goal);
    expect(new Set(own)).toEqual(new Set([goalId, ...earlier]));
    await checkStep(page, "5-bedom-mal");
    // All goals: the tree from vision to division goal, each goal with its colour and its form.
    await page.getByLabel("Visa mål", { exact: true }).selectOption("all");
    const allGoals = page.getByRole("list", { name: "Alla mål, från vision till verksamhetsmål" });
    const r01 = allGoals.locator(`li[data-goal="${goalId}"]`).first();
    expect(await r01.locator("summary").first().textContent()).toContain("Delvis uppfyllt");
    expect(await r01.locator('li[data-goal="F01"] summary').first().textContent()).toMatch(/Verksamhetsmål, Utbildning/);
    expect(await r01.locator('li[data-goal="F01"]').getByRole("button", { name: /^Egen bedömning: F01/ }).count()).toBe(1);
    expect(await allGoals.locator("> li").first().getAttribute("data-goal")).toBe("V");
    await checkStep(page, "5-bedom-mal-trad");

    // 6 Rapporter: the political analysis and the interim report (the period is an interim one), each as
    // workbook and document; the annual report is offered only as a draft, with the reason.
    await page.getByRole("button", { name: "Nästa", exact: true }).click();
    await page.getByRole("button", { name: "Skapa utkast: Årsredovisning" }).waitFor();
    expect(await page.getByRole("button", { name: "Skapa: Årsredovisning" }).count()).toBe(0);
    await page.getByText("Årsredovisningen görs för ett helår; perioden 2026-D är ett delår.", { exact: false }).waitFor();
    // One primary button: the interim period's own report.
    // (Fluent marks no appearance in a class: a primary button is the one filled with the brand colour, the others white.)
    const filled = await page.locator("ul.reports button").evaluateAll((buttons) => buttons.filter((b) => getComputedStyle(b).backgroundColor !== "rgb(255, 255, 255)").map((b) => b.getAttribute("aria-label")));
    expect(filled).toEqual(["Skapa: Delårsrapport"]);
    await page.evaluate(() => (globalThis as unknown as { longTasks: number[] }).longTasks.splice(0));
    // The reports are built in the report worker, not on the page's thread.
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(worker.url()));
    const political = await downloadsOf(page, () => page.getByRole("button", { name: "Skapa: Politisk analys" }).click(), 2, saved);
    expect(political.map((f) => path.basename(f)).sort()).toEqual(["Politisk analys 2026-D.docx", "Politisk analys 2026-D.xlsx"]);
    const annual = await downloadsOf(page, () => page.getByRole("button", { name: "Skapa: Delårsrapport" }).click(), 2, saved);
    expect(annual.map((f) => path.basename(f)).sort()).toEqual(["Delårsrapport 2026-D.docx", "Delårsrapport 2026-D.xlsx"]);
    const longest = Math.max(0, ...(await page.evaluate(() => (globalThis as unknown as { longTasks: number[] }).longTasks)));
    console.log(`Longest task while the political analysis and the interim report were made: ${Math.round(longest)} ms (target ≤ 200 ms).`);
    expect(workers).toEqual([expect.stringMatching(/\/report-worker\.js$/)]);
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
    await page.evaluate(() => (globalThis as unknown as { longTasks: number[] }).longTasks.splice(0));
    const [nextFile] = await downloadsOf(page, () => page.getByRole("button", { name: "Skapa planen för 2027" }).click(), 1, saved);
    expect(path.basename(nextFile ?? "")).toBe("Exempelkommun plan 2027.xlsx");
    await page.getByRole("list", { name: "Inför planeringen, per mål" }).waitFor();
    const longestNext = Math.max(0, ...(await page.evaluate(() => (globalThis as unknown as { longTasks: number[] }).longTasks)));
    console.log(`Longest task while next year's plan was made: ${Math.round(longestNext)} ms (target ≤ 200 ms).`);
    // The same worker, kept from the reports.
    expect(workers).toHaveLength(1);
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
    await picker(page, "Välj planens arbetsbok (.xlsx)").setInputFiles(demo.planFile);
    await page.getByRole("heading", { name: /Steg 7 av 7/ }).waitFor();
    await page.context().close();
  }, 240_000);

  it("starts a new plan in the pane from the example, as puls init --example does: saved and opened as the plan", async () => {
    const { page, problems } = await openWizard();
    const saved = path.join(work, "new-plan");
    mkdirSync(saved, { recursive: true });
    const [example] = await downloadsOf(page, () => page.getByRole("button", { name: "Exempelkommunens plan" }).click(), 1, saved);
    await page.getByRole("heading", { name: "Exempelkommun 2026 (Exempelkommun plan.xlsx)" }).waitFor();
    await page.getByText("Exempelplanen är sparad som Exempelkommun plan.xlsx", { exact: false }).waitFor();
    const read = readPlan(readWorkbookValues(readFileSync(example ?? "")));
    expect(read.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(read.plan.goals.length).toBeGreaterThan(0);
    await checkStep(page, "1-ny-plan");
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

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
    await picker(page, "Välj planens arbetsbok (.xlsx)").setInputFiles(planFile);
    await page.getByRole("heading", { name: /Benchkommun 2026/ }).waitFor();
    await page.getByRole("button", { name: /^3\. Hämta in/ }).click();
    await picker(page, "Välj filer").setInputFiles(files);
    await page.getByText("300 filer valda").waitFor();
    // While the files are read, nothing that would change the work can be used; Avbryt stops it
    // between two files, and nothing is collected.
    await page.getByRole("button", { name: "Hämta in", exact: true }).click();
    await page.getByText(/filer lästa/).first().waitFor();
    for (const locked of [page.getByRole("button", { name: /^1\. Plan och period/ }), page.getByRole("button", { name: "Nästa", exact: true }), page.getByRole("button", { name: "Föregående", exact: true }), page.getByRole("button", { name: "Välj filer" }), page.getByRole("button", { name: "Ta bort", exact: false }).first(), page.getByLabel("Språk")]) {
      expect(await locked.isDisabled()).toBe(true);
    }
    await page.screenshot({ path: path.join(shots, "3b-hamta-in-pagar.png"), fullPage: true, animations: "disabled" });
    await page.getByRole("button", { name: "Avbryt", exact: true }).click();
    await page.getByText("Avbrutet: inget har sparats eller ändrats.").waitFor({ timeout: 60_000 });
    expect(await page.getByRole("button", { name: "Nästa", exact: true }).isDisabled()).toBe(false);
    await page.getByRole("button", { name: /^4\. Granska/ }).click();
    await page.getByText("Hämta först in enheternas underlag i steg 3.").waitFor();
    await page.getByRole("button", { name: /^3\. Hämta in/ }).click();
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
