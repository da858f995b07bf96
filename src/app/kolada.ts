/**
 * Use cases: Kolada's data into a copy of the plan: the municipalities' values into Jämförelse and
 * the country's units' values into Jämförelse enheter, from saved responses and CSV exports
 * (import) or from the live API (fetch, with every page, byte and wait bounded); the plan's units
 * matched with Kolada's by name (units); RKA's groups of similar municipalities (groups).
 */
import type { AreaPeerGroup, Goal, OrgUnit, PeerRow, Plan, UnitPeerRow } from "../core";
import { groupYear, type KoladaGroup, type KoladaUnit } from "../kolada/parse-metadata";
import type { KoladaValue } from "../kolada/kolada-value";
import { matchUnits, withKoladaIds, type UnitMatching } from "../kolada/match-units";
import { parseKoladaCsv } from "../kolada/parse-csv";
import { parseKoladaJson } from "../kolada/parse-json";
import { peersFromKolada } from "../kolada/to-peers";
import { unitPeersFromKolada } from "../kolada/to-unit-peers";
import { AREA_PEER_GROUPS_SHEET, ORGANISATION_SHEET, PEERS_SHEET, SETTINGS_SHEET, UNIT_PEERS_SHEET } from "../workbook/plan/plan-sheets";
import { areaPeerGroupsSheet, organisationSheet, peersSheet, settingsSheet, unitPeersSheet } from "../workbook/plan/write-plan";
import { withSheetReplaced, withSheetsReplaced } from "../workbook/replace-sheet";
import { LOG_SHEET, logSheet } from "../workbook/log/log-sheet";
import type { LogEntry } from "../core";

export { KoladaFormatError, type KoladaValue } from "../kolada/kolada-value";
export { KoladaFetchError, asSavedResponse, fetchKolada, fetchKoladaList, type FetchOptions, type FetchSetup } from "../kolada/fetch";
export { KOLADA_API, groupsUrl, kpiUrls, parseYears, unitsUrl } from "../kolada/api-urls";
export { koladaGroups, koladaUnits, kpisWithUnitData, type KoladaGroup, type KoladaUnit } from "../kolada/parse-metadata";
export type { UnitMatch, UnitMatching } from "../kolada/match-units";

/** The values of one Kolada file, and how many Kolada marks as deleted (left out). */
export interface KoladaRead {
  readonly values: readonly KoladaValue[];
  readonly deleted: number;
}

/** The values of one Kolada file's text: JSON by its content, else CSV. @throws KoladaFormatError */
export function koladaValues(text: string, name: string): KoladaRead {
  if (!text.trimStart().startsWith("{")) return { values: parseKoladaCsv(text, name), deleted: 0 };
  const page = parseKoladaJson(text, name);
  return { values: page.values, deleted: page.deleted };
}

/** What went into the plan's Jämförelse and Jämförelse enheter. */
export interface PeersAdded {
  readonly bytes: Uint8Array;
  /** The municipalities' rows, or null where the files had none (Jämförelse then kept as it was). */
  readonly peers: readonly PeerRow[] | null;
  readonly withoutData: readonly string[];
  readonly ignored: number;
  /** The units' rows, or null where the files had none (Jämförelse enheter then kept as it was). */
  readonly unitPeers: readonly UnitPeerRow[] | null;
}

/**
 * A copy of the plan's bytes with `values` in its Jämförelse (the municipalities') and Jämförelse
 * enheter (the units'), each written anew only where the values hold some of its kind, so that
 * importing units' data never empties the municipalities' comparison; and `log` (when given) as
 * its Logg; every other sheet as it was.
 */
