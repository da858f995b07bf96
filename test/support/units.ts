/**
 * Unit workbooks for collection tests: good ones from the small plan's templates, written to a
 * temporary folder with a given change time, and helpers to break them.
 */
import { instantOf, type LocalDateTime } from "../../src/core";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Plan } from "../../src/core";
import { readWorkbook } from "../../src/workbook/exceljs-reader";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import type { SheetOut, WorkbookOut } from "../../src/workbook/output";
import { readPlan } from "../../src/workbook/plan/read-plan";
import { buildTemplate, type FilledAction, type FilledRow } from "../../src/workbook/template/build-template";
import { smallPlan, xlsx } from "./xlsx";

export const PERIOD = "2026-D";
export const COLLECTED_AT = "2026-09-21T09:00:00";

export async function smallPlanModel(): Promise<Plan> {
  return readPlan(await readWorkbook(await xlsx(smallPlan())), "plan.xlsx").plan;
}

/** Good filled-in values for each unit of the small plan (comments where a status is red). */
export const GOOD: Readonly<Record<string, ReadonlyMap<string, FilledRow>>> = {
  HN: new Map([
    ["N1", { actual: 0.88, women: 0.9, men: 0.86 }],
    ["N2", { actual: 11 }],
    ["N3", { actual: 0.93 }],
  ]),
  HS: new Map([
    ["N1", { actual: 0.95, women: 0.96, men: 0.94 }],
    ["N2", { actual: 10 }],
    ["N3", { actual: 0.94 }],
  ]),
};

export function unitBook(plan: Plan, unit: string, filled: ReadonlyMap<string, FilledRow> = GOOD[unit] ?? new Map(), actions?: readonly FilledAction[], period = PERIOD): WorkbookOut {
  return buildTemplate({ plan, unit, period, createdAt: "2026-09-01T08:00:00", filled, actions });
}

/** The same workbook with one sheet changed. */
export function editSheet(book: WorkbookOut, name: string, edit: (sheet: SheetOut) => SheetOut | undefined): WorkbookOut {
  return { ...book, sheets: book.sheets.flatMap((sheet) => (sheet.name === name ? [edit(sheet)].filter((s): s is SheetOut => s !== undefined) : [sheet])) };
}

export function tempFolder(): string {
  return mkdtempSync(path.join(tmpdir(), "puls-collect-"));
}

/** Writes bytes (or a workbook) as a file with the given change time; returns its path. */
export async function put(folder: string, name: string, content: WorkbookOut | Uint8Array, modified = "2026-09-10T10:00:00"): Promise<string> {
  const file = path.join(folder, name);
  writeFileSync(file, content instanceof Uint8Array ? content : await writeWorkbook(content));
  // A Swedish wall-clock time, as collection reads a file's change time back.
  const when = instantOf(modified as LocalDateTime);
  utimesSync(file, when, when);
  return file;
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}
