/**
 * Options validated at the edge into typed objects, with Swedish (or English) usage errors.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError, type CommonOptions } from "./context";

export const COMMON_OPTIONS = {
  lang: { type: "string" },
  json: { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsConfig["options"];

/** Parses a command's arguments; unknown options and missing values are usage errors. */
export function parse<O extends NonNullable<ParseArgsConfig["options"]>>(args: readonly string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: [...args], options: { ...COMMON_OPTIONS, ...options }, allowPositionals, strict: true });
  } catch (caught) {
    throw new UsageError(caught instanceof Error ? caught.message.replace(/^.*?: /, "") : String(caught));
  }
}

export function common(values: { lang?: string | boolean; json?: string | boolean; debug?: string | boolean }): CommonOptions {
  const lang = values.lang ?? "sv";
  if (lang !== "sv" && lang !== "en") throw new UsageError(`--lang tar sv eller en, inte "${String(lang)}".`);
  return { lang: lang, json: values.json === true, debug: values.debug === true };
}

/** A required string option. */
export function required(value: string | boolean | undefined, name: string): string {
  if (typeof value !== "string" || value.trim() === "") throw new UsageError(`--${name} saknas.`);
  return value;
}

export function optionalString(value: string | boolean | undefined): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}
