/**
 * Fetching Kolada's data from the live API (Node's fetch): every request's pages in turn
 * (`next_url`), a 429 answered by waiting (Retry-After, else 1, 2, 4, 8 s) and trying again, a
 * 422 (a request with too many ids for Kolada) answered by asking for its halves, and a clear
 * error when Kolada cannot be reached. The municipalities' data (`/data`), the units' (`/oudata`)
 * and Kolada's lists (`/ou`, `/municipality_groups`, `/kpi`) are fetched alike. Returns the pages' values and how many pages there
 * were; asSavedResponse turns the values into a file that can be imported again without the network.
 *
 * Whatever the server answers, a run ends: the pages, the bytes, each request's time, the whole
 * run's time and the waits all have limits (FETCH_LIMITS), a page seen twice stops the run, and
 * `next_url` is followed only on the API's own origin. Each stop is a KoladaFetchError of one
 * sentence in Swedish and English.
 */
import { dataRequests, dataUrl, splitRequest, type DataRequest, type KoladaDataKind } from "./api-urls";
import type { KoladaValue } from "./kolada-value";
import { parseKoladaResponse } from "./parse-json";

/** The bounds of one run of `puls kolada fetch`. */
export interface FetchLimits {
  /** Pages asked for in one run, over all its requests (a redirect counts as one). */
  readonly maxPages: number;
  /** Bytes of one answer's body, counted while it is read (after any decompression). */
  readonly maxBodyBytes: number;
  /** Bytes of all the run's answers together. */
  readonly maxRunBytes: number;
  /** Time for one request, from asking to the body's last byte, so a slow drip counts too. */
  readonly requestTimeoutMs: number;
  /** Time for the whole run, the waits for a 429 included. */
  readonly runTimeoutMs: number;
  /** The longest Retry-After waited out; Kolada asking for longer stops the run. */
  readonly maxRetryAfterSeconds: number;
}

/**
 * A plan's fetch is some 20 KPIs × 6 years × 290 municipalities: a handful of pages of a megabyte
 * or two, fetched in seconds. The limits are far above that, and far below what would fill the
 * memory or keep a terminal waiting for hours.
 */
export const MAX_PAGES = 2000;
export const MAX_BODY_BYTES = 50 * 1024 * 1024;
export const MAX_RUN_BYTES = 500 * 1024 * 1024;
export const REQUEST_TIMEOUT_MS = 60_000;
export const RUN_TIMEOUT_MS = 15 * 60_000;
export const MAX_RETRY_AFTER_SECONDS = 60;

export const FETCH_LIMITS: FetchLimits = {
  maxPages: MAX_PAGES,
  maxBodyBytes: MAX_BODY_BYTES,
  maxRunBytes: MAX_RUN_BYTES,
  requestTimeoutMs: REQUEST_TIMEOUT_MS,
  runTimeoutMs: RUN_TIMEOUT_MS,
  maxRetryAfterSeconds: MAX_RETRY_AFTER_SECONDS,
};

/** How any fetch from Kolada is made: where, with what, within which limits. */
export interface FetchSetup {
  readonly base: string;
  /** Injected for tests; Node's global fetch otherwise. */
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Injected for tests: the time in ms, for the run's time limit; Date.now otherwise. */
  readonly now?: () => number;
  /** Smaller limits for tests; FETCH_LIMITS otherwise. */
  readonly limits?: Partial<FetchLimits>;
  readonly onPage?: (pages: number, url: string) => void;
}

export interface FetchOptions extends FetchSetup {
  readonly kpis: readonly string[];
  readonly years: readonly number[];
  /** Every municipality's data (the default) or every organisational unit's (`oudata`). */
  readonly kind?: KoladaDataKind;
}

export interface Fetched {
  readonly values: KoladaValue[];
  /** Values Kolada marks as deleted (`isdeleted`), left out. */
  readonly deleted: number;
  /** How many pages were fetched. */
  readonly pages: number;
  /** How many requests Kolada refused as too large (422) and were asked for in halves. */
  readonly split: number;
}

