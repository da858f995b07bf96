/**
 * Kolada's CSV exports: one row per KPI, municipality, year and gender, with a header row naming
 * the columns. Swedish or English headers, `;` or `,` between fields, decimal comma or point;
 * an empty value (or Kolada's marker for a missing one) is missing.
 */
import { KoladaFormatError, koladaGender, municipalityCode, type KoladaValue } from "./kolada-value";

const HEADERS: Readonly<Record<"kpi" | "municipality" | "year" | "gender" | "value", readonly string[]>> = {
  kpi: ["kpi", "kpi-id", "kpi id", "nyckeltal", "nyckeltals-id", "id"],
  municipality: ["municipality", "municipality_id", "municipality id", "kommun-id", "kommunid", "kommunkod", "kommun id", "område-id"],
  year: ["year", "period", "år"],
  gender: ["gender", "kön"],
  value: ["value", "värde"],
};

/** Splits one CSV line on `separator`, honouring double quotes. */
function fields(line: string, separator: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out.map((field) => field.trim());
}

/** A number as Kolada exports write it ("85,2", "85.2", "1 234,5"); null for empty or a marker. */
function number(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  if (cleaned === "" || !/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

export function parseKoladaCsv(text: string, file: string): KoladaValue[] {
  const lines = text.replace(/^\ufeff/, "").split(/\r?\n/).filter((line) => line.trim() !== "");
  const headerLine = lines[0] ?? "";
  const separator = (headerLine.match(/;/g)?.length ?? 0) >= (headerLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const header = fields(headerLine, separator).map((h) => h.toLowerCase());
  const column = (key: keyof typeof HEADERS) => header.findIndex((h) => HEADERS[key].includes(h));
  const at = { kpi: column("kpi"), municipality: column("municipality"), year: column("year"), gender: column("gender"), value: column("value") };
  const absent = (Object.keys(at) as (keyof typeof at)[]).filter((key) => key !== "gender" && at[key] < 0);
  if (absent.length > 0) {
    const names = absent.map((key) => HEADERS[key][0]).join(", ");
    throw new KoladaFormatError(`${file}: rubrikraden saknar ${names} (den har: ${header.join(", ")}).`, `${file}: the header row lacks ${names} (it has: ${header.join(", ")}).`);
  }
  return lines.slice(1).map((line, index): KoladaValue => {
    const cells = fields(line, separator);
    const lineNumber = index + 2;
    const year = Number(cells[at.year]);
    const gender = at.gender < 0 ? "T" : koladaGender(cells[at.gender] ?? "T");
    if (!Number.isInteger(year) || gender === undefined) {
      throw new KoladaFormatError(`${file}, rad ${lineNumber}: år eller kön går inte att läsa ("${line}").`, `${file}, line ${lineNumber}: the year or gender cannot be read ("${line}").`);
    }
    return { kpi: cells[at.kpi] ?? "", municipality: municipalityCode(cells[at.municipality] ?? ""), year, gender, value: number(cells[at.value] ?? "") };
  });
}
