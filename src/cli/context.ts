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

/** A text in both languages of the CLI. */
export interface Bilingual {
  readonly sv: string;
  readonly en: string;
}

/** An error the CLI reports in the user's language. */
abstract class CliError extends Error {
  readonly text: Bilingual;

  constructor(text: Bilingual) {
    super(text.en);
    this.name = new.target.name;
    this.text = text;
  }
}

/** A mistake in how the command was called: exit code 2, with the usage shown. */
export class UsageError extends CliError {}

/** The command could not run (unreadable plan, no inputs, …): exit code 1, one clear sentence. */
export class CommandError extends CliError {}

/** The language asked for with --lang (read before anything else, so help and errors follow it). */
export function languageOf(args: readonly string[]): Language {
  const at = args.indexOf("--lang");
  const value = at >= 0 ? args[at + 1] : args.find((arg) => arg.startsWith("--lang="))?.slice("--lang=".length);
  return value === "en" ? "en" : "sv";
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