/** Kolada could not be reached or answered with an error: what happened, and what to do. */
export class KoladaFetchError extends Error {
  constructor(
    readonly sv: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** Tries of one page while Kolada answers 429: the waits between them are 1, 2, 4 and 8 s. */
const TRIES = 5;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One run's limits and what it has used of them. */
interface Run {
  readonly get: typeof fetch;
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
  readonly limits: FetchLimits;
  /** The API's origin: the only one `next_url` may lead to. */
  readonly origin: string;
  readonly endsAt: number;
  /** Every page's address asked for so far, as URL writes it. */
  readonly seen: Set<string>;
  /** Addresses asked for: pages and redirects. */
  asked: number;
  pages: number;
  bytes: number;
}

// ---- The stops, one sentence each ----

/** An address as shown in a message: a hostile one can be any length. */
function shown(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function amount(value: number, lang: "sv" | "en"): string {
  return (Math.round(value * 10) / 10).toLocaleString(lang === "sv" ? "sv-SE" : "en-GB");
}

function duration(ms: number, lang: "sv" | "en"): string {
  return ms >= 120_000 ? `${amount(ms / 60_000, lang)} min` : `${amount(ms / 1000, lang)} s`;
}

function size(bytes: number, lang: "sv" | "en"): string {
  return bytes >= 1024 * 1024 ? `${amount(bytes / (1024 * 1024), lang)} MB` : `${amount(bytes / 1024, lang)} kB`;
}

const stop = (sv: string, en: string) => new KoladaFetchError(sv, en);

const unreachable = (url: string) =>
  stop(
    `Kolada gick inte att nå (${shown(url)}): kontrollera nätverket, eller spara svaren från Kolada som filer och använd puls kolada import.`,
    `Kolada could not be reached (${shown(url)}): check the network, or save Kolada's responses as files and use puls kolada import.`,
  );

const seenTwice = (url: string) =>
  stop(`Kolada pekade på samma sida två gånger (${shown(url)}), så hämtningen stoppades i stället för att gå runt i en slinga.`, `Kolada pointed at the same page twice (${shown(url)}), so the fetch stopped instead of going round in a loop.`);

const tooManyPages = (max: number) =>
  stop(`Kolada gav fler än ${max} sidor, fler än en hämtning får ha, så hämtningen stoppades: hämta färre år eller nyckeltal åt gången.`, `Kolada gave more than ${max} pages, more than one fetch may have, so the fetch stopped: fetch fewer years or KPIs at a time.`);

const elsewhere = (next: string, origin: string) =>
  stop(`Kolada pekade vidare till en annan adress (${shown(next)}) än API:ets (${origin}), så hämtningen stoppades utan att följa den.`, `Kolada pointed on to another address (${shown(next)}) than the API's (${origin}), so the fetch stopped without following it.`);

const notAnAddress = (next: string) =>
  stop(`Kolada pekade vidare till något som inte är en webbadress ("${shown(next)}"), så hämtningen stoppades.`, `Kolada pointed on to something that is not a web address ("${shown(next)}"), so the fetch stopped.`);

const tooBig = (url: string, max: number) =>
  stop(`Svaret från Kolada på ${shown(url)} är större än ${size(max, "sv")}, mer än ett svar får vara, så hämtningen stoppades.`, `Kolada's answer to ${shown(url)} is bigger than ${size(max, "en")}, more than one answer may be, so the fetch stopped.`);

const tooMuch = (max: number) =>
  stop(`Kolada gav mer än ${size(max, "sv")} sammanlagt, mer än en hämtning får ha, så hämtningen stoppades: hämta färre år eller nyckeltal åt gången.`, `Kolada gave more than ${size(max, "en")} in all, more than one fetch may have, so the fetch stopped: fetch fewer years or KPIs at a time.`);

const tooSlow = (url: string, ms: number) =>
  stop(`Kolada svarade inte färdigt på ${shown(url)} inom ${duration(ms, "sv")}, så hämtningen stoppades: försök igen senare.`, `Kolada did not finish answering ${shown(url)} within ${duration(ms, "en")}, so the fetch stopped: try again later.`);

const tooLong = (ms: number) =>
  stop(
    `Hämtningen från Kolada tog längre än de ${duration(ms, "sv")} en hel hämtning får ta, så den stoppades: hämta färre år eller nyckeltal åt gången, eller försök igen senare.`,
    `The fetch from Kolada took longer than the ${duration(ms, "en")} a whole fetch may take, so it stopped: fetch fewer years or KPIs at a time, or try again later.`,
  );

const waitTooLong = (seconds: number, max: number) =>
  stop(`Kolada ber Puls vänta ${seconds} s innan nästa fråga, längre än ${max} s, så hämtningen stoppades: försök igen senare.`, `Kolada asks to wait ${seconds} s before the next request, longer than ${max} s, so the fetch stopped: try again later.`);

const waitOutlastsRun = (seconds: number, runMs: number) =>
  stop(
    `Kolada ber Puls vänta ${amount(seconds, "sv")} s till, men då tar hämtningen längre än de ${duration(runMs, "sv")} en hel hämtning får ta, så den stoppades: försök igen senare.`,
    `Kolada asks to wait ${amount(seconds, "en")} s more, which would make the fetch take longer than the ${duration(runMs, "en")} a whole fetch may take, so it stopped: try again later.`,
  );

const stillBusy = (url: string) =>
  stop(`Kolada svarade fortfarande 429 (för många frågor) på ${shown(url)} efter ${TRIES} försök: försök igen senare.`, `Kolada still answered 429 (too many requests) to ${shown(url)} after ${TRIES} tries: try again later.`);

const cannotSplit = (url: string) =>
  stop(
    `Kolada svarade 422 (för stor fråga) på ${shown(url)} även för ett nyckeltal och ett år, så hämtningen stoppades: kontrollera planens Kolada-id och åren.`,
    `Kolada answered 422 (too large a request) to ${shown(url)} even for one KPI and one year, so the fetch stopped: check the plan's Kolada ids and the years.`,
  );

function failed(status: number, url: string): KoladaFetchError {
  if (status >= 500) {
    return stop(`Kolada svarade ${status} (ett fel hos Kolada) på ${shown(url)}: försök igen senare, eller använd puls kolada import med sparade svar.`, `Kolada answered ${status} (an error on Kolada's side) to ${shown(url)}: try again later, or use puls kolada import with saved responses.`);
  }
  return stop(`Kolada svarade ${status} på ${shown(url)}: kontrollera planens Kolada-id, åren och adressen till Koladas API.`, `Kolada answered ${status} to ${shown(url)}: check the plan's Kolada ids, the years and the address of Kolada's API.`);
}

const notJson = (url: string, type: string) =>
  stop(`Kolada svarade på ${shown(url)} med något som inte är JSON (${type}), så hämtningen stoppades: försök igen senare.`, `Kolada answered ${shown(url)} with something that is not JSON (${type}), so the fetch stopped: try again later.`);

const brokeOff = (url: string) => stop(`Svaret från Kolada på ${shown(url)} bröts innan det var färdigt: försök igen senare.`, `Kolada's answer to ${shown(url)} broke off before its end: try again later.`);

// ---- One request ----

interface Answer {
  readonly status: number;
  readonly retryAfter: string | null;
  /** Where a redirect leads: it is followed as next_url is, only on the API's origin. */
  readonly location: string | null;
  /** The media type Kolada said the body has ("application/json"), for messages. */
  readonly type: string;
  /** The body, read only when the status is a success. */
  readonly text: string | null;
  /** The body's size in bytes as read. */
  readonly bytes: number;
}

/** The body, read chunk by chunk so that an endless one stops at `max` bytes. */
async function readBody(response: Response, url: string, max: number, drop: () => void): Promise<{ text: string; bytes: number }> {
  const declared = Number(response.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > max) {
    drop();
    throw tooBig(url, max);
  }
  const reader = response.body?.getReader();
  if (reader === undefined) return { text: "", bytes: 0 };
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  // Ends at the body's end, at `max` bytes, or when the request's timer drops the connection.
  for (;;) {
    let chunk: Awaited<ReturnType<typeof reader.read>>;
    try {
      chunk = await reader.read();
    } catch {
      throw brokeOff(url);
    }
    if (chunk.done) break;
    bytes += chunk.value.byteLength;
    if (bytes > max) {
      drop();
      throw tooBig(url, max);
    }
    parts.push(decoder.decode(chunk.value, { stream: true }));
  }
  parts.push(decoder.decode());
  return { text: parts.join(""), bytes };
}

/** One request with its timer: the request's own time, or what is left of the run's if less. */
async function ask(url: string, run: Run): Promise<Answer> {
  const left = run.endsAt - run.now();
  if (left <= 0) throw tooLong(run.limits.runTimeoutMs);
  const ms = Math.min(run.limits.requestTimeoutMs, left);
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort();
  }, ms);
  // Aborting is how the connection is dropped: an over-long body is not read to its end.
  const drop = () => controller.abort();
  try {
    let response: Response;
    try {
      // Redirects are followed here, not by fetch, so that they keep to the API's origin too.
      response = await run.get(url, { headers: { Accept: "application/json" }, signal: controller.signal, redirect: "manual" });
    } catch {
      throw unreachable(url);
    }
    const type = /^[\w.+-]+\/[\w.+-]+/.exec(response.headers.get("content-type") ?? "")?.[0] ?? "?";
    if (!response.ok) {
      drop();
      return { status: response.status, retryAfter: response.headers.get("retry-after"), location: response.headers.get("location"), type, text: null, bytes: 0 };
    }
    return { status: response.status, retryAfter: null, location: null, type, ...(await readBody(response, url, run.limits.maxBodyBytes, drop)) };
  } catch (caught) {
    // Whatever failed after the timer went off failed because of it.
    if (expired) throw ms < run.limits.requestTimeoutMs ? tooLong(run.limits.runTimeoutMs) : tooSlow(url, ms);
    throw caught;
  } finally {
    clearTimeout(timer);
  }
}

/** The seconds Retry-After asks for (a number of seconds or an HTTP date), or null when it says none. */
function retryAfterSeconds(header: string | null, now: number): number | null {
  if (header === null || header.trim() === "") return null;
  if (/^\s*\d+\s*$/.test(header)) return Number(header);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/** The wait before trying again after a 429, or the stop when Kolada asks for too long a one. */
function waitAfter429(answer: Answer, attempt: number, run: Run): number {
  const asked = retryAfterSeconds(answer.retryAfter, run.now());
  if (asked !== null && asked > run.limits.maxRetryAfterSeconds) throw waitTooLong(asked, run.limits.maxRetryAfterSeconds);
  const ms = asked === null ? 1000 * 2 ** attempt : asked * 1000;
  if (run.now() + ms >= run.endsAt) throw waitOutlastsRun(ms / 1000, run.limits.runTimeoutMs);
  return ms;
}

type Got = { readonly text: string; readonly type: string; readonly bytes: number } | { readonly redirect: string } | { readonly refused: true };

/** Kolada's answer to a request with more ids than it takes. */
const TOO_LARGE = 422;

/**
 * One page's body or where it was moved: a 429 waited out (at most TRIES tries), a 422 returned
 * where the caller can split the request (`splittable`), any other failure a stop.
 */
async function getPage(url: string, run: Run, splittable = false): Promise<Got> {
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const answer = await ask(url, run);
    if (answer.text !== null) return { text: answer.text, type: answer.type, bytes: answer.bytes };
    if (answer.status >= 300 && answer.status < 400 && answer.location !== null) return { redirect: answer.location };
    if (answer.status === TOO_LARGE && splittable) return { refused: true };
    if (answer.status !== 429) throw failed(answer.status, url);
    if (attempt + 1 < TRIES) await run.sleep(waitAfter429(answer, attempt, run));
  }
  throw stillBusy(url);
}

// ---- The run ----

function startRun(options: FetchSetup): Run {
  const now = options.now ?? Date.now;
  const limits = { ...FETCH_LIMITS, ...options.limits };
  let origin: string;
  try {
    origin = new URL(options.base).origin;
  } catch {
    throw unreachable(options.base);
  }
  return { get: options.fetch ?? fetch, sleep: options.sleep ?? wait, now, limits, origin, endsAt: now() + limits.runTimeoutMs, seen: new Set(), asked: 0, pages: 0, bytes: 0 };
}

/** Lets the run ask for `url`, or stops it: a page seen before, or the most pages asked for. */
function admit(url: string, run: Run): void {
  if (run.seen.has(url)) throw seenTwice(url);
  if (run.asked >= run.limits.maxPages) throw tooManyPages(run.limits.maxPages);
  run.seen.add(url);
  run.asked++;
}

/** `next_url` or a redirect's Location as an address on the API's origin (relative to the page), or the stop. */
function nextUrl(next: string, page: string, run: Run): string {
  let resolved: URL;
  try {
    resolved = new URL(next, page);
  } catch {
    throw notAnAddress(next);
  }
  if (resolved.origin !== run.origin) throw elsewhere(resolved.href, run.origin);
  return resolved.href;
}

function parseBody(text: string, type: string, url: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw notJson(url, type);
  }
}

