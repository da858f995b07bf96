/**
 * Collecting unit workbooks from any source of bytes: files on disk (the CLI and the library),
 * files a user picked in a browser, or the open workbook in Excel. One source at a time (its bytes
 * are released before the next is read, so memory stays bounded); one bad source never stops the
 * others.
 */
import { error, type Plan } from "../../core";
import { readWorkbookValues } from "../xlsx-values-reader";
import { consolidate, type Consolidation } from "./consolidate";
import { collectionContext, readUnitWorkbook } from "./read-unit-report";
import { unusable, type CollectionContext, type UnitReport } from "./unit-report";

/** A unit workbook's bytes and the ISO date-time of its last change (null when unknown). */
export interface SourceContent {
  readonly bytes: Uint8Array;
  readonly modified: string | null;
}

/** One unit workbook to read: its name as shown to the user, and its content on demand. */
export interface UnitSource {
  readonly name: string;
  readonly read: () => Promise<SourceContent>;
}

/** Why bytes that were meant to be an .xlsx file cannot be read, as a problem. */
function unreadable(file: string, modified: string | null, bytes: Uint8Array): UnitReport {
  const at = { file };
  if (bytes.length === 0) return unusable(file, modified, [error("empty-file", at)]);
  // An OLE compound file: an encrypted .xlsx or an old .xls.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return unusable(file, modified, [error("encrypted-or-xls", at)]);
  // The zip library's own message is English and technical; this says what a user can act on.
  const reason = bytes[0] === 0x50 && bytes[1] === 0x4b ? "skadad zip-fil" : "inte en zip-fil";
  return unusable(file, modified, [error("unreadable-file", at, { reason })]);
}

/** Reads one unit workbook's bytes into its reports; never throws for what is in the bytes. */
export function readUnitBytes(bytes: Uint8Array, name: string, modified: string | null, context: CollectionContext): UnitReport[] {
  let grid;
  try {
    // The values reader, not exceljs: collection reads hundreds of files and needs values only
    // (both give the same grid; see test/workbook/values-reader.test.ts).
    grid = readWorkbookValues(bytes);
  } catch {
    return [unreadable(name, modified, bytes)];
  }
  return readUnitWorkbook(grid, name, modified, context);
}

export interface CollectOptions {
  readonly collectedAt: string;
  /** Called after each source, for progress. */
  readonly onFile?: (done: number, total: number, name: string) => void;
  /**
   * Called between sources; a browser passes a function that yields to the event loop now and
   * then, so the page stays responsive during a long collection.
   */
  readonly pause?: () => Promise<void>;
}

/** Collects `period` of `plan` from the given unit workbooks. */
export async function collectSources(plan: Plan, period: string, sources: readonly UnitSource[], options: CollectOptions): Promise<Consolidation> {
  const context = collectionContext(plan, period, options.collectedAt);
  const reports: UnitReport[] = [];
  for (const [index, source] of sources.entries()) {
    let content: SourceContent;
    try {
      content = await source.read();
    } catch {
      // Gone or locked since it was picked: said for this file, and the others are read.
      reports.push(unusable(source.name, null, [error("unreadable-file", { file: source.name }, { reason: "filen gick inte att öppna" })]));
      options.onFile?.(index + 1, sources.length, source.name);
      continue;
    }
    reports.push(...readUnitBytes(content.bytes, source.name, content.modified, context));
    options.onFile?.(index + 1, sources.length, source.name);
    await options.pause?.();
  }
  return consolidate(context, reports);
}