export async function planWithPeers(planBytes: Uint8Array, plan: Plan, values: readonly KoladaValue[], log?: readonly LogEntry[]): Promise<PeersAdded> {
  const hasUnits = values.some((value) => value.unit !== undefined);
  const hasMunicipalities = values.some((value) => value.unit === undefined);
  const { peers, withoutData, ignored } = peersFromKolada(plan, values);
  const units = unitPeersFromKolada(plan, values);
  const writeMunicipalities = hasMunicipalities || !hasUnits;
  const bytes = await withSheetsReplaced(planBytes, [
    ...(writeMunicipalities ? [{ sheet: peersSheet({ ...plan, peers }), names: PEERS_SHEET.names }] : []),
    ...(hasUnits ? [{ sheet: unitPeersSheet({ ...plan, unitPeers: units.unitPeers }), names: UNIT_PEERS_SHEET.names }] : []),
    ...(log === undefined ? [] : [{ sheet: logSheet(log), names: LOG_SHEET.names }]),
  ]);
  return { bytes, peers: writeMunicipalities ? peers : null, withoutData: writeMunicipalities ? withoutData : [], ignored: (writeMunicipalities ? ignored : 0) + units.ignored, unitPeers: hasUnits ? units.unitPeers : null };
}

/** The plan's units matched with Kolada's, and a copy of the plan with the ids proposed in Organisation. */
export async function planWithUnitIds(planBytes: Uint8Array, plan: Plan, kolada: readonly KoladaUnit[]): Promise<{ readonly bytes: Uint8Array; readonly matching: UnitMatching; readonly organisation: readonly OrgUnit[] }> {
  const matching = matchUnits(plan.organisation, kolada);
  const organisation = withKoladaIds(plan.organisation, matching);
  const bytes = await withSheetReplaced(planBytes, organisationSheet({ ...plan, organisation }), ORGANISATION_SHEET.names);
  return { bytes, matching, organisation };
}

/** The group among `groups` that `chosen` names: its id, or its title (exactly, or the only one containing it, any case). */
export function chooseGroup(groups: readonly KoladaGroup[], chosen: string): { readonly group: KoladaGroup } | { readonly candidates: readonly KoladaGroup[] } {
  const wanted = chosen.trim().toLocaleLowerCase("sv-SE");
  const exact = groups.find((group) => group.id.toLocaleLowerCase("sv-SE") === wanted || group.title.toLocaleLowerCase("sv-SE") === wanted);
  if (exact !== undefined) return { group: exact };
  const containing = groups.filter((group) => group.title.toLocaleLowerCase("sv-SE").includes(wanted));
  return containing.length === 1 && containing[0] !== undefined ? { group: containing[0] } : { candidates: containing };
}

/**
 * A copy of the plan with `group` as its Jämförelsegrupp (the members' codes, the municipality's
 * own left out: it is never its own peer) and the group's title as its name; with `area` (a goal,
 * usually a priority area) the group is that area's instead, on the sheet Jämförelsegrupper, and
 * the indicators under it are compared with it (core/plan/peer-group-of.ts).
 */
export async function planWithGroup(planBytes: Uint8Array, plan: Plan, group: KoladaGroup, area: Goal | null = null): Promise<{ readonly bytes: Uint8Array; readonly codes: readonly string[]; readonly year: number | null }> {
  const codes = group.members.map((member) => member.code).filter((code) => code !== plan.settings.municipalityCode);
  const year = groupYear(group.title);
  if (area !== null) {
    const chosen: AreaPeerGroup = { area: area.id, groupId: group.id, name: group.title, members: codes };
    const areaPeerGroups = [...(plan.areaPeerGroups ?? []).filter((other) => other.area !== area.id), chosen];
    const bytes = await withSheetReplaced(planBytes, areaPeerGroupsSheet({ ...plan, areaPeerGroups }), AREA_PEER_GROUPS_SHEET.names);
    return { bytes, codes, year };
  }
  const settings = { ...plan.settings, peerGroup: codes, peerGroupName: group.title };
  const bytes = await withSheetReplaced(planBytes, settingsSheet({ ...plan, settings }), SETTINGS_SHEET.names);
  return { bytes, codes, year };
}

/** The goal `named` names (its id, or its name in any case), for `--area`; undefined when none does. */
export function areaGoal(plan: Plan, named: string): Goal | undefined {
  const wanted = named.trim().toLocaleLowerCase("sv-SE");
  return plan.goals.find((goal) => goal.id.toLocaleLowerCase("sv-SE") === wanted) ?? plan.goals.find((goal) => goal.name.toLocaleLowerCase("sv-SE") === wanted);
}
