/**
 * Kolada's lists (API v3), as the `values` of their pages: a municipality's organisational units
 * (`/ou?municipality=1280`: `{ id: "V15E128000101", municipality: "1280", title: "Xskolan" }`),
 * RKA's groups of municipalities (`/municipality_groups?title=…`: `{ id: "G124064", title:
 * "Liknande kommuner grundskola, Ystad 2025", members: [{ id: "1286", title: "Ystad" }] }`) and
 * the KPIs' descriptions (`/kpi/N15419`: `{ id, title, has_ou_data }`). An entry that lacks what
 * Puls needs is counted and left out, not guessed at.
 */
import { municipalityCode } from "./kolada-value";

/** One organisational unit in Kolada (a school, a preschool, …). */
export interface KoladaUnit {
  readonly id: string;
  readonly municipality: string;
  readonly title: string;
}

/** One of RKA's groups of municipalities, with its members' codes and names. */
export interface KoladaGroup {
  readonly id: string;
  readonly title: string;
  readonly members: readonly { readonly code: string; readonly title: string }[];
}

/** Entries read, and how many could not be. */
export interface Listed<T> {
  readonly items: T[];
  readonly unreadable: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === "string" ? value.trim() : typeof value === "number" && Number.isFinite(value) ? String(value) : "");

export function koladaUnits(records: readonly unknown[]): Listed<KoladaUnit> {
  const items: KoladaUnit[] = [];
  let unreadable = 0;
  for (const record of records) {
    const id = isRecord(record) ? text(record.id) : "";
    const title = isRecord(record) ? text(record.title) : "";
    if (id === "" || title === "" || !isRecord(record)) {
      unreadable++;
      continue;
    }
    items.push({ id, municipality: municipalityCode(text(record.municipality)), title });
  }
  return { items, unreadable };
}

export function koladaGroups(records: readonly unknown[]): Listed<KoladaGroup> {
  const items: KoladaGroup[] = [];
  let unreadable = 0;
  for (const record of records) {
    if (!isRecord(record) || text(record.id) === "" || text(record.title) === "" || !Array.isArray(record.members)) {
      unreadable++;
      continue;
    }
    const members = record.members.filter(isRecord).map((member) => ({ code: municipalityCode(text(member.id)), title: text(member.title) })).filter((member) => /^\d{4}$/.test(member.code));
    items.push({ id: text(record.id), title: text(record.title), members });
  }
  return { items, unreadable };
}

/** The KPIs among `records` that Kolada has units' data for (`has_ou_data: true`). */
export function kpisWithUnitData(records: readonly unknown[]): Set<string> {
  return new Set(records.filter(isRecord).filter((record) => record.has_ou_data === true).map((record) => text(record.id)).filter((id) => id !== ""));
}

/** The year in a group's title ("Liknande kommuner grundskola, Ystad 2025" → 2025), or null. */
export function groupYear(title: string): number | null {
  const year = /(?:^|\D)((?:19|20)\d{2})\D*$/.exec(title)?.[1];
  return year === undefined ? null : Number(year);
}
