/**
 * Pacing a streamed worksheet's rows to the zip's compressor. exceljs's streaming writer takes
 * every row at once and hands its XML on without waiting (its sheet stream ignores back-pressure),
 * so a sheet of 80,000 rows written in one go sits in memory uncompressed, some 60 MiB at 1,000
 * units, until the compressor has caught up. Waiting now and then for the compressor's input to
 * drain keeps that to a few buffers, and the compressing (on libuv's threads) runs while the next
 * rows are turned into XML.
 */
import { once, type EventEmitter } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import type ExcelJS from "exceljs";

/** Rows written between two looks at the compressor: a look costs little, but not nothing. */
export const ROWS_PER_LOOK = 500;

/** The longest one wait lasts: a compressor that never drains (an error on its way) must not hold the writing forever. */
const LONGEST_WAIT_MS = 2_000;

/** archiver's PassThrough is readable-stream 2's, older than Node's `writableNeedDrain`: its state says whether a write was refused. */
interface CompressorInput extends EventEmitter {
  readonly _writableState?: { readonly needDrain?: boolean };
}

/**
 * The stream a streamed worksheet's XML goes into on its way to the compressor: archiver wraps
 * exceljs's sheet stream in a PassThrough, which exceljs 4.4 keeps in the sheet stream's `pipes`
 * (exceljs is pinned; test/node/streamed-sheet-pace.test.ts fails if that changes).
 */
export function compressorInput(worksheet: ExcelJS.Worksheet): CompressorInput | undefined {
  const stream = (worksheet as unknown as { readonly stream?: { readonly pipes?: readonly CompressorInput[] } }).stream;
  return stream?.pipes?.[0];
}

/** Whether the compressor's input has refused a write and not yet drained. */
export function backedUp(input: CompressorInput): boolean {
  return input._writableState?.needDrain === true;
}

/** Waits, if the compressor's input is backed up, until it has drained (or {@link LONGEST_WAIT_MS} has passed). */
export async function compressorCaughtUp(worksheet: ExcelJS.Worksheet): Promise<void> {
  const input = compressorInput(worksheet);
  if (input === undefined || !backedUp(input)) return;
  const timeout = new AbortController();
  await Promise.race([once(input, "drain", { signal: timeout.signal }), sleep(LONGEST_WAIT_MS, undefined, { signal: timeout.signal })]).catch(() => undefined);
  timeout.abort();
}
