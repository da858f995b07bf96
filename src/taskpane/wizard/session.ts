/**
 * The wizard's data between steps, and the pure steps on it: opening a plan, remembering where the
 * user was, setting an assessment. No React and no Office here, so it is tested directly.
 */
import { indicatorsByReporter, planFingerprint, withAssessment, type AssessmentEntry, type NextYearPlan, type Plan, type Problem } from "../../core";
import { consolidate, reevaluated, type CollectedPeriod } from "../../core";
import { collectionContext } from "../../core";
import { readUnitWorkbook } from "../../workbook/collect/read-unit-report";
import type { WorkbookGrid } from "../../workbook/grid";
import { readPlan } from "../../workbook/plan/read-plan";
import { readWorkbookValues } from "../../workbook/xlsx-values-reader";
import { parseSavedStep, type WizardStep } from "./steps";

export interface LoadedPlan {
  readonly plan: Plan;
  readonly problems: readonly Problem[];
  /** The file's name, or the open workbook's. */
  readonly name: string;
}

export interface Session {
  readonly plan: LoadedPlan | null;
  readonly period: string;
  readonly consolidation: CollectedPeriod | null;
  /** Assessments set in this wizard (kept so the browser can restore them after a reload). */
  readonly assessments: readonly AssessmentEntry[];
  /** Next year's plan, once made in the last step (its proposals and findings are shown there). */
  readonly nextYear: NextYearPlan | null;
}

export const EMPTY_SESSION: Session = { plan: null, period: "", consolidation: null, assessments: [], nextYear: null };

/** A plan from the open workbook's grid or a file's bytes; throws when the bytes are not a workbook. */
export function planOfGrid(grid: WorkbookGrid, name: string): LoadedPlan {
  const { plan, problems } = readPlan(grid, name);
  return { plan, problems, name };
}

export function planOfBytes(bytes: Uint8Array, name: string): LoadedPlan {
  return planOfGrid(readWorkbookValues(bytes), name);
}

/** The period to start on: the remembered one if the plan has it, else the plan's current period, else its last. */
export function startingPeriod(plan: Plan, remembered: string | undefined): string {
  const has = (id: string | undefined) => id !== undefined && plan.periods.some((p) => p.id === id);
  if (has(remembered)) return remembered as string;
  if (has(plan.settings.currentPeriod)) return plan.settings.currentPeriod;
  return plan.periods[plan.periods.length - 1]?.id ?? "";
}

/** The units that report something, in the plan's organisation order. */
export function reportingUnits(plan: Plan): string[] {
  return [...indicatorsByReporter(plan).keys()];
}

/** The session after a new plan: period chosen, earlier collection dropped, remembered assessments applied. */
export function withPlan(loaded: LoadedPlan, remembered: Memory | null): Session {
  const assessments = remembered?.assessments ?? [];
  let plan = loaded.plan;
  for (const entry of assessments) plan = withAssessment(plan, entry);
  return { plan: { ...loaded, plan }, period: startingPeriod(plan, remembered?.period), consolidation: null, assessments, nextYear: null };
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
export function collectOpenWorkbook(plan: Plan, period: string, grid: WorkbookGrid, name: string, collectedAt: string): CollectedPeriod {
  const context = collectionContext(plan, period, collectedAt);
  return consolidate(context, readUnitWorkbook(grid, name, null, context));
}
