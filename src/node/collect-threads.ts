/**
 * Collection over the machine's cores: the unit workbooks are read (unzipped, parsed, checked) in
 * worker threads, one per core, while the main thread opens the files and puts the submissions
 * back in the files' order, so the result is the one a single thread gives. Only from the compiled
 * package (lib/), where the thread's script is JavaScript; from TypeScript (the tests' own runs)
 * and for a handful of files, collection reads in turn as before.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { CheckedSubmission } from "../core";
import type { ParallelReader, ParallelReaderFactory } from "../workbook/collect/collect-sources";
import type { ThreadJob, ThreadStart } from "./collect-thread";

const THREAD_SCRIPT = path.join(__dirname, "collect-thread.js");

/** More threads than this gain nothing on collection's size of job; fewer files than this are not worth a thread's start. */
const MOST_THREADS = 4;
const FEWEST_FILES = 8;

/** The threads to use by default: one per core, at most {@link MOST_THREADS}. */
function defaultThreads(): number {
  return Math.min(MOST_THREADS, availableParallelism());
}

/** A parallel reader over `threads` worker threads (where it can run, and more than one is asked for). */
export function collectionThreads(threads: number = defaultThreads()): ParallelReaderFactory {
  return ({ plan, period, collectedAt, limits, files }) => {
    const count = Math.min(Math.floor(threads), Math.ceil(files / FEWEST_FILES));
    if (count < 2 || !existsSync(THREAD_SCRIPT)) return null;
    return threadPool(count, { plan, period, collectedAt, limits });
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
  let next = 0;
  return {
    // Two in flight per thread: one being read, one waiting, so no thread idles between files.
    width: count * 2,
    read: (bytes, name, modified) =>
      new Promise((resolve, reject) => {
        const id = next++;
        const thread = id % count;
        waiting.set(id, { thread, resolve, reject });
        workers[thread]?.postMessage({ id, bytes, name, modified } satisfies ThreadJob);
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