/**
 * Every page of one request from `first` on, each page's body given to `read` (which says where
 * the next page is, or null): the redirects and pages bounded as the run is. Returns false when
 * Kolada refused the first page as too large (422) and `splittable` says the caller splits it.
 */
async function pagesOf(first: string, run: Run, options: FetchSetup, read: (body: unknown, url: string) => string | null, splittable = false): Promise<boolean> {
  let url: string | null = new URL(first).href;
  let isFirst = true;
  // Ends: every page is a new address, and the addresses are counted (admit).
  while (url !== null) {
    admit(url, run);
    const got = await getPage(url, run, splittable && isFirst);
    if ("refused" in got) return false;
    if ("redirect" in got) {
      url = nextUrl(got.redirect, url, run);
      continue;
    }
    isFirst = false;
    const { text, type, bytes } = got;
    run.bytes += bytes;
    if (run.bytes > run.limits.maxRunBytes) throw tooMuch(run.limits.maxRunBytes);
    const next = read(parseBody(text, type, url), url);
    run.pages++;
    options.onPage?.(run.pages, url);
    url = next === null ? null : nextUrl(next, url, run);
  }
  return true;
}

/** The municipalities' (or, with `kind: "units"`, the units') values of the KPIs and years. */
export async function fetchKolada(options: FetchOptions): Promise<Fetched> {
  const run = startRun(options);
  const kind = options.kind ?? "municipalities";
  const values: KoladaValue[] = [];
  let deleted = 0;
  let split = 0;
  // Ends: a refused request is replaced by two smaller ones, down to one KPI and one year.
  const queue: DataRequest[] = dataRequests(options.kpis, options.years);
  for (let request = queue.shift(); request !== undefined; request = queue.shift()) {
    const first = dataUrl(options.base, request, kind);
    const done = await pagesOf(
      first,
      run,
      options,
      (body, url) => {
        const page = parseKoladaResponse(body, url);
        // One push per value: a page can hold more values than a call can take as arguments.
        for (const value of page.values) values.push(value);
        deleted += page.deleted;
        return page.next;
      },
      true,
    );
    if (done) continue;
    const halves = splitRequest(request);
    if (halves === null) throw cannotSplit(first);
    split++;
    queue.unshift(...halves);
  }
  return { values, deleted, pages: run.pages, split };
}

