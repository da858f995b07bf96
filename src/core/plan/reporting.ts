/**
 * Who reports an indicator, and where it is evaluated (docs/workbooks.md §1, "Who reports what"):
 * the organisations its `Rapporteras av` names at or below the organisation that owns the
 * indicator's goal — all of one level, or those of the named categories (*verksamhetstyp*), or
 * named by id — plus, for a level, any organisation with its own target row; evaluated there and,
 * through aggregation, at every organisation above them up to the municipality.
 */
import { normaliseWord } from "../words";
import type { Indicator, OrgUnit, Plan, ReportedBy } from "./model";

/** The organisation tree of a plan, for walking up and down. */
export class OrgTree {
  private readonly byId: ReadonlyMap<string, OrgUnit>;
  private readonly children = new Map<string, OrgUnit[]>();

  constructor(organisation: readonly OrgUnit[]) {
    this.byId = new Map(organisation.map((unit) => [unit.id, unit]));
    for (const unit of organisation) {
      if (unit.parent === null) continue;
      const siblings = this.children.get(unit.parent) ?? [];
      siblings.push(unit);
      this.children.set(unit.parent, siblings);
    }
  }

  get(id: string): OrgUnit | undefined {
    return this.byId.get(id);
  }

  /** The organisation and everything below it, depth first (cycles, reported elsewhere, are cut). */
  subtree(id: string): OrgUnit[] {
    const result: OrgUnit[] = [];
    const seen = new Set<string>();
    const visit = (unit: OrgUnit | undefined) => {
      if (unit === undefined || seen.has(unit.id)) return;
      seen.add(unit.id);
      result.push(unit);
      for (const child of this.children.get(unit.id) ?? []) visit(child);
    };
    visit(this.byId.get(id));
    return result;
  }

  /** The organisations above `id`, nearest first. */
  ancestors(id: string): OrgUnit[] {
    const result: OrgUnit[] = [];
    const seen = new Set<string>([id]);
    let parent = this.byId.get(id)?.parent ?? null;
    while (parent !== null && !seen.has(parent)) {
      const unit = this.byId.get(parent);
      if (unit === undefined) break;
      result.push(unit);
      seen.add(parent);
      parent = unit.parent;
    }
    return result;
  }

  /** The organisation at the top of the tree (the municipality), if there is exactly one root. */
  root(): OrgUnit | undefined {
    const roots = [...this.byId.values()].filter((unit) => unit.parent === null);
    return roots.length === 1 ? roots[0] : undefined;
  }
}

/** The organisation that owns the indicator's goal, or undefined when the goal is unknown. */
export function ownerOf(plan: Plan, indicator: Indicator): string | undefined {
  const goal = plan.goals.find((candidate) => candidate.id === indicator.goal);
  if (goal === undefined) return undefined;
  return goal.organisation === "" ? undefined : goal.organisation;
}

/** Whether `unit` is one `reportedBy` names: of its level, or of a named category, or named by id. */
export function isNamedBy(reportedBy: ReportedBy, unit: OrgUnit): boolean {
  if ("level" in reportedBy) return unit.type === reportedBy.level;
  const category = normaliseWord(unit.category);
  return reportedBy.named.some((name) => name === unit.id || (category !== "" && normaliseWord(name) === category));
}

/** The names in a `Rapporteras av` list that are neither a category of the plan nor an organisation id. */
export function unknownReporterNames(plan: Plan, reportedBy: ReportedBy): string[] {
  if ("level" in reportedBy) return [];
  const categories = new Set(plan.organisation.map((unit) => normaliseWord(unit.category)).filter((category) => category !== ""));
  const ids = new Set(plan.organisation.map((unit) => unit.id));
  return reportedBy.named.filter((name) => !ids.has(name) && !categories.has(normaliseWord(name)));
}

/**
 * The ids of the organisations that report `indicator`, in the organisation sheet's order. A
 * level reaches every organisation of that level under the owner, and an organisation with its own
 * target row reports too (as plans have always had it); a named list is exact: a unit named by id
 * reports wherever it sits, a category only under the owner.
 */
export function reportingOrganisations(plan: Plan, indicator: Indicator, tree: OrgTree = new OrgTree(plan.organisation)): string[] {
  const owner = ownerOf(plan, indicator);
  const { reportedBy } = indicator;
  const below = owner === undefined ? [] : tree.subtree(owner);
  const ids = new Set(below.filter((unit) => isNamedBy(reportedBy, unit)).map((unit) => unit.id));
  if ("level" in reportedBy) {
    for (const target of plan.targets) if (target.indicator === indicator.id && target.organisation !== null && tree.get(target.organisation) !== undefined) ids.add(target.organisation);
  } else {
    for (const name of reportedBy.named) if (tree.get(name) !== undefined) ids.add(name);
  }
  return plan.organisation.filter((unit) => ids.has(unit.id)).map((unit) => unit.id);
}

/** Every indicator a given organisation reports, in the indicator sheet's order. */
export function indicatorsReportedBy(plan: Plan, organisation: string, tree: OrgTree = new OrgTree(plan.organisation)): Indicator[] {
  return plan.indicators.filter((indicator) => reportingOrganisations(plan, indicator, tree).includes(organisation));
}

/**
 * Every reporting organisation with the indicators it reports, in the organisation sheet's
 * order: the whole "who reports what" of a plan, computed once.
 */
export function indicatorsByReporter(plan: Plan): Map<string, Indicator[]> {
  const tree = new OrgTree(plan.organisation);
  const byOrganisation = new Map<string, Indicator[]>();
  for (const indicator of plan.indicators) {
    for (const organisation of reportingOrganisations(plan, indicator, tree)) {
      const list = byOrganisation.get(organisation) ?? [];
      list.push(indicator);
      byOrganisation.set(organisation, list);
    }
  }
  return new Map(plan.organisation.filter((o) => byOrganisation.has(o.id)).map((o) => [o.id, byOrganisation.get(o.id) ?? []]));
}
