/**
 * The log's assessment entries: each assessment of a period set or changed since the log last
 * recorded it (who, when, the word before → after, the justification). Assessments live in the
 * plan's Bedömningar, so they are compared with the log's own latest entry for each goal at its
 * organisation, whenever a command that writes a log reads a plan.
 */
import { ASSESSMENT_LABELS } from "../labels";
import type { Plan } from "../plan/model";
import { latestEntry, type LogEntry, type NewLogEntry } from "./log";

/** The subject of a goal's assessment at an organisation: "F01 UTB". */
export function assessmentSubject(goal: string, organisation: string): string {
  return `${goal} ${organisation}`;
}

/**
 * The entries for the plan's assessments of `period` that the log does not yet hold as they are
 * now: new ones (before ""), changed word or justification (before the word logged last). By the
 * assessor the row names, else `user`; at `at`, with the row's own date in the note where it has one.
 */
export function assessmentEntries(log: readonly LogEntry[], plan: Plan, period: string, at: string, user: string): NewLogEntry[] {
  const entries: NewLogEntry[] = [];
  for (const row of plan.assessments) {
    if (row.period !== period) continue;
    const subject = assessmentSubject(row.goal, row.organisation);
    const word = ASSESSMENT_LABELS.sv[row.assessment];
    const last = latestEntry(log, "assessment", period, subject) ?? latestOf(entries, subject);
    if (last !== undefined && last.after === word && last.note === row.justification) continue;
    entries.push({ at, user: row.assessedBy.trim() === "" ? user : row.assessedBy, event: "assessment", period, subject, before: last?.after ?? "", after: word, note: row.justification, modified: row.date });
  }
  return entries;
}

/** A row twice in Bedömningar is logged once per change, as it reads from top to bottom. */
function latestOf(entries: readonly NewLogEntry[], subject: string): NewLogEntry | undefined {
  return [...entries].reverse().find((entry) => entry.subject === subject);
}
