/**
 * The plan's units matched with Kolada's units of the municipality by name, for the Kolada-id
 * column of `Organisation`: first the exact name, then the name normalised (case, hyphens and
 * spaces, "skolan" read as "skola": "Norr-skolan" is "Norrskola"). Only a match that points at
 * exactly one unit, and that no other unit of the plan also points at, is proposed; everything
 * else is reported as not matched with the names closest to it, never guessed.
 */
import type { OrgUnit } from "../core";
import type { KoladaUnit } from "./parse-metadata";

export type UnitMatch =
  | { readonly kind: "exact" | "normalised"; readonly unit: KoladaUnit }
  /** The plan already names a Kolada id: kept as it is (`known`: whether Kolada lists it). */
  | { readonly kind: "kept"; readonly id: string; readonly known: boolean }
  /** Several of Kolada's units have the name, or another of the plan's units has it too. */
  | { readonly kind: "ambiguous"; readonly candidates: readonly KoladaUnit[] }
  | { readonly kind: "none"; readonly nearest: readonly KoladaUnit[] };

export interface UnitMatching {
  readonly matches: readonly { readonly organisation: OrgUnit; readonly match: UnitMatch }[];
  /** Kolada's units of the municipality that no unit of the plan was matched with. */
  readonly unmatchedKolada: readonly KoladaUnit[];
}

/** A name as compared when the exact one differs: lower case, no hyphens or spaces, "skolan" as "skola". */
export function normalisedName(name: string): string {
  return name
    .toLocaleLowerCase("sv-SE")
    .replace(/skolan\b/g, "skola")
    .replace(/[\s\-‐‑‒–—]+/g, "");
}

/** Edits between two short texts (Levenshtein), for the names closest to one not matched. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The names closest to `name` (at most three, a third of its length or fewer edits away): shown, not used. */
function nearest(name: string, units: readonly KoladaUnit[]): KoladaUnit[] {
  const key = normalisedName(name);
  const limit = Math.max(2, Math.floor(key.length / 3));
  return units
    .map((unit) => ({ unit, edits: distance(key, normalisedName(unit.title)) }))
    .filter((entry) => entry.edits <= limit)
    .sort((a, b) => a.edits - b.edits || a.unit.title.localeCompare(b.unit.title, "sv"))
    .slice(0, 3)
    .map((entry) => entry.unit);
}

/** The plan's units (type Enhet) matched with `kolada`, the municipality's units in Kolada. */
export function matchUnits(organisation: readonly OrgUnit[], kolada: readonly KoladaUnit[]): UnitMatching {
  const byExact = new Map<string, KoladaUnit[]>();
  const byNormalised = new Map<string, KoladaUnit[]>();
  for (const unit of kolada) {
    byExact.set(unit.title.trim(), [...(byExact.get(unit.title.trim()) ?? []), unit]);
    byNormalised.set(normalisedName(unit.title), [...(byNormalised.get(normalisedName(unit.title)) ?? []), unit]);
  }
  const known = new Set(kolada.map((unit) => unit.id));
  const proposed = organisation
    .filter((org) => org.type === "unit")
    .map((org): { organisation: OrgUnit; match: UnitMatch } => {
      if (org.koladaId !== undefined) return { organisation: org, match: { kind: "kept", id: org.koladaId, known: known.has(org.koladaId) } };
      const exact = byExact.get(org.name.trim()) ?? [];
      const found = exact.length > 0 ? { kind: "exact" as const, units: exact } : { kind: "normalised" as const, units: byNormalised.get(normalisedName(org.name)) ?? [] };
      const [only, ...more] = found.units;
      if (only === undefined) return { organisation: org, match: { kind: "none", nearest: nearest(org.name, kolada) } };
      return { organisation: org, match: more.length === 0 ? { kind: found.kind, unit: only } : { kind: "ambiguous", candidates: found.units } };
    });
  // A Kolada unit two of the plan's units point at is neither's: which one it is, is the controller's call.
  const claims = new Map<string, number>();
  for (const { match } of proposed) {
    const id = match.kind === "exact" || match.kind === "normalised" ? match.unit.id : match.kind === "kept" ? match.id : undefined;
    if (id !== undefined) claims.set(id, (claims.get(id) ?? 0) + 1);
  }
  const matches = proposed.map((entry) =>
    (entry.match.kind === "exact" || entry.match.kind === "normalised") && (claims.get(entry.match.unit.id) ?? 0) > 1 ? { ...entry, match: { kind: "ambiguous" as const, candidates: [entry.match.unit] } } : entry,
  );
  const used = new Set(matches.flatMap(({ match }) => (match.kind === "exact" || match.kind === "normalised" ? [match.unit.id] : match.kind === "kept" ? [match.id] : [])));
  return { matches, unmatchedKolada: kolada.filter((unit) => !used.has(unit.id)) };
}

/** The plan's organisation with the proposed Kolada ids written in (the units kept or not matched as they were). */
export function withKoladaIds(organisation: readonly OrgUnit[], matching: UnitMatching): OrgUnit[] {
  const ids = new Map(matching.matches.flatMap(({ organisation: org, match }) => (match.kind === "exact" || match.kind === "normalised" ? [[org.id, match.unit.id] as const] : [])));
  return organisation.map((org) => {
    const id = ids.get(org.id);
    return id === undefined ? org : { ...org, koladaId: id };
  });
}
