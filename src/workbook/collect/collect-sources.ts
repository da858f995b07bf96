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
import { SharedTexts } from "./shared-texts";
import { PULSE_BOARD_SHEET } from "../template/template-format";

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

/**
 * The sheets of a unit workbook that collection never reads, so never inflates: the unit's
 * Pulstavla is formulas over the other sheets, half the template's XML, and says nothing new.
 */
const NOT_COLLECTED: ReadonlySet<string> = new Set([PULSE_BOARD_SHEET]);

/** Reads one unit workbook's bytes into its reports; never throws for what is in the bytes. */
export function readUnitBytes(bytes: Uint8Array, name: string, modified: string | null, context: CollectionContext, limits: ReadLimits = DEFAULT_READ_LIMITS): CheckedSubmission[] {
  let grid;
  try {
    // The values reader, not exceljs: collection reads hundreds of files and needs values only
    // (both give the same grid; see test/workbook/values-reader.test.ts).
    grid = readWorkbookValues(bytes, limits, NOT_COLLECTED);
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
  /**
   * Called after each source, for progress: how many are done, of how many, and the source just
   * done (its name and its place in `sources`; with a parallel reader they finish out of order).
   */
  readonly onFile?: (done: number, total: number, name: string, index: number) => void;
  /**
   * Called between sources; a browser passes a function that yields to the event loop now and
   * then, so the page stays responsive during a long collection.
   */
  readonly pause?: () => Promise<void>;
  /** The reader's limits (sizes inflated, cells); {@link DEFAULT_READ_LIMITS} when not given. */
  readonly limits?: ReadLimits;
  /**
   * Reads the workbooks' bytes elsewhere (Node's worker threads), several at once; when not
   * given, or when it gives none, each is read here in turn. Order and results are the same.
   */
  readonly parallel?: ParallelReaderFactory;
}

/** Reads unit workbooks off the caller's thread, `width` at a time; closed once collection is done. */
export interface ParallelReader {
  readonly width: number;
  /** The workbook's checked submissions, as {@link readUnitBytes} gives them. */
  readonly read: (bytes: Uint8Array, name: string, modified: string | null) => Promise<CheckedSubmission[]>;
  readonly close: () => Promise<void>;
}

/** A parallel reader for a collection, or null where it cannot be had (then collection reads in turn). */
export type ParallelReaderFactory = (request: { readonly plan: Plan; readonly period: string; readonly collectedAt: string; readonly limits: ReadLimits; readonly files: number }) => ParallelReader | null;

/** A source's bytes, or the problem that it could not be opened (gone, locked, refused). */
async function opened(source: UnitSource): Promise<SourceContent | CheckedSubmission> {
  try {
    return await source.read();
  } catch (caught) {
    // Refused, or gone or locked since it was picked: said for this file, and the others are read.
    const problem = caught instanceof SourceRefused ? caught.problemOf(source.name) : error("unreadable-file", { file: source.name }, { reason: "cannot-open" });
    return unusable(source.name, null, [problem]);
  }
}

const isContent = (read: SourceContent | CheckedSubmission): read is SourceContent => "bytes" in read;

/** Collects `period` of `plan` from the given unit workbooks. */
export async function collectSources(plan: Plan, period: string, sources: readonly UnitSource[], options: CollectOptions): Promise<CollectedPeriod> {
  const context = collectionContext(plan, period, options.collectedAt);
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  const parallel = options.parallel?.({ plan, period, collectedAt: options.collectedAt, limits, files: sources.length }) ?? null;
  if (parallel !== null) return consolidate(context, await readInParallel(sources, parallel, options));
  const reports: CheckedSubmission[] = [];
  const texts = new SharedTexts();
  for (const [index, source] of sources.entries()) {
    const read = await opened(source);
    if (isContent(read)) for (const report of texts.share(readUnitBytes(read.bytes, source.name, read.modified, context, limits))) reports.push(report);
    else reports.push(read);
    options.onFile?.(index + 1, sources.length, source.name, index);
    await options.pause?.();
  }
  return consolidate(context, reports);
}

/**
 * The sources opened here in turn and read by `parallel`, at most its width at once; the
 * submissions in the sources' order whatever order the reads finish in.
 */
async function readInParallel(sources: readonly UnitSource[], parallel: ParallelReader, options: CollectOptions): Promise<CheckedSubmission[]> {
  const results: CheckedSubmission[][] = new Array<CheckedSubmission[]>(sources.length);
  const running = new Set<Promise<void>>();
  let done = 0;
  const texts = new SharedTexts();
  const finished = (index: number, reports: CheckedSubmission[]) => {
    results[index] = texts.share(reports);
    done += 1;
    options.onFile?.(done, sources.length, sources[index]?.name ?? "", index);
  };
  try {
    for (const [index, source] of sources.entries()) {
      const read = await opened(source);
      if (!isContent(read)) {
        finished(index, [read]);
        continue;
      }
      const job = parallel
        .read(read.bytes, source.name, read.modified)
        // A reader that failed (a thread that died) is that file's problem, as a reader bug is in turn.
        .catch(() => [unusable(source.name, read.modified, [error("unreadable-file", { file: source.name }, { reason: "damaged-zip" })])])
        .then((reports) => finished(index, reports));
      running.add(job);
      void job.then(() => running.delete(job));
      if (running.size >= parallel.width) await Promise.race(running);
      await options.pause?.();
    }
    await Promise.all(running);
  } finally {
    await parallel.close();
  }
  return results.flat();
}
