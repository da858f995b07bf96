/**
 * The data's fingerprint: a check value over everything a report of a period is made from (the
 * plan's content and what collection gave), so the log can say which data a report was made
 * from, and a report made after a sign-off can tell whether the data changed since. Where a row
 * came from (its cell, when it was read in) is left out: the same data read back from the
 * consolidated workbook has the same fingerprint as just collected.
 */
import type { ReportInput } from "../reports/input";
import { planFingerprint } from "../plan/fingerprint";

/**
 * Two FNV-1a hashes of 32 bits with different offsets, fed one text at a time, as 16 hex digits:
 * pure, fast over a plan's hundred thousand comparison rows, and enough to tell data apart. Not
 * a secret: it notices changes, it does not stop a forger.
 */
class Fingerprinter {
  private first = 0x811c9dc5;
  private second = 0x01000193 ^ 0x5bd1e995;

  add(...parts: readonly (string | number | boolean | null | undefined)[]): void {
    for (const part of parts) this.text(`${part === null || part === undefined ? "" : String(part)}\u001f`);
    this.text("\n");
  }

  private text(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      this.first = Math.imul(this.first ^ code, 0x01000193);
      this.second = Math.imul(this.second ^ code, 0x01000193);
    }
  }

  hex(): string {
    return (this.first >>> 0).toString(16).padStart(8, "0") + (this.second >>> 0).toString(16).padStart(8, "0");
  }
}

/** The fingerprint of the data of `input`: the same data gives the same 16 hex digits, any change to a figure, target, assessment or unit's text another. */
export function dataFingerprint(input: ReportInput): string {
  const { plan } = input;
  const f = new Fingerprinter();
  f.add(planFingerprint(plan), input.period);
  const s = plan.settings;
  f.add(s.yellowFrom, s.trendBand, s.rollupMethod, s.minCoverage, s.deadline, s.commentRequiredOnRed, s.peerGroup.join(","), s.resultIndicator, s.balanceAdjustments);
  for (const o of plan.organisation) f.add("o", o.id, o.name, o.size, o.sizeMeasure);
  for (const g of plan.goals) f.add("g", g.id, g.name, g.parent, g.rollupMethod, g.financial);
  for (const i of plan.indicators) f.add("i", i.id, i.name, i.weight, i.yellowFrom, i.tolerance, i.aggregation, i.weightedBy, i.koladaId);
  for (const t of plan.targets) f.add("t", t.indicator, t.organisation, t.period, JSON.stringify(t.target), t.targetMax, t.baseline, t.budget);
  for (const a of plan.actuals) f.add("a", a.indicator, a.organisation, a.period, a.actual, a.women, a.men, a.comment, a.forecast);
  for (const a of plan.assessments) f.add("b", a.goal, a.organisation, a.period, a.assessment, a.justification, a.assessedBy, a.date);
  for (const p of plan.politicalAnalysis) f.add("p", p.goal, p.period, p.politicalAssessment, p.analysis, p.conclusions);
  for (const p of plan.peers) f.add("j", p.indicator, p.koladaId, p.municipalityCode, p.year, p.gender, p.value);
  for (const c of plan.orgChanges) f.add("c", c.oldId, c.newId, c.from);
  for (const g of plan.areaPeerGroups ?? []) f.add("q", g.area, g.members.join(","));
  for (const a of input.collected) f.add("u", a.indicator, a.organisation, a.period, a.actual, a.women, a.men, a.comment, a.forecast);
  for (const r of input.reporting ?? []) f.add("r", r.organisation, r.state);
  for (const [unit, actions] of input.actions) for (const a of actions) f.add("h", unit, a.action, a.about, a.owner, a.due, a.newDate, a.statusText, a.comment);
  for (const [unit, analyses] of input.analyses) for (const a of analyses) f.add("n", unit, a.goal, a.text);
  return f.hex();
}
