/**
 * The workbook layer in a browser: bundled for the web (exceljs's browser build, see
 * build/browser-workbook.js) and run in headless Chromium, it writes a template and reads it back
 * with both adapters, and reads a plan, as in Node.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import webpack from "webpack";
import type { Browser } from "playwright-core";
import { hasChromium, launchChromium, offline, serveFolder } from "../support/browser";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own CommonJS helper
const { browserWorkbookResolve } = require("../../build/browser-workbook") as { browserWorkbookResolve: webpack.ResolveOptions };

function bundle(folder: string): Promise<void> {
  const compiler = webpack({
    mode: "production",
    target: "web",
    entry: path.resolve(__dirname, "../browser/workbook-in-browser.ts"),
    output: { path: folder, filename: "bundle.js" },
    resolve: { extensions: [".ts", ".js"], ...browserWorkbookResolve },
    module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { configFile: path.resolve(__dirname, "../../tsconfig.build.json"), onlyCompileBundledFiles: true } } }] },
    performance: { hints: false },
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error !== null && error !== undefined) reject(error);
      else if (stats?.hasErrors() === true) reject(new Error(stats.toString("errors-only")));
      else resolve();
    }),
  );
}

(hasChromium ? describe : describe.skip)("the workbook layer in a browser", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("writes a template and reads it back with both adapters, and reads a plan, as in Node", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "puls-browser-"));
    await bundle(folder);
    writeFileSync(path.join(folder, "index.html"), '<!doctype html><meta charset="utf-8"><script src="bundle.js"></script>');
    const server = await serveFolder(folder);
    try {
      const page = await browser.newPage();
      await offline(page);
      await page.goto(`${server.url}index.html`);
      await page.waitForFunction(() => (globalThis as { pulsResult?: unknown }).pulsResult !== undefined, undefined, { timeout: 60_000 });
      const result = await page.evaluate(() => (globalThis as { pulsResult?: unknown }).pulsResult);
      expect(result).toEqual({
        sheets: ["Inrapportering", "Pulstavla", "Handlingsplan", "Förbättringar", "Analys", "_puls"],
        sameGrid: true,
        firstRow: ["N19", "Andel brukare som är nöjda med hemtjänsten", "Brukarna i hemtjänsten är nöjda", "%", "Högre", 0.92, null, 0.914, 0.9],
        planProblems: 0,
        indicators: 61,
      });
    } finally {
      await server.close();
    }
  }, 180_000);
});
