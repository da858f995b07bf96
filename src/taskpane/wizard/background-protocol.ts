/**
 * The messages between the task pane and its report worker (background-jobs.ts, report-worker.ts):
 * a job goes in, charts to paint come out (a worker has no <img> to load an SVG into, so the page
 * paints them), and the job's result or error comes back. Everything is structured-cloneable.
 */
import type { Chart } from "../../reports/charts/svg";
import type { ActualRow, NextYearPlan, Plan } from "../../core";
import type { ReportFile } from "../../app/reports";
import type { ReportOrder } from "./file-writers";

/** A report order without its chart painter (a function cannot cross to a worker). */
export type ReportJob = Omit<ReportOrder, "renderChart">;

export interface NextYearJob {
  readonly plan: Plan;
  readonly year: number;
  readonly collected: readonly ActualRow[];
}

export interface NextYearResult {
  readonly result: NextYearPlan;
  readonly bytes: Uint8Array;
}

export type ToWorker =
  | { readonly id: number; readonly job: "report"; readonly order: ReportJob }
  | { readonly id: number; readonly job: "nextYear"; readonly request: NextYearJob }
  | { readonly id: number; readonly chart: number; readonly png: Uint8Array | null; readonly error?: string };

export type FromWorker =
  | { readonly id: number; readonly chart: number; readonly request: Chart }
  | { readonly id: number; readonly files: readonly ReportFile[] }
  | { readonly id: number; readonly nextYear: NextYearResult }
  | { readonly id: number; readonly error: string; readonly planning?: { readonly code: string; readonly values: Readonly<Record<string, string | number>> } };
