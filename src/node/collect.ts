/**
 * Collecting unit workbooks from files on disk: the shared collection loop, opening each file
 * only when its turn comes, its bytes read in worker threads over the machine's cores.
 */
import path from "node:path";
import type { Plan } from "../core";
import { collectSources, type CollectOptions as SourceOptions, type UnitSource } from "../workbook/collect/collect-sources";
import { collectionThreads } from "./collect-threads";
import type { CollectedPeriod } from "../core";
import { readInput } from "./files";
import { withShortLivedAllocations } from "./short-lived-allocations";

/** Collection's options, and how many threads read the files (default one per core; 1 reads them on this thread). */
export interface CollectOptions extends SourceOptions {
  readonly threads?: number;
}

/** A file on disk as a unit source, shown by its base name. */
export function fileSource(file: string): UnitSource {
  return { name: path.basename(file), read: () => readInput(file) };
}

/** Collects `period` of `plan` from the given unit files. */
export async function collectFiles(plan: Plan, period: string, files: readonly string[], options: CollectOptions): Promise<CollectedPeriod> {
  // Progress names the file's full path, as the CLI always has.
  const onFile = options.onFile === undefined ? undefined : (done: number, total: number, name: string, index: number) => options.onFile?.(done, total, files[index] ?? name, index);
  return withShortLivedAllocations(() => collectSources(plan, period, files.map(fileSource), { ...options, onFile, parallel: options.parallel ?? collectionThreads(options.threads) }));
}
