/**
 * Headless Chromium (Debian's package) driven by playwright-core, and a static server for dist/.
 * office.js is served from the @microsoft/office-js npm package in place of Office's CDN, and every
 * other off-machine request is aborted: tests never touch the network.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.PULS_CHROMIUM ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const officeDist = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".png": "image/png", ".xml": "application/xml" };

/** Serves a folder over http on 127.0.0.1 (a random free port). */
export async function serveFolder(folder: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const file = path.join(folder, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    if (!file.startsWith(folder) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Chromium with the flags this workplace needs (no sandbox as root, no background networking). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** Routes Office's CDN to the npm copy of office.js and aborts any other request that leaves 127.0.0.1. */
export async function offline(page: Page): Promise<void> {
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith("http://127.0.0.1")) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const file = path.join(officeDist, url.slice(OFFICE_CDN.length).split("?")[0] ?? "");
      if (file.startsWith(officeDist) && existsSync(file)) return route.fulfill({ path: file, contentType: "text/javascript" });
    }
    return route.abort();
  });
}
