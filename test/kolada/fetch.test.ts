/**
 * `puls kolada fetch` against a local server that answers as Kolada's API v3 does: ids chunked
 * by 25, pages followed through next_url, a 429 waited out, what was fetched saved so it can be
 * imported again; and a clear error when Kolada cannot be reached. No network is used.
 */
import { runCliIn } from "../support/run-cli";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { examplePlan } from "../../src/example/generate-plan";
import { dataUrls, parseYears } from "../../src/kolada/api-urls";
import { parseKoladaJson } from "../../src/kolada/parse-json";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import { planWorkbook } from "../../src/workbook/plan/write-plan";
import { readPlan } from "../../src/workbook/plan/read-plan";
import { readWorkbookValues } from "../../src/workbook/xlsx-values-reader";
import { tempFolder } from "../support/units";

const run = (args: string[], cwd: string) => runCliIn(cwd, args);

/** A Kolada look-alike: two pages per request, and a 429 on the very first request. */
async function koladaLookAlike(): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  let url = "";
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? "");
    if (requests.length === 1) {
      response.writeHead(429, { "Retry-After": "0" }).end();
      return;
    }
    const address = new URL(request.url ?? "/", url);
    const match = /^\/v3\/data\/kpi\/([^/]+)\/year\/([^/]+)$/.exec(address.pathname);
    if (match === null) {
      response.writeHead(404).end();
      return;
    }
    const kpis = decodeURIComponent(match[1] ?? "").split(",");
    const year = Number((match[2] ?? "").split(",").pop());
    const page = Number(address.searchParams.get("page") ?? "1");
    const municipalities = page === 1 ? ["0180", "1480"] : ["1280", "0580"];
    const values = kpis.flatMap((kpi) => municipalities.map((municipality, i) => ({ kpi, municipality, period: year, values: [{ gender: "T", count: 1, status: "", value: 80 + i + page }] })));
    const next = page === 1 ? `${url}${address.pathname.slice(1)}?page=2` : null;
    response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ count: values.length, next_url: next, values }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { url, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe("puls kolada fetch", () => {
  const saved = process.env.PULS_KOLADA_API;
  afterEach(() => {
    if (saved === undefined) delete process.env.PULS_KOLADA_API;
    else process.env.PULS_KOLADA_API = saved;
  });

  it("asks for at most 25 ids per path segment, and reads years as ranges or lists", () => {
    const ids = Array.from({ length: 30 }, (_, i) => `N${String(i).padStart(5, "0")}`);
    const urls = dataUrls("https://api.kolada.se/v3/", ids, [2024, 2025]);
    expect(urls).toHaveLength(2);
    expect(urls[0]).toBe(`https://api.kolada.se/v3/data/kpi/${ids.slice(0, 25).join(",")}/year/2024,2025`);
    expect(urls[1]?.split("/")[6]?.split(",")).toHaveLength(5);
    expect(parseYears("2019-2021")).toEqual([2019, 2020, 2021]);
    expect(parseYears("2023, 2025")).toEqual([2023, 2025]);
    expect(parseYears("förra året")).toBeNull();
  });

  it("follows the pages, waits out a 429, saves what it fetched and fills Jämförelse", async () => {
    const kolada = await koladaLookAlike();
    try {
      process.env.PULS_KOLADA_API = `${kolada.url}v3`;
      const cwd = tempFolder();
      const plan = examplePlan();
      writeFileSync(path.join(cwd, "plan.xlsx"), await writeWorkbook(planWorkbook(plan)));
      const result = await run(["kolada", "fetch", "--plan", "plan.xlsx", "--years", "2025", "--out", "med.xlsx", "--save", "hamtat.json"], cwd);
      expect(result.err).toContain("Sparade det hämtade (2 sidor)");
      expect(result.code).toBe(0);
      // The 429, then the same request again, then its second page.
      expect(kolada.requests).toHaveLength(3);
      expect(kolada.requests[0]).toBe(kolada.requests[1]);
      expect(kolada.requests[2]).toContain("page=2");

      const kpis = new Set(plan.indicators.map((i) => i.koladaId).filter((id) => id !== null));
      const read = readPlan(readWorkbookValues(readFileSync(path.join(cwd, "med.xlsx"))), "med.xlsx");
      expect(new Set(read.plan.peers.map((p) => p.municipalityCode))).toEqual(new Set(["0180", "1480", "1280", "0580"]));
      expect(read.plan.peers.length).toBe(plan.indicators.filter((i) => i.koladaId !== null).length * 4);
      // What was fetched is a response import reads again.
      const again = parseKoladaJson(readFileSync(path.join(cwd, "hamtat.json"), "utf8"), "hamtat.json");
      expect(new Set(again.values.map((v) => v.kpi))).toEqual(kpis);
      expect(again.values).toHaveLength(kpis.size * 4);
    } finally {
      await kolada.close();
    }
  });

  it("says clearly when Kolada cannot be reached", async () => {
    const kolada = await koladaLookAlike();
    await kolada.close();
    process.env.PULS_KOLADA_API = `${kolada.url}v3`;
    const cwd = tempFolder();
    writeFileSync(path.join(cwd, "plan.xlsx"), await writeWorkbook(planWorkbook(examplePlan())));
    const result = await run(["kolada", "fetch", "--plan", "plan.xlsx", "--out", "med.xlsx"], cwd);
    expect(result.code).toBe(1);
    expect(result.err).toContain("Kolada gick inte att nå");
    expect(result.err).toContain("puls kolada import");
  });
});
