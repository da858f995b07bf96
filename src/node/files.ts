/**
 * Files for the Node side of Puls (the CLI and the library): reading inputs, expanding folders
 * and globs, and writing outputs atomically. Inputs are only ever read.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { glob } from "tinyglobby";

/**
 * Writes `file` through a temporary file in the same folder and a rename, so an interrupted run
 * leaves the old file or the whole new one. `write` fills the temporary file. A folder that does
 * not exist yet is made, as a user naming `--out nytt/plan.xlsx` expects.
 */
export async function writeAtomically(file: string, write: (temporary: string) => Promise<void>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await write(temporary);
    await rename(temporary, file);
  } catch (caught) {
    await unlink(temporary).catch(() => undefined);
    throw caught;
  }
}

/**
 * The .xlsx files that the inputs name: files as given, folders searched (recursively), globs
 * expanded. Excel's lock files (~$…) are left out. Sorted, without duplicates.
 */
export async function expandInputs(inputs: readonly string[]): Promise<{ files: string[]; notFound: string[] }> {
  const files = new Set<string>();
  const notFound: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isFile() === true) files.add(path.resolve(input));
    else if (info?.isDirectory() === true) {
      for (const file of await glob("**/*.xlsx", { cwd: input, absolute: true, caseSensitiveMatch: false })) files.add(path.resolve(file));
    } else {
      const matches = await glob(input.split(path.sep).join("/"), { absolute: true, caseSensitiveMatch: false });
      if (matches.length === 0) notFound.push(input);
      for (const file of matches) files.add(path.resolve(file));
    }
  }
  return { files: [...files].filter((file) => !path.basename(file).startsWith("~$")).sort(), notFound };
}

/** A file's bytes and when it was last changed (ISO, to the second). */
export async function readInput(file: string): Promise<{ bytes: Uint8Array; modified: string }> {
  const [bytes, info] = await Promise.all([readFile(file), stat(file)]);
  return { bytes, modified: info.mtime.toISOString().slice(0, 19) };
}
