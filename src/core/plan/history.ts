/**
 * Outcomes as history: what an organisation recorded at a period, following organisation changes
 * (org-lineage.ts). Evaluation, the unit templates' "previous outcome" and collection's checks all
 * ask it, so a merged unit's trend and its template show the same earlier value.
 */
import { aggregate } from "../aggregate";
import { isRuleError } from "../errors";
import type { Measured } from "../values";
import { OutcomeIndex } from "./indexes";
import type { ActualRow, Indicator, OrgChangeRow, OrgUnit } from "./model";
import { OrgLineage } from "./org-lineage";

/** Which of an outcome row's values: the total, or the women's or men's. */
export type OutcomeField = "actual" | "women" | "men";

/** A value and how many organisations' outcomes are behind it. */
export interface Combined {
  readonly value: Measured;
  readonly count: number;
}

export class History {
  readonly outcomes: OutcomeIndex;
  readonly lineage: OrgLineage;
  private readonly sizes: ReadonlyMap<string, Measured>;

  /** @param organisation the plan's organisations: their sizes weigh a weighted mean without *Viktas med*. */
  constructor(rows: readonly ActualRow[], changes: readonly OrgChangeRow[], organisation: readonly OrgUnit[] = []) {
    this.outcomes = new OutcomeIndex(rows);
    this.lineage = new OrgLineage(changes);
    this.sizes = new Map(organisation.map((unit) => [unit.id, unit.size]));
  }

  /** The outcome row as recorded, for exactly this organisation (no changes followed). */
  recorded(indicator: string, organisation: string, period: string | undefined, field: OutcomeField = "actual"): Measured {
    return period === undefined ? null : (this.outcomes.row(indicator, organisation, period)?.[field] ?? null);
  }

  /**
   * A reporting organisation's own outcome at `period`: its own row, or, before a change, its
   * predecessors' outcomes combined the way the indicator aggregates. Counts (sums) are not carried
   * to the parts of a split: a part of a count is not known.
   */
  value(indicator: Indicator, organisation: string, period: string | undefined, field: OutcomeField = "actual"): Measured {
    if (period === undefined) return null;
    const sources = this.lineage.sources(organisation, period);
    if (sources.length === 1 && sources[0] === organisation) return this.recorded(indicator.id, organisation, period, field);
    if (indicator.aggregation === "sum" && sources.some((source) => this.lineage.isShared(source, period))) return null;
    if (indicator.aggregation === "none") return sources.length === 1 ? this.recorded(indicator.id, sources[0] as string, period, field) : null;
    return this.combined(indicator, sources, period, field).value;
  }

  /**
   * The organisations whose outcomes make up an aggregate over `reporters` at `period` (each
   * predecessor once, however many successors share it), plus those whose history was handed to
   * `others` (e.g. a closed unit's to its division).
   */
  sourcesOf(reporters: readonly string[], others: readonly string[], period: string | undefined): readonly string[] {
    if (period === undefined || this.lineage.isEmpty) return reporters;
    const found = new Set<string>();
    for (const reporter of reporters) for (const source of this.lineage.sources(reporter, period)) found.add(source);
    for (const other of others) for (const source of this.lineage.sources(other, period)) if (source !== other) found.add(source);
    return [...found];
  }

  /**
   * An organisation's size as a weight for its outcome at `period`: its own, or, for a unit that
   * has gone (merged, renamed), its share of its successors' sizes — each successor's size shared
   * equally among the units whose history it carries — so last year's weighted values keep their
   * weights after the old units leave the Organisation sheet.
   */
  private sizeAt(organisation: string, period: string | undefined): Measured {
    const own = this.sizes.get(organisation);
    if (own !== undefined || period === undefined) return own ?? null;
    let total = 0;
    let known = false;
    for (const successor of this.lineage.successors(organisation, period)) {
      const size = this.sizes.get(successor) ?? null;
      if (size === null || successor === organisation) continue;
      total += size / Math.max(1, this.lineage.sources(successor, period).filter((source) => source !== successor).length);
      known = true;
    }
    return known ? total : null;
  }

  /**
   * The outcomes of `sources` combined by the indicator's aggregation; a weighted mean takes its
   * weights from the indicator in *Viktas med*, or else from the organisations' sizes.
   */
  combined(indicator: Indicator, sources: readonly string[], period: string | undefined, field: OutcomeField = "actual"): Combined {
    const { weightedBy } = indicator;
    const weights =
      indicator.aggregation !== "weighted" ? undefined : weightedBy === null ? sources.map((source) => this.sizeAt(source, period)) : sources.map((source) => this.recorded(weightedBy, source, period));
    try {
      const result = aggregate(sources.map((source) => this.recorded(indicator.id, source, period, field)), indicator.aggregation, weights);
      return { value: result.value, count: result.count };
    } catch (caught) {
      if (!isRuleError(caught)) throw caught;
      return { value: null, count: 0 };
    }
  }
}
