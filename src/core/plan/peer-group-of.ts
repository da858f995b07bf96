/**
 * Which group of similar municipalities an indicator is compared with: the group chosen for the
 * nearest area above its goal (sheet Jämförelsegrupper), else the plan's one Jämförelsegrupp,
 * else none. Kolada's groups are per area, so a school indicator and an elderly-care indicator
 * can each be judged among the municipalities most like ours in that area.
 */
import type { Indicator, Plan } from "./model";

export interface PeerGroupChoice {
  /** The members' municipality codes. */
  readonly members: readonly string[];
  /** The group's title, its year included; "" where the plan gives none. */
  readonly name: string;
  /** The goal whose area group this is; null for the plan's own Jämförelsegrupp. */
  readonly area: string | null;
}

export function peerGroupOf(plan: Plan, indicator: Indicator): PeerGroupChoice | null {
  const byArea = new Map((plan.areaPeerGroups ?? []).map((group) => [group.area, group]));
  if (byArea.size > 0) {
    const parents = new Map(plan.goals.map((goal) => [goal.id, goal.parent]));
    const seen = new Set<string>();
    // Bounded by the goals: a cycle (reported by the plan check) ends the walk.
    for (let goal: string | null = indicator.goal; goal !== null && !seen.has(goal); goal = parents.get(goal) ?? null) {
      seen.add(goal);
      const group = byArea.get(goal);
      if (group !== undefined && group.members.length > 0) return { members: group.members, name: group.name, area: group.area };
    }
  }
  const settings = plan.settings;
  return settings.peerGroup.length === 0 ? null : { members: settings.peerGroup, name: settings.peerGroupName, area: null };
}
