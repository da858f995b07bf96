/**
 * Reading inputs for the Node side of Puls (the CLI and the library): expanding folders and
 * globs into the workbooks to read, and reading one file with its size bounded. Inputs are only
 * ever read, and only regular files: a named pipe would block for ever, a device never ends.
 */
import { constants } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { glob } from "tinyglobby";
import { swedishTime } from "../core";
import { SourceRefused } from "../workbook/collect/collect-sources";

/** Spreadsheet files other than .xlsx: found in a folder, they are reported rather than passed over. */
const OTHER_SPREADSHEETS = new Set([".xlsm", ".xlsb", ".xls", ".ods", ".xltx", ".xltm", ".csv"]);

/** A folder of more than this many entries is not a folder of unit workbooks; the walk stops there. */
const MAX_FOLDER_ENTRIES = 100_000;

/** 50 MB: a unit's workbook is some 20 KB; a shared workbook of 1,000 units a few MB. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

const isSpreadsheet = (file: string) => {
  const extension = path.extname(file).toLowerCase();
  return extension === ".xlsx" || OTHER_SPREADSHEETS.has(extension);
};

/** Excel's lock files (~$…) are not workbooks. */
const isLockFile = (file: string) => path.basename(file).startsWith("~$");

/** The spreadsheet files under a folder, of any kind of entry (a pipe named .xlsx is found, to be refused). */
async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.slice(0, MAX_FOLDER_ENTRIES)) {
    if (entry.isDirectory()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (isSpreadsheet(file)) found.push(file);
  }
  return found;
}

/**
 * The files that the inputs name: files as given, folders searched (recursively, for .xlsx and the
 * other spreadsheet formats, which collection then reports), globs expanded. Excel's lock files
 * are left out. Sorted, without duplicates.
 */
export async function expandInputs(inputs: readonly string[]): Promise<{ files: string[]; notFound: string[]; folders: string[] }> {
  const files = new Set<string>();
  const notFound: string[] = [];
  /** The inputs that were folders: an output may not be written into one (see output-guard.ts). */
  const folders: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory() === true) {
      folders.push(input);
      for (const file of await walk(input)) files.add(path.resolve(file));
    } else if (info !== undefined) files.add(path.resolve(input));
    else {
      const matches = await glob(input.split(path.sep).join("/"), { absolute: true, caseSensitiveMatch: false, onlyFiles: false });
      if (matches.length === 0) notFound.push(input);
      for (const file of matches) files.add(path.resolve(file));
    }
  }
  return { files: [...files].filter((file) => !isLockFile(file)).sort(), notFound, folders };
}

/** What a path is, when it is not a regular file, as the kind code the problem names. */
function kindOf(info: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean; isDirectory(): boolean }): string {
  if (info.isFIFO()) return "fifo";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "device";
  if (info.isSocket()) return "socket";
  return info.isDirectory() ? "directory" : "other";
}

/**
 * A file's bytes and when it was last changed (Swedish local time, to the second). Refuses (with
 * {@link SourceRefused}) a file that is not .xlsx, not a regular file, or larger than `maxBytes`.
 * The file is opened without blocking and checked on the open handle, so a pipe put in its
 * place between the listing and the read cannot hang the run.
 */
export async function readInput(file: string, maxBytes = MAX_INPUT_BYTES): Promise<{ bytes: Uint8Array; modified: string }> {
  const extension = path.extname(file).toLowerCase();
  if (extension !== ".xlsx") throw new SourceRefused("wrong-format", { extension: extension === "" ? "–" : extension });
  const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new SourceRefused("not-a-file", { kind: kindOf(info) });
    if (info.size > maxBytes) throw new SourceRefused("file-too-large", { limit: maxBytes });
    // At most the size seen plus one byte: a file that grows while it is read is not read without end.
    const bytes = new Uint8Array(info.size + 1);
    let length = 0;
    while (length < bytes.length) {
      const { bytesRead } = await handle.read(bytes, length, bytes.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    // It grew while being read: still being written (a sync client, a save in progress).
    if (length > info.size) throw new SourceRefused("unreadable-file", { reason: "cannot-open" });
    // In Swedish local time, as the deadline is: a file saved at 00:30 on the day after is late.
    return { bytes: bytes.subarray(0, length), modified: swedishTime(info.mtime) };
  } finally {
    await handle.close();
  }
}
