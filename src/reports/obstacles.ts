/**
 * What stands in the way of a report, in one sentence of the report's language: "Årsredovisningen
 * görs för ett helår; perioden 2026-D är ett delår." A draft's first page says it; the CLI and the
 * task pane add what to do.
 */
import type { Language } from "../core";
import { formatPercent } from "./format";
import { PROVENANCE_TEXTS } from "./provenance-text";
import { REPORT_TEXTS, type ReportObstacle } from "./texts";

export function obstacleSentence(obstacle: ReportObstacle, language: Language): string {
  const d = REPORT_TEXTS[language].draft;
  if (obstacle.kind === "period") {
    const needs = obstacle.report === "annual" ? d.periodKinds.fullYear : d.periodKinds.interim;
    return d.period(d.subject[obstacle.report], needs, obstacle.period, d.periodKinds[obstacle.periodKind]);
  }
  if (obstacle.kind === "changedSinceSignOff") return PROVENANCE_TEXTS[language].changed(obstacle.by, obstacle.day, obstacle.entry);
  const share = obstacle.values === 0 ? 0 : obstacle.withOutcome / obstacle.values;
  return d.coverage(obstacle.withOutcome, obstacle.values, formatPercent(share, language, 0), formatPercent(obstacle.minCoverage, language, 0));
}
