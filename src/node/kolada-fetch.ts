/**
 * Fetching Kolada's data from the live API (Node's fetch): every request's pages in turn
 * (`next_url`), a 429 answered by waiting (Retry-After, else 1, 2, 4, 8 s) and trying again, and
 * a clear error when Kolada cannot be reached. Returns the pages' values and the raw pages, so
 * what was fetched can be saved and imported again without the network.
 */
import { dataUrls } from "../kolada/api-urls";
import type { KoladaValue } from "../kolada/kolada-value";
import { parseKoladaJson } from "../kolada/parse-json";

export interface FetchOptions {
  readonly base: string;
  readonly kpis: readonly string[];
  readonly years: readonly number[];
  /** Injected for tests; Node's global fetch otherwise. */
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly onPage?: (pages: number, url: string) => void;
}

export interface Fetched {
  readonly values: KoladaValue[];
  /** How many pages were fetched. */
  readonly pages: number;
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

const RETRIES = 5;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function getPage(url: string, options: FetchOptions): Promise<string> {
  const get = options.fetch ?? fetch;
  const sleep = options.sleep ?? wait;
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await get(url, { headers: { Accept: "application/json" } });
    } catch {
      throw new KoladaFetchError(
        `Kolada gick inte att nå (${url}). Kontrollera nätverket, eller spara svaren från Kolada som filer och använd puls kolada import.`,
        `Kolada could not be reached (${url}). Check the network, or save Kolada's responses as files and use puls kolada import.`,
      );
    }
    if (response.status === 429 && attempt < RETRIES) {
      const retryAfter = Number(response.headers.get("retry-after"));
      await sleep(Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : 1000 * 2 ** attempt);
      continue;
    }
    if (!response.ok) {
      throw new KoladaFetchError(`Kolada svarade ${response.status} på ${url}.`, `Kolada answered ${response.status} to ${url}.`);
    }
    return response.text();
  }
}

export async function fetchKolada(options: FetchOptions): Promise<Fetched> {
  const values: KoladaValue[] = [];
  let pages = 0;
  for (const first of dataUrls(options.base, options.kpis, options.years)) {
    let url: string | null = first;
    while (url !== null) {
      const page = parseKoladaJson(await getPage(url, options), url);
      values.push(...page.values);
      pages++;
      options.onPage?.(pages, url);
      url = page.next;
    }
  }
  return { values, pages };
}

/** What was fetched as one v3-shaped response, which `puls kolada import` reads again. */
export function asSavedResponse(values: readonly KoladaValue[]): string {
  const rows = new Map<string, { kpi: string; municipality: string; period: number; values: { gender: string; count: number; status: string; value: number | null }[] }>();
  for (const v of values) {
    const key = `${v.kpi}|${v.municipality}|${v.year}`;
    const row = rows.get(key) ?? { kpi: v.kpi, municipality: v.municipality, period: v.year, values: [] };
    row.values.push({ gender: v.gender, count: v.value === null ? 0 : 1, status: v.value === null ? "Missing" : "", value: v.value });
    rows.set(key, row);
  }
  return `${JSON.stringify({ count: rows.size, next_url: null, values: [...rows.values()] }, null, 1)}\n`;
}
