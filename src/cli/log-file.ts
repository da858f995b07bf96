/**
 * The audit log for a command (docs/workbooks.md §4): who (`--user`, else the operating system's
 * user) and when (the application's Swedish clock, from the command's own time), and the log to
 * carry over: from an earlier run's file where the command writes, else from its input.
 */
import { carriedLog, logOfWorkbook, type LogContext } from "../app/audit";
import { swedishClock } from "../app/clock";
import { logUser, readWorkbookBytes } from "../app/node";
import type { LogEntry } from "../core";
import type { CliContext } from "./context";

/** The --user option every command that writes a log takes. */
export const USER_OPTION = { user: { type: "string" } } as const;

export function logContextOf(user: string | boolean | undefined, context: CliContext): LogContext {
  return { at: swedishClock(context.now).now(), user: logUser(typeof user === "string" ? user : undefined) };
}

/** The log of the workbook at `file`, or none when there is no such file or it has no Logg. */
export async function logOfFile(file: string): Promise<LogEntry[]> {
  return logOfWorkbook(await readWorkbookBytes(file));
}

/** The log to carry into `out`: the one an earlier run wrote there, else the first input's that has one. */
export async function logToCarry(out: string, ...inputs: readonly (Uint8Array | string)[]): Promise<readonly LogEntry[]> {
  const logs = [await logOfFile(out)];
  for (const input of inputs) logs.push(typeof input === "string" ? await logOfFile(input) : logOfWorkbook(input));
  return carriedLog(...logs);
}
