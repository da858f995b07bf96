/**
 * Kolada's values of organisational units (`oudata`: schools, preschools, … in the whole country)
 * as the plan's `Jämförelse enheter`, for the indicators that carry a Kolada-id, in the plan's
 * units (a `%` indicator's as a fraction, as for the municipalities). Kept apart from the
 * municipalities' peers: a school is compared with schools.
 */
import type { Plan, UnitPeerRow } from "../core";
import type { KoladaValue } from "./kolada-value";
import { inPlanUnits, indicatorsByKpi } from "./to-peers";

export interface UnitPeerImport {
  readonly unitPeers: UnitPeerRow[];
  /** How many units had a value (present or missing). */
  readonly units: number;
  /** Values for KPIs no indicator of the plan carries (left out). */
  readonly ignored: number;
}

/** The unit peer rows (one per indicator, unit, year, gender; later files win). */
export function unitPeersFromKolada(plan: Plan, values: readonly KoladaValue[]): UnitPeerImport {
  const byKpi = indicatorsByKpi(plan);
  const rows = new Map<string, UnitPeerRow>();
  let ignored = 0;
  for (const value of values) {
    if (value.unit === undefined) continue;
    const indicators = byKpi.get(value.kpi);
    if (indicators === undefined) {
      ignored++;
      continue;
    }
    for (const indicator of indicators) {
      const key = `${indicator.id}|${value.unit}|${value.year}|${value.gender}`;
      rows.set(key, { indicator: indicator.id, koladaId: value.kpi, unit: value.unit, year: value.year, gender: value.gender, value: inPlanUnits(indicator, value.value), count: value.count ?? null, at: {} });
    }
  }
  const unitPeers = [...rows.values()].sort((a, b) => (a.indicator ?? "").localeCompare(b.indicator ?? "") || a.year - b.year || a.unit.localeCompare(b.unit) || a.gender.localeCompare(b.gender));
  return { unitPeers, units: new Set(unitPeers.map((row) => row.unit)).size, ignored };
}
