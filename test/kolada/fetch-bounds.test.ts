/**
 * `puls kolada fetch` against answers no real Kolada gives: every loop, size and wait has a
 * bound, and each stop is one sentence in Swedish and English. Loopback servers only
 * (127.0.0.1), with small limits so each case takes well under a second or two.
 */
import { writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { main } from "../../src/cli/main";
import { examplePlan } from "../../src/example/generate-plan";
import { KoladaFetchError, fetchKolada, type FetchLimits } from "../../src/kolada/fetch";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import { planWorkbook } from "../../src/workbook/plan/write-plan";
import { tempFolder } from "../support/units";

/** Short enough that a case that hangs fails fast instead of holding the run. */
const CASE_TIMEOUT = 5000;

interface Loopback {
  /** The server's root, e.g. http://127.0.0.1:PORT/ */
  readonly url: string;
  readonly requests: string[];
  close(): Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse, root: string) => void;

const open: Loopback[] = [];

async function serve(handler: Handler): Promise<Loopback> {
  const requests: string[] = [];
  let root = "";
  const server = createServer((request, response) => {
    requests.push(request.url ?? "");
    handler(request, response, root);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  root = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const loopback: Loopback = {
    url: root,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        // A dripping or endless answer keeps its connection open: end them, then the server.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  open.push(loopback);
  return loopback;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

const json = (response: ServerResponse, body: unknown) => response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(body));

/** A last (or only) page with one value. */
const lastPage = { count: 1, next_url: null, values: [{ kpi: "N15419", municipality: "0180", period: 2025, values: [{ gender: "T", count: 1, status: "", value: 85.2 }] }] };

const page = (next: string | null) => ({ ...lastPage, next_url: next });

const noWait = () => Promise.resolve();

/** Fetches one KPI for one year from `server`, with the given limits (and no real waiting). */
function fetchFrom(server: Loopback, limits: Partial<FetchLimits> = {}, sleep: (ms: number) => Promise<void> = noWait) {
  return fetchKolada({ base: `${server.url}v3`, kpis: ["N15419"], years: [2025], sleep, limits });
}

/** One sentence: a single end mark, at the end (dots inside addresses and numbers are not ends). */
function isOneSentence(text: string): boolean {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) && !/[.!?]\s/.test(trimmed.slice(0, -1));
}

/** The error `fetching` stops with, checked to be a KoladaFetchError of one sentence in each language. */
async function stopOf(fetching: Promise<unknown>): Promise<KoladaFetchError> {
  const caught = await fetching.then(
    () => new Error("the fetch did not stop"),
    (error: unknown) => error,
  );
  expect(caught).toBeInstanceOf(KoladaFetchError);
  const stop = caught as KoladaFetchError;
  expect({ sv: isOneSentence(stop.sv), en: isOneSentence(stop.en), text: stop.en }).toEqual({ sv: true, en: true, text: stop.en });
  return stop;
}

describe("puls kolada fetch stops with one sentence", () => {
  it("when next_url points at the page itself, at the second time it is seen", async () => {
    const server = await serve((request, response, root) => json(response, page(`${root}${(request.url ?? "/").slice(1)}`)));
    const stop = await stopOf(fetchFrom(server));
    expect(server.requests).toHaveLength(1);
    expect(stop.en).toContain(`${server.url}v3/data/kpi/N15419/year/2025`);
    expect(stop.en).toMatch(/twice/);
    expect(stop.sv).toMatch(/två gånger/);
  }, CASE_TIMEOUT);

  it("when the pages never end, after the most pages a run may fetch", async () => {
    const server = await serve((request, response, root) => {
      const at = Number(new URL(request.url ?? "/", root).searchParams.get("page") ?? "1");
      json(response, page(`${root}v3/data/kpi/N15419/year/2025?page=${at + 1}`));
    });
    const stop = await stopOf(fetchFrom(server, { maxPages: 5 }));
    expect(server.requests).toHaveLength(5);
    expect(stop.en).toMatch(/5 pages/);
  }, CASE_TIMEOUT);

  it("when next_url leads to another origin, without following it", async () => {
    const elsewhere = await serve((_request, response) => json(response, lastPage));
    const server = await serve((_request, response) => json(response, page(`${elsewhere.url}v3/data/kpi/N15419/year/2025?page=2`)));
    const stop = await stopOf(fetchFrom(server));
    expect(elsewhere.requests).toHaveLength(0);
    expect(stop.en).toContain(elsewhere.url.replace(/\/$/, ""));
  }, CASE_TIMEOUT);

  it("when a redirect leads to another origin, without following it", async () => {
    const elsewhere = await serve((_request, response) => json(response, lastPage));
    const server = await serve((_request, response) => response.writeHead(302, { Location: `${elsewhere.url}v3/data/kpi/N15419/year/2025` }).end());
    const stop = await stopOf(fetchFrom(server));
    expect(elsewhere.requests).toHaveLength(0);
    expect(stop.en).toContain(elsewhere.url.replace(/\/$/, ""));
  }, CASE_TIMEOUT);

  it("when an endless chunked body passes the most bytes an answer may have, and the server stops too", async () => {
    let written = 0;
    let ended!: () => void;
    const serverStopped = new Promise<void>((resolve) => (ended = resolve));
    const server = await serve((_request, response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      const chunk = Buffer.alloc(64 * 1024, " ");
      let gone = false;
      response.on("close", () => {
        gone = true;
        ended();
      });
      // Writes as fast as the client reads, until the client goes away.
      const more = () => {
        while (!gone) {
          written += chunk.length;
          if (!response.write(chunk)) {
            response.once("drain", more);
            return;
          }
        }
      };
      response.write("{");
      more();
    });
    const started = Date.now();
    const stop = await stopOf(fetchFrom(server, { maxBodyBytes: 1024 * 1024 }));
    await serverStopped;
    expect(Date.now() - started).toBeLessThan(2000);
    // What is in flight in the sockets' buffers comes on top of the client's megabyte.
    expect(written).toBeLessThan(32 * 1024 * 1024);
    expect(stop.en).toMatch(/1 MB/);
  }, CASE_TIMEOUT);

  it("when Content-Length says the answer is bigger than allowed, before reading it", async () => {
    const server = await serve((_request, response) => {
      const body = JSON.stringify({ ...lastPage, padding: " ".repeat(2 * 1024 * 1024) });
      response.writeHead(200, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) }).end(body);
    });
    const stop = await stopOf(fetchFrom(server, { maxBodyBytes: 1024 * 1024 }));
    expect(stop.en).toMatch(/1 MB/);
  }, CASE_TIMEOUT);

  it("when Retry-After asks for 100000 s, at once and without waiting", async () => {
    const server = await serve((_request, response) => response.writeHead(429, { "Retry-After": "100000" }).end());
    const sleep = jest.fn(noWait);
    const stop = await stopOf(fetchFrom(server, {}, sleep));
    expect(sleep).not.toHaveBeenCalled();
    expect(server.requests).toHaveLength(1);
    expect(stop.en).toContain("100000 s");
    expect(stop.sv).toContain("100000 s");
  }, CASE_TIMEOUT);

  it("when Retry-After gives a date two hours ahead, at once and without waiting", async () => {
    const server = await serve((_request, response) => response.writeHead(429, { "Retry-After": new Date(Date.now() + 2 * 3600_000).toUTCString() }).end());
    const sleep = jest.fn(noWait);
    const stop = await stopOf(fetchFrom(server, {}, sleep));
    expect(sleep).not.toHaveBeenCalled();
    expect(stop.en).toMatch(/asks to wait 7\d{3} s/);
  }, CASE_TIMEOUT);

  it("when the waits Kolada asks for would outlast the run, before the wait that would", async () => {
    const server = await serve((_request, response) => response.writeHead(429, { "Retry-After": "50" }).end());
    // A clock that the waits move on, so that no real time passes.
    let clock = 0;
    const sleep = jest.fn((ms: number) => {
      clock += ms;
      return Promise.resolve();
    });
    const fetching = fetchKolada({ base: `${server.url}v3`, kpis: ["N15419"], years: [2025], sleep, now: () => clock, limits: { runTimeoutMs: 120_000 } });
    const stop = await stopOf(fetching);
    expect(sleep.mock.calls).toEqual([[50_000], [50_000]]);
    expect(stop.en).toMatch(/asks to wait 50 s more, which would make the fetch take longer than the 2 min/);
  }, CASE_TIMEOUT);

  it("when all the answers together pass the most bytes a run may have", async () => {
    const server = await serve((request, response, root) => {
      const at = Number(new URL(request.url ?? "/", root).searchParams.get("page") ?? "1");
      json(response, { ...page(`${root}v3/data/kpi/N15419/year/2025?page=${at + 1}`), padding: " ".repeat(10 * 1024) });
    });
    const stop = await stopOf(fetchFrom(server, { maxRunBytes: 25 * 1024 }));
    expect(server.requests).toHaveLength(3);
    expect(stop.en).toMatch(/more than 25 kB in all/);
  }, CASE_TIMEOUT);

  it("when an answer drips a byte every 200 ms, at the time one request may take", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      const drip = setInterval(() => response.write(" "), 200);
      response.on("close", () => clearInterval(drip));
    });
    const started = Date.now();
    const stop = await stopOf(fetchFrom(server, { requestTimeoutMs: 700 }));
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(650);
    expect(took).toBeLessThan(1500);
    expect(stop.en).toMatch(/0\.7 s/);
  }, CASE_TIMEOUT);

  it("when the whole run takes longer than allowed, though each page comes in time", async () => {
    const server = await serve((request, response, root) => {
      const at = Number(new URL(request.url ?? "/", root).searchParams.get("page") ?? "1");
      setTimeout(() => json(response, page(`${root}v3/data/kpi/N15419/year/2025?page=${at + 1}`)), 150);
    });
    const started = Date.now();
    const stop = await stopOf(fetchFrom(server, { runTimeoutMs: 500, requestTimeoutMs: 400 }));
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(450);
    expect(took).toBeLessThan(1500);
    expect(stop.en).toMatch(/0\.5 s/);
  }, CASE_TIMEOUT);

  it("when an answer is not JSON", async () => {
    const server = await serve((_request, response) => response.writeHead(200, { "Content-Type": "text/html" }).end("<html><body>Underhåll pågår</body></html>"));
    const stop = await stopOf(fetchFrom(server));
    expect(stop.en).toMatch(/not JSON/);
    expect(stop.en).toContain(`${server.url}v3/data/kpi/N15419/year/2025`);
  }, CASE_TIMEOUT);

  it("when Kolada answers with a server error, saying to try again later", async () => {
    const server = await serve((_request, response) => response.writeHead(503).end("Service Unavailable"));
    const stop = await stopOf(fetchFrom(server));
    expect(stop.en).toMatch(/503/);
    expect(stop.en).toMatch(/try again later/);
    expect(stop.sv).toMatch(/försök igen senare/);
  }, CASE_TIMEOUT);

  it("when an answer breaks off before its end", async () => {
    const server = await serve((request, response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.write('{"count": 1, "values": [');
      setTimeout(() => request.socket.destroy(), 50);
    });
    const stop = await stopOf(fetchFrom(server));
    expect(stop.en).toMatch(/broke off/);
  }, CASE_TIMEOUT);
});

