/**
 * Kolada's values as the plan's peer rows (`Jämförelse`), for the indicators that carry a
 * Kolada-id. Kolada gives percentages in percent units (85.2); Puls stores a `%` indicator as a
 * fraction (0.852), so they are divided by 100 here: a municipality's own outcome and its peers
 * are always compared in the same unit. Units' values (`oudata`) are not municipalities': they go
 * to `Jämförelse enheter` (to-unit-peers.ts), never into this sheet.
 */
import type { Indicator, PeerRow, Plan } from "../core";
import type { KoladaValue } from "./kolada-value";

export interface PeerImport {
  readonly peers: PeerRow[];
  /** Kolada-ids in the plan with no value in the files. */
  readonly withoutData: readonly string[];
  /** Values for KPIs no indicator of the plan carries (left out). */
  readonly ignored: number;
}

const isPercent = (indicator: Indicator) => indicator.unit.trim() === "%";

/** A Kolada value in the unit the plan stores the indicator in (a `%` indicator's as a fraction). */
export function inPlanUnits(indicator: Indicator, value: number | null): number | null {
  return value === null ? null : isPercent(indicator) ? value / 100 : value;
}

/** The plan's indicators by the Kolada-id they carry (one KPI can stand behind several). */
export function indicatorsByKpi(plan: Plan): Map<string, Indicator[]> {
  const byKpi = new Map<string, Indicator[]>();
  for (const indicator of plan.indicators) {
    if (indicator.koladaId === null || indicator.koladaId === "") continue;
    byKpi.set(indicator.koladaId, [...(byKpi.get(indicator.koladaId) ?? []), indicator]);
  }
  return byKpi;
}

/** The peer rows for the plan's Kolada-linked indicators (one per indicator, municipality, year, gender; later files win). */
export function peersFromKolada(plan: Plan, values: readonly KoladaValue[]): PeerImport {
  const byKpi = indicatorsByKpi(plan);
  const rows = new Map<string, PeerRow>();
  let ignored = 0;
  const found = new Set<string>();
  for (const value of values) {
    if (value.unit !== undefined) continue;
    found.add(value.kpi);
    const indicators = byKpi.get(value.kpi);
    if (indicators === undefined) {
      ignored++;
      continue;
    }
    for (const indicator of indicators) {
      const key = `${indicator.id}|${value.municipality}|${value.year}|${value.gender}`;
      rows.set(key, { indicator: indicator.id, koladaId: value.kpi, municipalityCode: value.municipality, year: value.year, gender: value.gender, value: inPlanUnits(indicator, value.value), at: {} });
    }
  }
  const peers = [...rows.values()].sort((a, b) => (a.indicator ?? "").localeCompare(b.indicator ?? "") || a.year - b.year || a.municipalityCode.localeCompare(b.municipalityCode) || a.gender.localeCompare(b.gender));
  return { peers, withoutData: [...byKpi.keys()].filter((kpi) => !found.has(kpi)), ignored };
}
