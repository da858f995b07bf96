/**
 * Unit-level peer comparison (docs/kolada.md, "Units among the country's units"): where a unit's
 * value stands among every unit in the country with a Kolada value for the indicator (schools
 * among schools), by the same quartile rule as the municipalities' (docs/rules.md §8), and among
 * the units of its own kind where Kolada's ids tell them apart.
 */
import type { UnitPeerComparison } from "./evaluation/model";
import type { Indicator, UnitPeerRow } from "./plan/model";
import { peerQuartiles, statusAmongPeers } from "./peers";
import type { Measured } from "./values";

/**
 * The kind of a Kolada unit, as its id begins: "V15E128000101" is a V15E (a grundskola; V11 a
 * förskola, V17 a gymnasieskola) of municipality 1280. null where the id does not read so.
 */
export function koladaUnitKind(id: string): string | null {
  return /^([A-Z]+\d{2}[A-Z]*)\d{4}\d+$/.exec(id.trim())?.[1] ?? null;
}

/** The country's units' values, indexed once per evaluation by KPI (or indicator) and gender. */
export class UnitPeerIndex {
  private readonly byKey = new Map<string, UnitPeerRow[]>();

  constructor(rows: readonly UnitPeerRow[]) {
    for (const row of rows) {
      for (const key of [row.indicator === null ? null : `i|${row.indicator}|${row.gender}`, row.koladaId === null ? null : `k|${row.koladaId}|${row.gender}`]) {
        if (key === null) continue;
        const list = this.byKey.get(key);
        if (list === undefined) this.byKey.set(key, [row]);
        else list.push(row);
      }
    }
  }

  /**
   * `value` of the unit with Kolada id `unit` among the other units: their values of the period's
   * year, or of the latest earlier year there are any (Kolada publishes a year's figures the next
   * year). null where there are no unit values for the indicator up to that year.
   */
  compare(indicator: Indicator, unit: string, value: Measured, periodYear: number, gender: "T" | "K" | "M" = "T"): UnitPeerComparison | null {
    const rows = [...(this.byKey.get(`i|${indicator.id}|${gender}`) ?? []), ...(indicator.koladaId === null ? [] : (this.byKey.get(`k|${indicator.koladaId}|${gender}`) ?? []))];
    // A row found both by its indicator and its Kolada id counts once; the unit itself is no peer of its own.
    const candidates = [...new Set(rows)].filter((row) => row.year <= periodYear && row.unit !== unit);
    if (candidates.length === 0) return null;
    const year = Math.max(...candidates.map((row) => row.year));
    const peers = candidates.filter((row) => row.year === year);
    const judged = (among: readonly UnitPeerRow[]) => {
      const values = among.map((row) => row.value);
      return { status: statusAmongPeers(value, peerQuartiles(values), indicator.direction), basis: { year, count: values.filter((peer) => peer !== null).length } };
    };
    const all = judged(peers);
    const kind = koladaUnitKind(unit);
    const ofKind = kind === null ? [] : peers.filter((row) => koladaUnitKind(row.unit) === kind);
    const sameKind = kind !== null && ofKind.length > 0 && ofKind.length < peers.length ? { kind, ...judged(ofKind) } : null;
    return { ...all, sameKind };
  }
}
