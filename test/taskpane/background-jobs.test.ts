import { workerJobs } from "../../src/taskpane/wizard/background-jobs";
import type { FromWorker, ToWorker } from "../../src/taskpane/wizard/background-protocol";
import { Cancelled } from "../../src/taskpane/wizard/cancel";
import { examplePlan } from "../../src/example/generate-plan";

// Node has no canvas: a chart is "painted" as its width in one byte, so the test can see it came back.
jest.mock("../../src/taskpane/browser/canvas-png", () => ({ renderPngInBrowser: (chart: { width: number }) => Promise.resolve(new Uint8Array([chart.width])) }));

/** A stand-in for the report worker: `answer` says what it does with each message it is sent. */
class FakeWorker {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  readonly received: ToWorker[] = [];
  terminated = false;
  constructor(private readonly answer: (message: ToWorker, worker: FakeWorker) => void) {}
  postMessage(message: ToWorker): void {
    this.received.push(message);
    queueMicrotask(() => this.answer(message, this));
  }
  send(message: FromWorker): void {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const asWorker = (fake: FakeWorker) => fake as unknown as Worker;
const plan = examplePlan();
const order = { plan, period: "2026-D", consolidation: null, kind: "political" as const, language: "sv" as const, draft: null };
const signal = () => new AbortController().signal;

describe("the pane's background jobs", () => {
  it("paint the charts the worker asks for and give back the files it built", async () => {
    const worker = new FakeWorker((message, self) => {
      if ("job" in message) self.send({ id: message.id, chart: 7, request: { svg: "<svg/>", width: 42, height: 10, description: "" } });
      else if ("chart" in message) self.send({ id: message.id, files: [{ kind: "political", fileName: `chart ${message.png?.[0] ?? "none"}.xlsx`, format: "xlsx", bytes: new Uint8Array([1]) }] });
    });
    const files = await workerJobs(() => asWorker(worker)).reportFiles(order, signal());
    expect(files.map((file) => file.fileName)).toEqual(["chart 42.xlsx"]);
    expect(worker.received.map((message) => ("job" in message ? message.job : "chart"))).toEqual(["report", "chart"]);
  });

  it("turn the worker's planning error back into the error the step explains", async () => {
    const worker = new FakeWorker((message, self) => self.send({ id: message.id, error: "year-not-later", planning: { code: "year-not-later", values: { year: 2020 } } }));
    await expect(workerJobs(() => asWorker(worker)).nextYear({ plan, year: 2020, collected: [] }, signal())).rejects.toMatchObject({ name: "PlanningError", code: "year-not-later", values: { year: 2020 } });
  });

  it("stop the worker when the job is cancelled, and start a new one for the next job", async () => {
    const made: FakeWorker[] = [];
    const jobs = workerJobs(() => {
      const worker = new FakeWorker((message, self) => {
        if ("job" in message && message.job === "nextYear") self.send({ id: message.id, error: "not this time" });
      });
      made.push(worker);
      return asWorker(worker);
    });
    const controller = new AbortController();
    const running = jobs.reportFiles(order, controller.signal);
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(Cancelled);
    expect(made[0]?.terminated).toBe(true);
    await expect(jobs.nextYear({ plan, year: 2027, collected: [] }, signal())).rejects.toThrow("not this time");
    expect(made).toHaveLength(2);
  });

  it("build next year's plan on the page when the worker cannot load its script", async () => {
    const worker = new FakeWorker((_message, self) => self.onerror?.(new Event("error")));
    const jobs = workerJobs(() => asWorker(worker));
    const { result, bytes } = await jobs.nextYear({ plan, year: 2027, collected: [] }, signal());
    expect(result.plan.settings.year).toBe(2027);
    expect([...bytes.subarray(0, 2)]).toEqual([80, 75]);
    expect(worker.terminated).toBe(true);
  }, 30_000);
});
