/**
 * Kolada API v3 data responses, as saved from the API (one page each):
 * `{ "count": n, "next_url": "…" | null, "values": [ { "kpi", "municipality", "period",
 * "values": [ { "gender", "count", "status", "value", "isdeleted" } ] } ] }`; a unit's data
 * (`/v3/oudata/…`) has `ou` (the unit's id) where a municipality's has `municipality`. A missing
 * value has `value: null` (and a `status` saying why, e.g. masked for privacy); it is kept as
 * missing, never as zero. A value Kolada marks `isdeleted` is withdrawn: it is left out.
 */
import { KoladaFormatError, koladaGender, municipalityCode, municipalityOfUnit, type KoladaValue } from "./kolada-value";

export interface KoladaPage {
  readonly values: readonly KoladaValue[];
  /** Values Kolada marks as deleted (`isdeleted`), left out. */
  readonly deleted: number;
  /** The next page's address, or null on the last page. */
  readonly next: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function fail(file: string, sv: string, en: string): never {
  throw new KoladaFormatError(`${file}: ${sv}`, `${file}: ${en}`);
}

/** One saved response page. `file` names it in messages. */
export function parseKoladaJson(text: string, file: string): KoladaPage {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    fail(file, "inte giltig JSON. Spara svaret från Kolada som det är (t.ex. med curl -o).", "not valid JSON. Save Kolada's response as it is (e.g. with curl -o).");
  }
  return parseKoladaResponse(body, file);
}

/** A response already parsed from JSON (the example's recorded file is imported as a module). */
export function parseKoladaResponse(body: unknown, file: string): KoladaPage {
  if (!isRecord(body) || !Array.isArray(body.values)) fail(file, "inget fält \"values\": filen ser inte ut som ett datasvar från Koladas API v3.", "no \"values\" field: the file does not look like a data response from Kolada's API v3.");
  const values: KoladaValue[] = [];
  let deleted = 0;
  body.values.forEach((entry: unknown, index) => {
    const where = `values[${index}]`;
    if (!isRecord(entry)) fail(file, `${where} är inte ett objekt.`, `${where} is not an object.`);
    const kpi = typeof entry.kpi === "string" ? entry.kpi : "";
    const unit = typeof entry.ou === "string" && entry.ou.trim() !== "" ? entry.ou.trim() : undefined;
    const municipality = typeof entry.municipality === "string" || typeof entry.municipality === "number" ? municipalityCode(String(entry.municipality)) : unit === undefined ? "" : municipalityOfUnit(unit);
    const year = Number(entry.period ?? entry.year);
    if (kpi === "" || (municipality === "" && unit === undefined) || !Number.isInteger(year)) fail(file, `${where} saknar kpi, municipality (eller ou) eller period.`, `${where} lacks kpi, municipality (or ou) or period.`);
    const genders: unknown[] = Array.isArray(entry.values) ? entry.values : [];
    genders.forEach((point, g) => {
      if (!isRecord(point)) fail(file, `${where}.values[${g}] är inte ett objekt.`, `${where}.values[${g}] is not an object.`);
      const said = typeof point.gender === "string" ? point.gender : "T";
      const gender = koladaGender(said);
      if (gender === undefined) fail(file, `${where}.values[${g}]: okänt kön "${said}" (T, K eller M).`, `${where}.values[${g}]: unknown gender "${said}" (T, K or M).`);
      // A withdrawn value is no value: neither a figure nor a missing one.
      if (point.isdeleted === true) {
        deleted++;
        return;
      }
      const value = typeof point.value === "number" && Number.isFinite(point.value) ? point.value : null;
      const count = typeof point.count === "number" && Number.isFinite(point.count) ? point.count : undefined;
      values.push({ kpi, municipality, year, gender, value, ...(unit === undefined ? {} : { unit }), ...(count === undefined ? {} : { count }) });
    });
  });
  const next = typeof body.next_url === "string" && body.next_url !== "" ? body.next_url : typeof body.next_page === "string" && body.next_page !== "" ? body.next_page : null;
  return { values, deleted, next };
}
