/**
 * Use cases: Kolada's data into a copy of the plan's Jämförelse, from saved responses and CSV
 * exports (import) or from the live API (fetch, with every page, byte and wait bounded).
 */
import type { Plan, PeerRow } from "../core";
import type { KoladaValue } from "../kolada/kolada-value";
import { parseKoladaCsv } from "../kolada/parse-csv";
import { parseKoladaJson } from "../kolada/parse-json";
import { peersFromKolada } from "../kolada/to-peers";
import { PEERS_SHEET } from "../workbook/plan/plan-sheets";
import { peersSheet } from "../workbook/plan/write-plan";
import { withSheetsReplaced } from "../workbook/replace-sheet";
import { LOG_SHEET, logSheet } from "../workbook/log/log-sheet";
import type { LogEntry } from "../core";

export { KoladaFormatError, type KoladaValue } from "../kolada/kolada-value";
export { KoladaFetchError, asSavedResponse, fetchKolada, type FetchOptions } from "../kolada/fetch";
export { KOLADA_API, parseYears } from "../kolada/api-urls";

/** The values of one Kolada file's text: JSON by its content, else CSV. @throws KoladaFormatError */
export function koladaValues(text: string, name: string): readonly KoladaValue[] {
  return text.trimStart().startsWith("{") ? parseKoladaJson(text, name).values : parseKoladaCsv(text, name);
}

/** What went into the plan's Jämförelse. */
export interface PeersAdded {
  readonly bytes: Uint8Array;
  readonly peers: readonly PeerRow[];
  readonly withoutData: readonly string[];
  readonly ignored: number;
}

/**
 * A copy of the plan's bytes with `values` as its Jämförelse, and `log` (when given) as its Logg;
 * every other sheet as it was.
 */
export async function planWithPeers(planBytes: Uint8Array, plan: Plan, values: readonly KoladaValue[], log?: readonly LogEntry[]): Promise<PeersAdded> {
  const { peers, withoutData, ignored } = peersFromKolada(plan, values);
  const logged = log === undefined ? [] : [{ sheet: logSheet(log), names: LOG_SHEET.names }];
  const bytes = await withSheetsReplaced(planBytes, [{ sheet: peersSheet({ ...plan, peers }), names: PEERS_SHEET.names }, ...logged]);
  return { bytes, peers, withoutData, ignored };
}
