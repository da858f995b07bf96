/**
 * Options validated at the edge into typed objects, with Swedish (or English) usage errors.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError, type Bilingual, type CommonOptions } from "./context";

export const COMMON_OPTIONS = {
  lang: { type: "string" },
  json: { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsConfig["options"];

/** How a command takes its arguments besides the options. */
export interface ParseOptions {
  /** The command takes arguments that are not options (files, a report's name). Default: none. */
  readonly allowPositionals?: boolean;
}

/**
 * Parses a command's arguments; unknown options and missing values are usage errors. The return
 * type is spelt out because the compiled declarations cannot name the one inferred (@types/node
 * does not export it).
 */
export function parse<O extends NonNullable<ParseArgsConfig["options"]>>(args: readonly string[], options: O, { allowPositionals = false }: ParseOptions = {}): ReturnType<typeof parseArgs<{ args: string[]; options: typeof COMMON_OPTIONS & O; allowPositionals: boolean; strict: true }>> {
  try {
    return parseArgs({ args: [...args], options: { ...COMMON_OPTIONS, ...options }, allowPositionals, strict: true });
  } catch (caught) {
    throw new UsageError(usageMessage(caught));
  }
}

export function common(values: { lang?: string | boolean; json?: string | boolean; debug?: string | boolean }): CommonOptions {
  const lang = values.lang ?? "sv";
  if (lang !== "sv" && lang !== "en") throw new UsageError({ sv: `--lang tar sv eller en, inte "${String(lang)}".`, en: `--lang takes sv or en, not "${String(lang)}".` });
  return { lang: lang, json: values.json === true, debug: values.debug === true };
}

/** A required string option. */
export function required(value: string | boolean | undefined, name: string): string {
  if (typeof value !== "string" || value.trim() === "") throw new UsageError({ sv: `--${name} saknas.`, en: `--${name} is missing.` });
  return value;
}

export function optionalString(value: string | boolean | undefined): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** Node's parseArgs errors, said in the CLI's languages. */
function usageMessage(caught: unknown): Bilingual {
  const message = caught instanceof Error ? caught.message : String(caught);
  const option = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? "";
  switch ((caught as { code?: string }).code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return { sv: `Okänd flagga: ${option}.`, en: `Unknown option: ${option}.` };
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /does not take an argument/.test(message)
        ? { sv: `${option} tar inget värde.`, en: `${option} takes no value.` }
        : { sv: `${option} behöver ett värde.`, en: `${option} needs a value.` };
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return { sv: "Kommandot tar inga filnamn eller andra värden utan flagga.", en: "The command takes no file names or other values without an option." };
    default:
      return { sv: message, en: message };
  }
}
