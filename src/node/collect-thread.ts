/**
 * One collection thread (worker_threads): reads the unit workbooks' bytes it is sent into their
 * checked submissions, as collection on the main thread does (readUnitBytes), for the plan and
 * period it was started with. Started by collect-threads.ts from the compiled lib/ only.
 */
import { parentPort, workerData } from "node:worker_threads";
import { collectionContext, type Plan } from "../core";
import { readUnitBytes } from "../workbook/collect/collect-sources";
import type { ReadLimits } from "../workbook/xlsx-values-reader";

export interface ThreadStart {
  readonly plan: Plan;
  readonly period: string;
  readonly collectedAt: string;
  readonly limits: ReadLimits;
}

export interface ThreadJob {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly modified: string | null;
}

const start = workerData as ThreadStart;
const context = collectionContext(start.plan, start.period, start.collectedAt);

parentPort?.on("message", (job: ThreadJob) => {
  parentPort?.postMessage({ id: job.id, reports: readUnitBytes(job.bytes, job.name, job.modified, context, start.limits) });
});
