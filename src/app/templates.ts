/**
 * Use case: make the units' report templates for a period. One loop for the CLI, the demo and
 * the task pane: each reporting unit's workbook under a unique, safe name, to any file sink.
 */
import { indicatorsByReporter, type LocalDateTime, type Plan } from "../core";
import { buildSharedTemplate, buildTemplate } from "../workbook/template/build-template";
import { templateFileNames } from "../workbook/template/file-name";
import type { FileSink, WorkbookOut } from "./ports";

/** The units that report something, in the plan's order. */
export function reportingUnits(plan: Plan): string[] {
  return [...indicatorsByReporter(plan).keys()];
}

export interface TemplatesRequest {
  readonly plan: Plan;
  readonly period: string;
  readonly units: readonly string[];
  /** Stamped into each template (Swedish local time). */
  readonly createdAt: LocalDateTime;
  readonly onFile?: (done: number, total: number, name: string) => void;
}

/** Writes each unit's template to `sink`; returns the file names, in the units' order. */
export async function makeTemplates(request: TemplatesRequest, sink: FileSink): Promise<string[]> {
  const { plan, period, units, createdAt } = request;
  const names = templateFileNames(period, units.map((id) => ({ id, name: plan.organisation.find((o) => o.id === id)?.name ?? id })));
  for (const [index, unit] of units.entries()) {
    const name = names[index] ?? `${unit}.xlsx`;
    await sink.write(name, { workbook: buildTemplate({ plan, unit, period, createdAt }) });
    request.onFile?.(index + 1, units.length, name);
  }
  return names;
}

/** One workbook for all the units, a sheet each (for municipalities that share one file). */
export function sharedTemplate(request: TemplatesRequest): WorkbookOut {
  return buildSharedTemplate(request.plan, request.period, request.units, request.createdAt);
}
