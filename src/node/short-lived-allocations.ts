/**
 * Collecting, writing a large workbook and making the reports create objects by the million that
 * live for one row: a unit's cells, exceljs's row and cell models, each row's XML. V8 now and
 * then decides, after a young collection that finds a batch of them alive (rows waiting for the
 * compressor, a file's submissions just received from a thread), to allocate everything from those
 * places in the old generation from then on (allocation-site pretenuring), where it stays until a
 * full collection, which a process with memory to spare puts off. A 300-unit consolidated workbook
 * then peaked at 245–265 MiB instead of 160 in about one run in four, and the four reports at 325
 * instead of 290 (npm run bench). While Puls does that work the decision is switched off, and back
 * on when the last of it is done; the `puls` command switches it off for its whole process.
 */
import { setFlagsFromString } from "node:v8";

const OFF = "--no-allocation-site-pretenuring";
const ON = "--allocation-site-pretenuring";

export interface PretenuringSwitch {
  /** Runs `work` with pretenuring off; overlapping runs share one switching off. */
  within<T>(work: () => Promise<T>): Promise<T>;
  /** Switches it off for good (a process that does nothing else). */
  throughout(): void;
}

/** A switch over V8's flags (`setFlags` is V8's own, or a recorder in a test). */
export function pretenuringSwitch(setFlags: (flags: string) => void, startedWithout: boolean): PretenuringSwitch {
  let running = 0;
  let offForGood = startedWithout;
  return {
    async within(work) {
      if (running === 0 && !offForGood) setFlags(OFF);
      running += 1;
      try {
        return await work();
      } finally {
        running -= 1;
        if (running === 0 && !offForGood) setFlags(ON);
      }
    },
    throughout() {
      if (!offForGood && running === 0) setFlags(OFF);
      offForGood = true;
    },
  };
}

/** Whether the process was started with pretenuring off (V8 reads `_` as `-`; Node refuses the flag in NODE_OPTIONS). */
const startedWithout = process.execArgv.some((arg) => arg.replace(/_/g, "-") === OFF);

const processSwitch = pretenuringSwitch(setFlagsFromString, startedWithout);

/** Runs `work` with allocation-site pretenuring off (see above). */
export function withShortLivedAllocations<T>(work: () => Promise<T>): Promise<T> {
  return processSwitch.within(work);
}

/** Allocation-site pretenuring off for the rest of the process (the `puls` command). */
export function shortLivedAllocationsThroughout(): void {
  processSwitch.throughout();
}
