/**
 * The period summary as terminal text.
 */
import { ASSESSMENT_LABELS, STATUS_LABELS, handedInText, type Language } from "../core";
import type { PeriodSummary } from "../app/collect";
import { TEXTS } from "./texts";

export function renderSummary(summary: PeriodSummary, language: Language): string {
  const t = TEXTS[language];
  const lines: string[] = [`${summary.municipality} · ${summary.periodName} (${summary.period})`, ""];
  if (summary.reporting !== null) {
    const r = summary.reporting;
    lines.push(`${t.reporting(r.submitted, r.expected)}`);
    if (r.missing.length > 0) lines.push(`  ${t.missing}: ${r.missing.map((m) => `${m.name} (${m.id})`).join(", ")}`);
    if (r.late.length > 0) {
      const when = new Map(r.lateHandedIn.map((entry) => [entry.id, handedInText(entry, language)]));
      lines.push(`  ${t.late}: ${r.late.map((id) => (when.has(id) ? `${id} (${when.get(id) ?? ""})` : id)).join(", ")}`);
    }
    if (r.withErrors.length > 0) lines.push(`  ${t.withErrors}: ${r.withErrors.join(", ")}`);
    lines.push("");
  }
  const s = summary.statuses;
  const labels = STATUS_LABELS[language];
  lines.push(`${t.statuses}:`, `  ${labels.green} ${s.green} · ${labels.yellow} ${s.yellow} · ${labels.red} ${s.red} · ${labels.missing} ${s.missing}`, "");
  const g = summary.resultGoals;
  const assessments = ASSESSMENT_LABELS[language];
  lines.push(`${t.resultGoals}:`, `  ${assessments.met} ${g.met} · ${assessments.partlyMet} ${g.partlyMet} · ${assessments.notMet} ${g.notMet} · ${assessments.cannotAssess} ${g.cannotAssess}`, "");
  lines.push(`${t.problems(summary.problems.errors, summary.problems.warnings)}`);
  for (const kind of summary.problems.byKind) {
    for (const example of kind.examples) {
      const place = [example.where, example.organisation === "" ? "" : `[${example.organisation}]`].filter((part) => part !== "").join(" ");
      lines.push(`  ${example.severity === "error" ? t.error : t.warning}: ${place}`, `    ${example.message}`);
    }
    if (kind.count > kind.examples.length) lines.push(`    ${t.more(kind.count - kind.examples.length)}`);
  }
  return lines.join("\n");
}
