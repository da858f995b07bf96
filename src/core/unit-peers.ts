/**
 * Unit-level peer comparison (docs/kolada.md, "Units among the country's units"): where a unit's
 * value stands among every unit in the country with a Kolada value for the indicator (schools
 * among schools), by the same quartile rule as the municipalities' (docs/rules.md §8), and among
 * the units of its own kind where Kolada's ids tell them apart.
 */
import type { PeerBasis, UnitPeerComparison } from "./evaluation/model";
import type { Indicator, UnitPeerRow } from "./plan/model";
import { peerQuartiles, statusAmongPeers, type PeerQuartiles } from "./peers";
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
   * The peers of the unit with Kolada id `unit` for an indicator: the other units' values of the
   * period's year, or of the latest earlier year there are any (Kolada publishes a year's figures
   * the next year), all of them and those of its own kind where that is a smaller group; null where
   * there are no unit values for the indicator up to that year. They do not depend on the unit's own
   * value, so a template can judge a value typed later against them (the unit's Pulstavla).
   */
  peersOf(indicator: Indicator, unit: string, periodYear: number, gender: "T" | "K" | "M" = "T"): UnitPeerGroups | null {
    const rows = [...(this.byKey.get(`i|${indicator.id}|${gender}`) ?? []), ...(indicator.koladaId === null ? [] : (this.byKey.get(`k|${indicator.koladaId}|${gender}`) ?? []))];
    // A row found both by its indicator and its Kolada id counts once; the unit itself is no peer of its own.
    const candidates = [...new Set(rows)].filter((row) => row.year <= periodYear && row.unit !== unit);
    if (candidates.length === 0) return null;
    const year = Math.max(...candidates.map((row) => row.year));
    const peers = candidates.filter((row) => row.year === year);
    const group = (among: readonly UnitPeerRow[]): UnitPeerGroup => {
      const values = among.map((row) => row.value);
      return { quartiles: peerQuartiles(values), basis: { year, count: values.filter((peer) => peer !== null).length } };
    };
    const kind = koladaUnitKind(unit);
    const ofKind = kind === null ? [] : peers.filter((row) => koladaUnitKind(row.unit) === kind);
    return { all: group(peers), sameKind: kind !== null && ofKind.length > 0 && ofKind.length < peers.length ? { kind, ...group(ofKind) } : null };
  }

  /** `value` of the unit with Kolada id `unit` among the other units ({@link peersOf}); null where it has no peers. */
  compare(indicator: Indicator, unit: string, value: Measured, periodYear: number, gender: "T" | "K" | "M" = "T"): UnitPeerComparison | null {
    const groups = this.peersOf(indicator, unit, periodYear, gender);
    if (groups === null) return null;
    const judged = (group: UnitPeerGroup) => ({ status: statusAmongPeers(value, group.quartiles, indicator.direction), basis: group.basis });
    return { ...judged(groups.all), sameKind: groups.sameKind === null ? null : { kind: groups.sameKind.kind, ...judged(groups.sameKind) } };
  }
}

/** A group of peer units: their quartiles (undefined when too few have a value) and what they are. */
export interface UnitPeerGroup {
  readonly quartiles: PeerQuartiles | undefined;
  readonly basis: PeerBasis;
}

export interface UnitPeerGroups {
  readonly all: UnitPeerGroup;
  readonly sameKind: (UnitPeerGroup & { readonly kind: string }) | null;
}

