/**
 * Collecting unit workbooks from files: one file at a time (the workbook is released before the
 * next is read, so memory stays bounded), one bad file never stopping the others.
 */
import path from "node:path";
import { error } from "../core";
import { consolidate, type Consolidation } from "../workbook/collect/consolidate";
import { collectionContext, readUnitWorkbook } from "../workbook/collect/read-unit-report";
import { unusable, type CollectionContext, type UnitReport } from "../workbook/collect/unit-report";
import { readWorkbookValues } from "../workbook/xlsx-values-reader";
import type { Plan } from "../core";
import { readInput } from "./files";

/** Why bytes that were meant to be an .xlsx file cannot be read, as a problem. */
function unreadable(file: string, modified: string | null, bytes: Uint8Array): UnitReport {
  const at = { file };
  if (bytes.length === 0) return unusable(file, modified, [error("empty-file", at)]);
  // An OLE compound file: an encrypted .xlsx or an old .xls.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return unusable(file, modified, [error("encrypted-or-xls", at)]);
  // exceljs's own message is English and technical; this says what a user can act on.
  const reason = bytes[0] === 0x50 && bytes[1] === 0x4b ? "skadad zip-fil" : "inte en zip-fil";
  return unusable(file, modified, [error("unreadable-file", at, { reason })]);
}

/** Reads one unit file into its reports; never throws for what is in the file. */
export async function readUnitFile(file: string, context: CollectionContext, shownAs: string = path.basename(file)): Promise<UnitReport[]> {
  const { bytes, modified } = await readInput(file);
  let grid;
  try {
    // The values reader, not exceljs: collection reads hundreds of files and needs values only
    // (both give the same grid; see test/workbook/values-reader.test.ts).
    grid = readWorkbookValues(bytes);
  } catch {
    return [unreadable(shownAs, modified, bytes)];
  }
  return readUnitWorkbook(grid, shownAs, modified, context);
}

export interface CollectOptions {
  readonly collectedAt: string;
  /** Called after each file, for progress. */
  readonly onFile?: (done: number, total: number, file: string) => void;
}

/** Collects `period` of `plan` from the given unit files. */
export async function collectFiles(plan: Plan, period: string, files: readonly string[], options: CollectOptions): Promise<Consolidation> {
  const context = collectionContext(plan, period, options.collectedAt);
  const reports: UnitReport[] = [];
  for (const [index, file] of files.entries()) {
    reports.push(...(await readUnitFile(file, context)));
    options.onFile?.(index + 1, files.length, file);
  }
  return consolidate(context, reports);
}
