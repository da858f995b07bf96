/**
 * What the reports say about what they compare with (docs/reports.md): the earlier periods a key
 * indicator's history holds (the same period in earlier years), and beside a peer status the Kolada
 * year it was judged in and how many municipalities it was judged among ("Källa: Kolada (RKA), år 2025, 29
 * kommuner"), so that a reader knows that an interim period is compared with last year's figures.
 */
import type { Comparison, Language, PeerBasis, PeerGroupBasis, UnitPeerComparison } from "../core";
import { formatNumber } from "./format";
import { REPORT_TEXTS } from "./texts";

export interface PeerBased {
  readonly peerBasis: PeerBasis | null;
  readonly peerGroupBasis: PeerGroupBasis | null;
}

/** "2025", or "2024–2025" where the lines differ. */
function span(values: readonly number[], language: Language, plain = false): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const show = (value: number) => (plain ? String(value) : formatNumber(value, language));
  return low === high ? show(low) : `${show(low)}–${show(high)}`;
}

/** The basis of the peer statuses of some lines: "Kolada 2025, 29 kommuner; jämförelsegruppen 8 kommuner", or null where none has one. */
export function peerBasisText(lines: readonly PeerBased[], language: Language): string | null {
  const s = REPORT_TEXTS[language].sentences;
  const all = lines.flatMap((line) => (line.peerBasis === null ? [] : [line.peerBasis]));
  const group = lines.flatMap((line) => (line.peerGroupBasis === null ? [] : [line.peerGroupBasis]));
  if (all.length === 0 && group.length === 0) return null;
  const years = [...all, ...group].map((basis) => basis.year);
  const parts = [
    s.peerBasis(span(years, language, true), all.length === 0 ? "0" : span(all.map((basis) => basis.count), language)),
    ...(group.length === 0 ? [] : [s.peerGroupBasis(span(group.map((basis) => basis.count), language), [...new Set(group.map((basis) => basis.name).filter((name) => name !== ""))].join("; "))]),
  ];
  return parts.join("; ");
}

/** A unit's comparison with the country's units: "Källa: Kolada (RKA), år 2025, 412 enheter; 380 av samma slag (V15E)", or null where it has none. */
export function unitPeerSourceText(comparison: UnitPeerComparison | null, language: Language): string | null {
  if (comparison === null) return null;
  const s = REPORT_TEXTS[language].sentences;
  const all = s.unitPeerBasis(String(comparison.basis.year), formatNumber(comparison.basis.count, language));
  const kind = comparison.sameKind === null ? "" : `; ${s.unitKindBasis(formatNumber(comparison.sameKind.basis.count, language), comparison.sameKind.kind)}`;
  return `${language === "sv" ? "Källa" : "Source"}: ${all}${kind}`;
}

/** "Källa: Kolada 2025, 29 kommuner." for some lines, or null where none has a peer status. */
export function peerSourceSentence(lines: readonly PeerBased[], language: Language): string | null {
  const basis = peerBasisText(lines, language);
  return basis === null ? null : REPORT_TEXTS[language].sentences.peerSource(basis);
}

/** What the key indicators' history compares the period with, or that the plan has nothing to compare with. */
export function comparisonSentence(comparison: Comparison, language: Language): string {
  const s = REPORT_TEXTS[language].sentences;
  if (comparison.earlier.length === 0) return s.noEarlier(comparison.kind);
  return s.comparedWith(comparison.earlier.map((period) => period.name).join(", "), comparison.reference === null ? null : comparison.reference.name);
}
