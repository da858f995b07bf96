/**
 * How outcomes follow an organisation across changes between years (the sheet
 * `Organisationsförändringar`): a row "old → new from P" says that the old unit's outcomes of
 * periods before P are history of the new one. A merger (A, B → C) gives C the history of both, a
 * split (A → B, A → C) gives each part A's, a rename carries it over, a closure (no new id) lets it
 * go. Chains (A → B from 2025, B → C from 2027) are followed. An old id may come back later as a
 * new unit: its outcomes from P on are its own.
 */
import type { OrgChangeRow } from "./model";

const PERIOD = /^(\d{4})(?:-(T[1-3]|D|M(0[1-9]|1[0-2])))?$/;
const TERTIAL_START: Readonly<Record<string, number>> = { T1: 0, T2: 4, T3: 8 };

/**
 * When a period starts, in months since year 0 (tertials start in January, May and September; the
 * interim report and the year in January), or undefined for an id that is not a period id. Outcomes
 * of a period that starts before a change's period are history of the successor.
 */
export function periodStartMonth(period: string): number | undefined {
  const match = PERIOD.exec(period.trim());
  if (match === null) return undefined;
  const year = Number(match[1]) * 12;
  const part = match[2];
  if (part === undefined || part === "D") return year;
  if (match[3] !== undefined) return year + Number(match[3]) - 1;
  return year + (TERTIAL_START[part] ?? 0);
}

function startsBefore(period: string, change: OrgChangeRow): boolean {
  const start = periodStartMonth(period);
  const from = periodStartMonth(change.from);
  return start !== undefined && from !== undefined && start < from;
}

export class OrgLineage {
  private readonly byOld = new Map<string, OrgChangeRow[]>();
  private readonly oldIds: readonly string[];
  private readonly landings = new Map<string, ReadonlySet<string>>();
  private readonly sourceCache = new Map<string, readonly string[]>();

  constructor(changes: readonly OrgChangeRow[]) {
    for (const change of changes) {
      const list = this.byOld.get(change.oldId) ?? [];
      list.push(change);
      this.byOld.set(change.oldId, list);
    }
    this.oldIds = [...this.byOld.keys()];
  }

  /** Every organisation whose history ever flows into `organisation`, itself included. */
  ancestry(organisation: string): ReadonlySet<string> {
    const found = new Set([organisation]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [oldId, changes] of this.byOld) {
        if (!found.has(oldId) && changes.some((change) => change.newId !== null && found.has(change.newId))) {
          found.add(oldId);
          grew = true;
        }
      }
    }
    return found;
  }

  /** True when the plan records no changes: every organisation's history is its own. */
  get isEmpty(): boolean {
    return this.oldIds.length === 0;
  }

  /**
   * The organisations whose outcomes at `period` count as `organisation`'s: itself (unless its
   * outcomes of then went to a successor) and its predecessors at that time.
   */
  sources(organisation: string, period: string): readonly string[] {
    if (this.isEmpty) return [organisation];
    const key = `${organisation}\u0000${period}`;
    let found = this.sourceCache.get(key);
    if (found === undefined) {
      found = [organisation, ...this.oldIds.filter((id) => id !== organisation)].filter((id) => this.landing(id, period).has(organisation));
      this.sourceCache.set(key, found);
    }
    return found;
  }

  /** Where `organisation`'s outcomes of `period` belong now: itself, or its successors. */
  successors(organisation: string, period: string): ReadonlySet<string> {
    return this.isEmpty ? new Set([organisation]) : this.landing(organisation, period);
  }

  /** Whether an organisation's outcomes at `period` went to more than one successor (a split). */
  isShared(organisation: string, period: string): boolean {
    return this.landing(organisation, period).size > 1;
  }

  /**
   * Where the outcomes `organisation` recorded at `period` belong now. The change that applies is
   * the earliest one after the period (all rows with that period: a split has several).
   */
  private landing(organisation: string, period: string, visiting: ReadonlySet<string> = new Set()): ReadonlySet<string> {
    const key = `${organisation}\u0000${period}`;
    const known = this.landings.get(key);
    if (known !== undefined) return known;
    const later = (this.byOld.get(organisation) ?? []).filter((change) => startsBefore(period, change));
    let result: Set<string>;
    if (later.length === 0 || visiting.has(organisation)) {
      result = new Set([organisation]);
    } else {
      const first = Math.min(...later.map((change) => periodStartMonth(change.from) ?? Infinity));
      const next = [...visiting, organisation];
      result = new Set();
      for (const change of later.filter((candidate) => periodStartMonth(candidate.from) === first)) {
        if (change.newId === null) continue;
        // A unit that continues beside a part split off keeps its own history ("A → A").
        const onward = change.newId === organisation ? new Set([organisation]) : this.landing(change.newId, period, new Set(next));
        for (const id of onward) result.add(id);
      }
    }
    if (visiting.size === 0) this.landings.set(key, result);
    return result;
  }
}
