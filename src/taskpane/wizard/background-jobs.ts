/**
 * Heavy work off the page's thread: a report's files and next year's plan are built in the report
 * worker (report-worker.ts) where the browser has workers, else on the page as before (a test's
 * jsdom, a host that refuses the worker script: then the pane works, only less smoothly). Charts
 * the worker asks for are painted here. One worker, started on first use and kept; cancelling a
 * job stops the worker outright (started again for the next job).
 */
import type { ReportFile } from "../../app/reports";
import { PlanningError } from "../../app/planning";
import { renderPngInBrowser } from "../browser/canvas-png";
import type { FromWorker, NextYearJob, NextYearResult, ReportJob, ToWorker } from "./background-protocol";
import { Cancelled } from "./cancel";
import { loadFileWriters } from "./load-file-writers";

export interface BackgroundJobs {
  reportFiles(order: ReportJob, signal: AbortSignal): Promise<ReportFile[]>;
  nextYear(request: NextYearJob, signal: AbortSignal): Promise<NextYearResult>;
}

/** The worker's script, beside the pane's page in dist/. */
export const REPORT_WORKER_URL = "report-worker.js";

/** The same jobs on the page's own thread. */
export const ON_THE_PAGE: BackgroundJobs = {
  reportFiles: async (order) => (await loadFileWriters()).reportFiles({ ...order, renderChart: renderPngInBrowser }),
  nextYear: async ({ plan, year, collected }) => (await loadFileWriters()).nextYear(plan, year, collected),
};

interface Pending {
  readonly resolve: (message: FromWorker) => void;
  readonly reject: (error: Error) => void;
  /** The same job on the page, should the worker fail to start. */
  readonly onThePage: () => void;
}

/** Jobs in a worker made by `create`; on the page where it cannot be made or does not start. */
export function workerJobs(create: () => Worker): BackgroundJobs {
  let worker: Worker | null = null;
  let broken = false;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  const started = (): Worker | null => {
    if (broken) return null;
    if (worker !== null) return worker;
    try {
      worker = create();
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = (event: MessageEvent<FromWorker>) => answer(event.data);
    // A worker that cannot load its script: every job waiting runs on the page instead.
    worker.onerror = () => {
      broken = true;
      stop();
      const waiting = [...pending.values()];
      pending.clear();
      for (const job of waiting) job.onThePage();
    };
    return worker;
  };
  const answer = (message: FromWorker) => {
    if ("request" in message) {
      renderPngInBrowser(message.request).then(
        (png) => worker?.postMessage({ id: message.id, chart: message.chart, png } satisfies ToWorker, [png.buffer as ArrayBuffer]),
        (error: unknown) => worker?.postMessage({ id: message.id, chart: message.chart, png: null, error: error instanceof Error ? error.message : String(error) } satisfies ToWorker),
      );
      return;
    }
    const job = pending.get(message.id);
    pending.delete(message.id);
    if (job === undefined) return;
    if ("error" in message) job.reject(message.planning === undefined ? new Error(message.error) : new PlanningError(message.planning.code as PlanningError["code"], message.planning.values));
    else job.resolve(message);
  };
  const send = <T>(message: ToWorker, signal: AbortSignal, result: (message: FromWorker) => T, onThePage: () => Promise<T>): Promise<T> => {
    const running = started();
    if (running === null) return onThePage();
    return new Promise<T>((resolve, reject) => {
      const cancel = () => {
        pending.delete(message.id);
        stop();
        reject(new Cancelled());
      };
      if (signal.aborted) return cancel();
      signal.addEventListener("abort", cancel, { once: true });
      const settle = <A>(done: (value: A) => void) => (value: A) => {
        signal.removeEventListener("abort", cancel);
        done(value);
      };
      const take = (answered: FromWorker) => {
        try {
          resolve(result(answered));
        } catch (caught) {
          reject(caught instanceof Error ? caught : new Error(String(caught)));
        }
      };
      pending.set(message.id, { resolve: settle(take), reject: settle(reject), onThePage: () => void onThePage().then(settle(resolve), settle(reject)) });
      running.postMessage(message);
    });
  };
  return {
    reportFiles: (order, signal) =>
      send({ id: nextId++, job: "report", order }, signal, (m) => {
        if (!("files" in m)) throw new Error("The report worker answered another job");
        return [...m.files];
      }, () => ON_THE_PAGE.reportFiles(order, signal)),
    nextYear: (request, signal) =>
      send({ id: nextId++, job: "nextYear", request }, signal, (m) => {
        if (!("nextYear" in m)) throw new Error("The report worker answered another job");
        return m.nextYear;
      }, () => ON_THE_PAGE.nextYear(request, signal)),
  };
}

let shared: BackgroundJobs | null = null;

/** The pane's jobs: in the report worker where the browser has workers, else on the page. */
export function backgroundJobs(): BackgroundJobs {
  shared ??= typeof Worker === "undefined" ? ON_THE_PAGE : workerJobs(() => new Worker(REPORT_WORKER_URL));
  return shared;
}
