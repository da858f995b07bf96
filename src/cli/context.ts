/**
 * What a command may use of the world: output streams, the clock and the working folder, given
 * by main (and by tests), so commands stay testable and never exit the process themselves.
 */
import type { Language } from "../core";

export interface CliContext {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Whether stderr is a terminal (progress bars only then). */
  readonly interactive: boolean;
  readonly now: () => Date;
  readonly cwd: string;
}

export interface CommonOptions {
  readonly lang: Language;
  readonly json: boolean;
  readonly debug: boolean;
}

/** A mistake in how the command was called: exit code 2, with the usage shown. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** The command could not run (unreadable plan, no inputs, …): exit code 1, one clear sentence. */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CommandError";
  }
}

/** Shows progress on stderr when it is a terminal; otherwise shows nothing. */
export function progress(context: CliContext, label: string): (done: number, total: number, item: string) => void {
  if (!context.interactive) return () => undefined;
  return (done, total, item) => {
    const width = 24;
    const filled = Math.round((done / Math.max(1, total)) * width);
    const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
    context.err(`\r${label} ${bar} ${done}/${total} ${item.slice(-40).padEnd(40)}${done === total ? "\n" : ""}`);
  };
}