/**
 * The `values` of every page of Kolada's lists at `urls` (units, municipality groups, KPIs), as
 * Kolada gives them: the caller reads them (parse-metadata.ts).
 */
export async function fetchKoladaList(setup: FetchSetup, urls: readonly string[]): Promise<{ readonly records: unknown[]; readonly pages: number }> {
  const run = startRun(setup);
  const records: unknown[] = [];
  for (const first of urls) {
    await pagesOf(first, run, setup, (body, url) => {
      const page = listPage(body, url);
      for (const record of page.values) records.push(record);
      return page.next;
    });
  }
  return { records, pages: run.pages };
}

const notAList = (url: string) =>
  stop(`Kolada svarade på ${shown(url)} utan fältet "values", så svaret gick inte att läsa: kontrollera adressen till Koladas API.`, `Kolada answered ${shown(url)} without a "values" field, so the answer could not be read: check the address of Kolada's API.`);

function listPage(body: unknown, url: string): { values: readonly unknown[]; next: string | null } {
  if (typeof body !== "object" || body === null || !("values" in body) || !Array.isArray(body.values)) throw notAList(url);
  const record = body as { values: unknown[]; next_url?: unknown; next_page?: unknown };
  const next = typeof record.next_url === "string" && record.next_url !== "" ? record.next_url : typeof record.next_page === "string" && record.next_page !== "" ? record.next_page : null;
  return { values: record.values, next };
}

/** What was fetched as one v3-shaped response, which `puls kolada import` reads again. */
export function asSavedResponse(values: readonly KoladaValue[]): string {
  type Row = ({ kpi: string; municipality: string } | { kpi: string; ou: string }) & { period: number; values: { gender: string; count: number; status: string; value: number | null }[] };
  const rows = new Map<string, Row>();
  for (const v of values) {
    // A unit's value is saved as oudata has it: with `ou`, so that import keeps it apart again.
    const key = `${v.kpi}|${v.unit ?? ""}|${v.municipality}|${v.year}`;
    const row: Row = rows.get(key) ?? (v.unit === undefined ? { kpi: v.kpi, municipality: v.municipality, period: v.year, values: [] } : { kpi: v.kpi, ou: v.unit, period: v.year, values: [] });
    row.values.push({ gender: v.gender, count: v.count ?? (v.value === null ? 0 : 1), status: v.value === null ? "Missing" : "", value: v.value });
    rows.set(key, row);
  }
  return `${JSON.stringify({ count: rows.size, next_url: null, values: [...rows.values()] }, null, 1)}\n`;
}
