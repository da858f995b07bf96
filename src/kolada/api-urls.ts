/**
 * The Kolada API v3 requests for a plan's KPIs and years: at most 25 ids in a path segment (the
 * API's limit), so many KPIs or years become several requests.
 */
export const KOLADA_API = "https://api.kolada.se/v3";

/** Ids per path segment, as the API allows. */
export const IDS_PER_SEGMENT = 25;

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Whose data: every municipality's (`/data`) or every organisational unit's (`/oudata`: schools, preschools, …). */
export type KoladaDataKind = "municipalities" | "units";

/** One data request: some KPIs and some years. */
export interface DataRequest {
  readonly kpis: readonly string[];
  readonly years: readonly number[];
}

/** The requests for the KPIs and years: every KPI chunk × every year chunk. */
export function dataRequests(kpis: readonly string[], years: readonly number[]): DataRequest[] {
  return chunks(kpis, IDS_PER_SEGMENT).flatMap((kpiChunk) => chunks(years, IDS_PER_SEGMENT).map((yearChunk) => ({ kpis: kpiChunk, years: yearChunk })));
}

const root = (base: string) => base.replace(/\/+$/, "");

/** The first page's address of one request. */
export function dataUrl(base: string, request: DataRequest, kind: KoladaDataKind = "municipalities"): string {
  return `${root(base)}/${kind === "units" ? "oudata" : "data"}/kpi/${request.kpis.map(encodeURIComponent).join(",")}/year/${request.years.join(",")}`;
}

/** The first page's address of each request, for all municipalities (or, with `units`, all units). */
export function dataUrls(base: string, kpis: readonly string[], years: readonly number[], kind: KoladaDataKind = "municipalities"): string[] {
  return dataRequests(kpis, years).map((request) => dataUrl(base, request, kind));
}

/**
 * A request Kolada refused as too large (422) in two halves: the KPIs halved, or the years when
 * there is one KPI; null when it is one KPI and one year and cannot be split.
 */
export function splitRequest(request: DataRequest): [DataRequest, DataRequest] | null {
  const half = <T>(items: readonly T[]): [T[], T[]] => [items.slice(0, Math.ceil(items.length / 2)), items.slice(Math.ceil(items.length / 2))];
  if (request.kpis.length > 1) {
    const [a, b] = half(request.kpis);
    return [{ kpis: a, years: request.years }, { kpis: b, years: request.years }];
  }
  if (request.years.length > 1) {
    const [a, b] = half(request.years);
    return [{ kpis: request.kpis, years: a }, { kpis: request.kpis, years: b }];
  }
  return null;
}

/** The municipality's organisational units (schools, preschools, …). */
export const unitsUrl = (base: string, municipality: string) => `${root(base)}/ou?municipality=${encodeURIComponent(municipality)}`;

/** RKA's groups of municipalities whose title holds `title` ("Liknande kommuner"). */
export const groupsUrl = (base: string, title: string) => `${root(base)}/municipality_groups?title=${encodeURIComponent(title)}`;

/** The KPIs' descriptions (among them `has_ou_data`), 25 ids a request. */
export const kpiUrls = (base: string, kpis: readonly string[]) => chunks(kpis, IDS_PER_SEGMENT).map((chunk) => `${root(base)}/kpi/${chunk.map(encodeURIComponent).join(",")}`);

/** "2019-2025" or "2024" or "2019,2021" as years. Null when it cannot be read. */
export function parseYears(text: string): number[] | null {
  const range = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(text.trim());
  if (range !== null) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    return from <= to && to - from < 50 ? Array.from({ length: to - from + 1 }, (_, i) => from + i) : null;
  }
  const list = text.split(",").map((part) => part.trim());
  return list.every((part) => /^\d{4}$/.test(part)) ? list.map(Number) : null;
}
