/**
 * Collecting unit workbooks from any source of bytes: files on disk (the CLI and the library),
 * files a user picked in a browser, or the open workbook in Excel. One source at a time (its bytes
 * are released before the next is read, so memory stays bounded); one bad source never stops the
 * others.
 */
import { capProblems, collectionContext, consolidate, error, unusable, type CheckedSubmission, type CollectedPeriod, type CollectionContext, type Plan } from "../../core";
import { DEFAULT_READ_LIMITS, WorkbookReadError, readWorkbookValues, type ReadLimits } from "../xlsx-values-reader";
import { SourceRefused, readFailureProblem } from "./read-failure";
import { readUnitWorkbook } from "./read-unit-report";

export { SourceRefused } from "./read-failure";

/** A unit workbook's bytes and the ISO date-time of its last change (null when unknown). */
export interface SourceContent {
  readonly bytes: Uint8Array;
  readonly modified: string | null;
}

/**
 * One unit workbook to read: its name as shown to the user, and its content on demand. `read`
 * throws {@link SourceRefused} for a source that must not be read (not a regular file, not .xlsx).
 */
export interface UnitSource {
  readonly name: string;
  readonly read: () => Promise<SourceContent>;
}

/** Reads one unit workbook's bytes into its reports; never throws for what is in the bytes. */
export function readUnitBytes(bytes: Uint8Array, name: string, modified: string | null, context: CollectionContext, limits: ReadLimits = DEFAULT_READ_LIMITS): CheckedSubmission[] {
  let grid;
  try {
    // The values reader, not exceljs: collection reads hundreds of files and needs values only
    // (both give the same grid; see test/workbook/values-reader.test.ts).
    grid = readWorkbookValues(bytes, limits);
  } catch (caught) {
    if (!(caught instanceof WorkbookReadError)) {
      // Anything else is a reader bug, but one unit's file must still not stop the others.
      return [unusable(name, modified, [error("unreadable-file", { file: name }, { reason: "damaged-zip" })])];
    }
    return [unusable(name, modified, [readFailureProblem(caught.failure, name, bytes)])];
  }
  return readUnitWorkbook(grid, name, modified, context).map((report) => ({ ...report, problems: capProblems(report.problems, name) }));
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
  /** The reader's limits (sizes inflated, cells); {@link DEFAULT_READ_LIMITS} when not given. */
  readonly limits?: ReadLimits;
}

/** Collects `period` of `plan` from the given unit workbooks. */
export async function collectSources(plan: Plan, period: string, sources: readonly UnitSource[], options: CollectOptions): Promise<CollectedPeriod> {
  const context = collectionContext(plan, period, options.collectedAt);
  const reports: CheckedSubmission[] = [];
  for (const [index, source] of sources.entries()) {
    let content: SourceContent;
    try {
      content = await source.read();
    } catch (caught) {
      // Refused, or gone or locked since it was picked: said for this file, and the others are read.
      const problem = caught instanceof SourceRefused ? caught.problemOf(source.name) : error("unreadable-file", { file: source.name }, { reason: "cannot-open" });
      reports.push(unusable(source.name, null, [problem]));
      options.onFile?.(index + 1, sources.length, source.name);
      continue;
    }
    for (const report of readUnitBytes(content.bytes, source.name, content.modified, context, options.limits)) reports.push(report);
    options.onFile?.(index + 1, sources.length, source.name);
    await options.pause?.();
  }
  return consolidate(context, reports);
}
