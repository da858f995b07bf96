/**
 * The wizard's data between steps, and the pure steps on it: opening a plan, remembering where the
 * user was, setting an assessment. No React and no Office here, so it is tested directly.
 */
import { logOfGrid } from "../../app/audit";
import { collectGrid } from "../../app/collect";
import { planOfGrid as readPlanGrid, planWorkbookGrid, startingPeriod } from "../../app/plan";
import { reportingUnits } from "../../app/templates";
import { planFingerprint, reevaluated, withAssessment, type AssessmentEntry, type CollectedPeriod, type LocalDateTime, type LogEntry, type NextYearPlan, type Plan, type Problem } from "../../core";
import type { WorkbookGrid } from "../../workbook/grid";
import { parseSavedStep, type WizardStep } from "./steps";

export interface LoadedPlan {
  readonly plan: Plan;
  readonly problems: readonly Problem[];
  /** The file's name, or the open workbook's. */
  readonly name: string;
  /** The audit log the plan's workbook holds (its Logg sheet; empty where it has none), carried into what the pane writes. */
  readonly log: readonly LogEntry[];
}

export interface Session {
  readonly plan: LoadedPlan | null;
  readonly period: string;
  readonly consolidation: CollectedPeriod | null;
  /** Assessments set in this wizard (kept so the browser can restore them after a reload). */
  readonly assessments: readonly AssessmentEntry[];
  /** Next year's plan, once made in the last step (its proposals and findings are shown there). */
  readonly nextYear: NextYearPlan | null;
  /** The audit log: the plan's, with what the pane logged since (each collection once, assessments, plan copies); what it writes carries it. */
  readonly log: readonly LogEntry[];
}

export const EMPTY_SESSION: Session = { plan: null, period: "", consolidation: null, assessments: [], nextYear: null, log: [] };

/** A plan from the open workbook's grid. */
export function planOfGrid(grid: WorkbookGrid, name: string): LoadedPlan {
  const { plan, problems } = readPlanGrid(grid, name);
  return { plan, problems, name, log: logOfGrid(grid) };
}

/** A plan from a file's bytes, read once. @throws PlanLoadError when the bytes are no workbook, or a template or consolidated workbook. */
export function planOfBytes(bytes: Uint8Array, name: string): LoadedPlan {
  return planOfGrid(planWorkbookGrid(bytes), name);
}

export { reportingUnits, startingPeriod };

/** The session after a new plan: period chosen, earlier collection dropped, remembered assessments applied. */
export function withPlan(loaded: LoadedPlan, remembered: Memory | null): Session {
  const assessments = remembered?.assessments ?? [];
  let plan = loaded.plan;
  for (const entry of assessments) plan = withAssessment(plan, entry);
  return { plan: { ...loaded, plan }, period: startingPeriod(plan, remembered?.period), consolidation: null, assessments, nextYear: null, log: loaded.log };
}

/** The session with the controller's assessment set, the collection evaluated again. */
export function assessed(session: Session, entry: AssessmentEntry): Session {
  if (session.plan === null) return session;
  const plan = withAssessment(session.plan.plan, entry);
  const same = (e: AssessmentEntry) => e.goal === entry.goal && e.organisation === entry.organisation && e.period === entry.period;
  return {
    ...session,
    plan: { ...session.plan, plan },
    consolidation: session.consolidation === null ? null : reevaluated(plan, session.consolidation),
    assessments: [...session.assessments.filter((e) => !same(e)), entry],
    nextYear: null,
  };
}

/** What the wizard remembers of a plan: the step, the period and (in the browser) the assessments set. */
export interface Memory {
  readonly step: WizardStep;
  readonly period: string;
  readonly assessments: readonly AssessmentEntry[];
}

/** The memory's key for a plan (per plan in the browser; the workbook's own settings in Excel). */
export function memoryKey(plan: Plan): string {
  return `wizard-${planFingerprint(plan)}`;
}

const ASSESSMENT_WORDS = new Set(["met", "partlyMet", "notMet", "cannotAssess"]);

function isEntry(value: unknown): value is AssessmentEntry {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return ["goal", "organisation", "period", "justification", "assessedBy", "date"].every((key) => typeof v[key] === "string") && ASSESSMENT_WORDS.has(String(v.assessment)) && String(v.justification).trim() !== "";
}

/** Reads remembered text back; anything unexpected (another version, edited by hand) is forgotten, never trusted. */
export function parseMemory(text: string | null): Memory | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    const step = parseSavedStep(value.step);
    const period = typeof value.period === "string" ? value.period : "";
    const assessments = Array.isArray(value.assessments) ? value.assessments.filter(isEntry) : [];
    return { step, period, assessments };
  } catch {
    return null;
  }
}

/** Collects the units' sheets of the open (shared) workbook. */
export function collectOpenWorkbook(plan: Plan, period: string, grid: WorkbookGrid, name: string, collectedAt: LocalDateTime): CollectedPeriod {
  return collectGrid(plan, period, grid, name, collectedAt);
}
