/**
 * A plan's fingerprint, written into every unit template and checked at collection: a template
 * made from another plan (another year, another municipality, indicators changed since) is
 * recognised. It covers what decides a template's rows (the municipality, the year, the periods,
 * the organisation and the indicators), not targets: correcting a target must not invalidate
 * templates already sent out (collection judges against the plan's targets anyway).
 */
import type { Plan } from "./model";

/** FNV-1a, 32 bits, as 8 hex digits: stable, pure and enough to tell plans apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/**
 * A template's seal: a check value over what Puls wrote into its hidden sheet (unit, name,
 * period, plan, when it was made). A unit id edited by hand no longer matches it, so a copy of
 * one unit's template cannot pass as another's. Not a secret (the rule is public): it stops
 * edits and mistakes, not a determined forger, and is documented as such.
 */
export function templateSeal(fields: readonly string[]): string {
  return fnv1a(["puls-mall", ...fields].join("\u001f"));
}

export function planFingerprint(plan: Plan): string {
  const parts = [
    plan.settings.municipality,
    String(plan.settings.year),
    ...plan.periods.map((p) => p.id),
    ...plan.organisation.map((o) => `${o.id}<${o.parent ?? ""}:${o.type}`),
    // A level reads as before (templates made before categories existed keep their fingerprint).
    ...plan.organisation.filter((o) => o.category !== "").map((o) => `${o.id}#${o.category}`),
    ...plan.indicators.map((i) => `${i.id}>${i.goal}:${i.direction}:${"level" in i.reportedBy ? i.reportedBy.level : i.reportedBy.named.join("|")}:${i.unit}`),
  ];
  return fnv1a(parts.join("\n"));
}
