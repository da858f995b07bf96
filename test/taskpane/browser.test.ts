/**
 * The built task pane in a real browser (headless Chromium), outside Office: office.js loads,
 * Office.onReady reports no host, and the page shows the wizard's first step at task pane width.
 * Needs Debian's chromium (installed by .ci/run); skipped, saying so, where it is missing.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { hasChromium, launchChromium, offline, serveFolder } from "../support/browser";

const describeInBrowser = hasChromium ? describe : describe.skip;
if (!hasChromium) console.warn("Browser tests skipped: no Chromium at /usr/bin/chromium (apt-get install chromium, or set PULS_CHROMIUM).");

describeInBrowser("the task pane in a plain browser", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveFolder>>;

  beforeAll(async () => {
    server = await serveFolder(path.resolve(__dirname, "../../dist"));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("loads without errors at 320 px, shows the wizard in browser mode, and does not load functions.js or the file writers' chunk", async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      // Aborted requests to the internet and the policy's refusal of office.js's telemetry frame are expected.
      const expected = message.text().includes("net::ERR_FAILED") || message.text().startsWith("Framing 'https://telemetryservice.");
      if (message.type() === "error" && !expected) problems.push(`console: ${message.text()}`);
    });
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await offline(page);

    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole("navigation", { name: "Steg" }).waitFor();

    expect(await page.locator("h1").textContent()).toBe("Puls");
    expect(await page.getByRole("navigation", { name: "Steg" }).getByRole("button").count()).toBe(7);
    expect(await page.locator(".host").textContent()).toContain("Inget skickas någonstans");
    expect(await page.getByRole("heading", { level: 2 }).textContent()).toContain("Plan och period");
    expect(requested.some((url) => url.endsWith("/functions.js"))).toBe(false);
    // exceljs and docx wait until a step writes a file.
    expect(requested.some((url) => url.endsWith("/file-writers.js"))).toBe(false);
    // The switch at the top speaks English (as Excel does when Office's language is not Swedish).
    await page.getByLabel("Språk").selectOption("en");
    await page.getByRole("heading", { name: /Step 1 of 7/ }).waitFor();
    await page.getByRole("navigation", { name: "Steps" }).getByRole("button", { name: "2. Report templates" }).waitFor();
    expect(await page.locator(".host").textContent()).toContain("Nothing is sent anywhere");
    await page.getByLabel("Language").selectOption("sv");
    // Nothing wider than the task pane: no horizontal scrolling at 320 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(problems).toEqual([]);

    const shots = path.resolve(__dirname, "../../out/screenshots");
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, "taskpane-browser-320.png"), fullPage: true });
    await page.close();
  });
});
