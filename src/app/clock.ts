/**
 * The clock of the CLI and the task pane alike: Swedish local time (core's swedishTime), whatever
 * time zone the computer running Puls is set to. Deadlines and file times are judged in it.
 */
import { swedishTime } from "../core";
import type { Clock } from "./ports";

/** A clock of Swedish local time, from `now` (the system's time by default). */
export function swedishClock(now: () => Date = () => new Date()): Clock {
  return { now: () => swedishTime(now()) };
}
