/**
 * Collection over the machine's cores: the unit workbooks are read (unzipped, parsed, checked) by
 * several readers at once, one per core: this thread and worker threads for the other cores. This
 * thread also opens the files and puts the submissions back in the files' order, so the result is
 * the one a single thread gives. This thread reads too because each worker thread holds its own
 * heap and its own copy of the plan (some 55 MiB while it reads 1,000 units), and this thread's reading costs
 * no more than its waiting would. Only from the compiled package (lib/), where the thread's script
 * is JavaScript; from TypeScript (the tests' own runs) and for a handful of files, collection
 * reads in turn as before.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { collectionContext, type CheckedSubmission } from "../core";
import { readUnitBytes, type ParallelReader, type ParallelReaderFactory } from "../workbook/collect/collect-sources";
import type { ThreadJob, ThreadStart } from "./collect-thread";

const THREAD_SCRIPT = path.join(__dirname, "collect-thread.js");

/** More readers than this gain nothing on collection's size of job; fewer files than this are not worth a thread's start. */
const MOST_READERS = 4;
const FEWEST_FILES = 8;

/** The readers to use by default: one per core, at most {@link MOST_READERS}. */
function defaultReaders(): number {
  return Math.min(MOST_READERS, availableParallelism());
}

/** A parallel reader over `readers` readers, this thread and worker threads (where it can run, and more than one is asked for). */
export function collectionThreads(readers: number = defaultReaders()): ParallelReaderFactory {
  return ({ plan, period, collectedAt, limits, files }) => {
    const count = Math.min(Math.floor(readers), Math.ceil(files / FEWEST_FILES));
    if (count < 2 || !existsSync(THREAD_SCRIPT)) return null;
    return threadPool(count - 1, { plan, period, collectedAt, limits });
  };
}

function threadPool(count: number, start: ThreadStart): ParallelReader {
  const waiting = new Map<number, { readonly thread: number; readonly resolve: (reports: CheckedSubmission[]) => void; readonly reject: (error: Error) => void }>();
  const spawn = (thread: number): Worker => {
    const worker = new Worker(THREAD_SCRIPT, { workerData: start });
    worker.on("message", (message: { id: number; reports: CheckedSubmission[] }) => {
      waiting.get(message.id)?.resolve(message.reports);
      waiting.delete(message.id);
    });
    // A thread that dies fails the files it held (collection says so for each and goes on), and
    // a new thread takes its place for the files after them.
    worker.on("error", (error) => {
      for (const [id, job] of waiting) {
        if (job.thread !== thread) continue;
        waiting.delete(id);
        job.reject(error);
      }
      workers[thread] = spawn(thread);
    });
    return worker;
  };
  const workers = Array.from({ length: count }, (_, thread) => spawn(thread));
  const context = collectionContext(start.plan, start.period, start.collectedAt);
  // This thread's turn comes after the event loop has posted the jobs before it to the workers.
  const readHere = (bytes: Uint8Array, name: string, modified: string | null) =>
    new Promise<CheckedSubmission[]>((resolve, reject) =>
      setImmediate(() => {
        try {
          resolve(readUnitBytes(bytes, name, modified, context, start.limits));
        } catch (caught) {
          reject(caught instanceof Error ? caught : new Error(String(caught)));
        }
      }),
    );
  const readers = count + 1;
  let next = 0;
  return {
    // Two in flight per reader: one being read, one waiting, so no thread idles between files.
    width: readers * 2,
    read: (bytes, name, modified) => {
      const id = next++;
      const thread = (id % readers) - 1;
      if (thread < 0) return readHere(bytes, name, modified);
      return new Promise((resolve, reject) => {
        waiting.set(id, { thread, resolve, reject });
        workers[thread]?.postMessage({ id, bytes, name, modified } satisfies ThreadJob);
      });
    },
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