describe("puls kolada fetch's waits", () => {
  it("without Retry-After, waits 1 s and then 2 s before trying again", async () => {
    let asked = 0;
    const server = await serve((_request, response) => {
      asked++;
      if (asked <= 2) response.writeHead(429).end();
      else json(response, lastPage);
    });
    const sleep = jest.fn(noWait);
    const fetched = await fetchFrom(server, {}, sleep);
    expect(fetched.values).toHaveLength(1);
    expect(sleep.mock.calls).toEqual([[1000], [2000]]);
  }, CASE_TIMEOUT);

  it("waits as long as Retry-After says when that is within the limit", async () => {
    let asked = 0;
    const server = await serve((_request, response) => {
      asked++;
      if (asked === 1) response.writeHead(429, { "Retry-After": "3" }).end();
      else json(response, lastPage);
    });
    const sleep = jest.fn(noWait);
    await fetchFrom(server, {}, sleep);
    expect(sleep.mock.calls).toEqual([[3000]]);
  }, CASE_TIMEOUT);
});

describe("puls kolada fetch's addresses", () => {
  it("follows a redirect and a relative next_url on the API's own origin", async () => {
    const server = await serve((request, response) => {
      if (request.url === "/v3/data/kpi/N15419/year/2025") response.writeHead(301, { Location: "/v3/moved" }).end();
      else if (request.url === "/v3/moved") json(response, page("moved?page=2"));
      else json(response, lastPage);
    });
    const fetched = await fetchFrom(server);
    expect(server.requests).toEqual(["/v3/data/kpi/N15419/year/2025", "/v3/moved", "/v3/moved?page=2"]);
    expect(fetched.pages).toBe(2);
    expect(fetched.values).toHaveLength(2);
  }, CASE_TIMEOUT);
});

describe("puls kolada fetch on the command line", () => {
  const saved = process.env.PULS_KOLADA_API;
  afterEach(() => {
    if (saved === undefined) delete process.env.PULS_KOLADA_API;
    else process.env.PULS_KOLADA_API = saved;
  });

  it("exits with the stop's one sentence when next_url points at the page itself", async () => {
    const server = await serve((request, response, root) => json(response, page(`${root}${(request.url ?? "/").slice(1)}`)));
    process.env.PULS_KOLADA_API = `${server.url}v3`;
    const cwd = tempFolder();
    writeFileSync(path.join(cwd, "plan.xlsx"), await writeWorkbook(planWorkbook(examplePlan())));
    let err = "";
    const code = await main(["kolada", "fetch", "--plan", "plan.xlsx", "--years", "2025", "--out", "med.xlsx"], { out: () => undefined, err: (t) => (err += t), interactive: false, now: () => new Date("2026-09-21T09:00:00Z"), cwd });
    expect(code).toBe(1);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(isOneSentence(err)).toBe(true);
    expect(err).toMatch(/två gånger/);
  }, CASE_TIMEOUT);
});
