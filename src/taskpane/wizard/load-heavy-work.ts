/** The heavy work's chunk, loaded once on first use (webpack splits it from the first screen). */
import type * as HeavyWorkModule from "./heavy-work";

export type HeavyWork = typeof HeavyWorkModule;

let loading: Promise<HeavyWork> | null = null;

export function loadHeavyWork(): Promise<HeavyWork> {
  loading ??= import(/* webpackChunkName: "heavy-work" */ "./heavy-work");
  return loading;
}
