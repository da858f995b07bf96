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

/** The first page's address of each request: every KPI chunk × every year chunk, for all municipalities. */
export function dataUrls(base: string, kpis: readonly string[], years: readonly number[]): string[] {
  const root = base.replace(/\/+$/, "");
  return chunks(kpis, IDS_PER_SEGMENT).flatMap((kpiChunk) => chunks(years, IDS_PER_SEGMENT).map((yearChunk) => `${root}/data/kpi/${kpiChunk.map(encodeURIComponent).join(",")}/year/${yearChunk.join(",")}`));
}

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
