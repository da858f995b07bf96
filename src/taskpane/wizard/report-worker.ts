/**
 * The task pane's report worker (a webpack entry of its own, dist/report-worker.js): builds a
 * report's files and next year's plan off the page's thread, so the pane stays responsive while
 * exceljs and docx write (issue: no task over 200 ms). Charts are painted by the page on request.
 * Statically imports what it uses: a worker cannot load the pane's lazy chunks.
 */
import { PlanningError } from "../../app/planning";
import type { Chart } from "../../reports/charts/svg";
import type { FromWorker, ToWorker } from "./background-protocol";
import { nextYear, reportFiles } from "./file-writers";

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
const charts = new Map<number, { resolve: (png: Uint8Array) => void; reject: (error: Error) => void }>();
let nextChart = 0;

/** Asks the page to paint a chart and waits for its PNG. */
const paint = (id: number) => (chart: Chart): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const number = nextChart++;
    charts.set(number, { resolve, reject });
    scope.postMessage({ id, chart: number, request: chart });
  });

const buffers = (parts: readonly { readonly bytes: Uint8Array }[]): Transferable[] => parts.map((part) => part.bytes.buffer as ArrayBuffer);

async function run(message: ToWorker): Promise<void> {
  if ("chart" in message) {
    const waiting = charts.get(message.chart);
    charts.delete(message.chart);
    if (message.png === null) waiting?.reject(new Error(message.error ?? "The chart could not be painted"));
    else waiting?.resolve(message.png);
    return;
  }
  try {
    if (message.job === "report") {
      const files = await reportFiles({ ...message.order, renderChart: paint(message.id) });
      scope.postMessage({ id: message.id, files }, buffers(files));
    } else {
      const made = await nextYear(message.request.plan, message.request.year, message.request.collected);
      scope.postMessage({ id: message.id, nextYear: made }, [made.bytes.buffer as ArrayBuffer]);
    }
  } catch (caught) {
    const error = caught instanceof Error ? caught.message : String(caught);
    scope.postMessage(caught instanceof PlanningError ? { id: message.id, error, planning: { code: caught.code, values: caught.values } } : { id: message.id, error });
  }
}

scope.onmessage = (event) => void run(event.data);
