/**
 * Writing an output file atomically: into a temporary file in the same folder, then renamed over
 * the final name, so an interrupted run leaves the old file or the whole new one, never half.
 * The temporary name is short and Puls's own (`.puls-PID-RANDOM.tmp`), so a long final name
 * still fits the file system's limit, and what a killed run left behind is recognised and
 * removed by the next run in that folder.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readdir, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";

const TEMPORARY = /^\.puls-(\d+)-[0-9a-f]{8}\.tmp$/;

/** A temporary file older than this is stale even if its process id is in use again. */
const STALE_AFTER_MS = 60 * 60 * 1000;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (caught) {
    // EPERM: the process exists but belongs to someone else.
    return (caught as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes temporary files of Puls's own pattern that a run which is no longer running left in `folder`. */
async function removeStaleTemporaries(folder: string, now = Date.now()): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (match === null) continue;
    const file = path.join(folder, name);
    const pid = Number(match[1]);
    const info = await stat(file).catch(() => undefined);
    if (info === undefined || !info.isFile()) continue;
    if (pid !== process.pid && (!isRunning(pid) || now - info.mtimeMs > STALE_AFTER_MS)) {
      await unlink(file).catch(() => undefined);
      removed.push(file);
    }
  }
  return removed;
}

/**
 * Writes `file` through a temporary file and a rename. `write` fills the temporary file. A
 * folder that does not exist yet is made, as a user naming `--out nytt/plan.xlsx` expects.
 */
export async function writeAtomically(file: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const folder = path.dirname(file);
  await mkdir(folder, { recursive: true });
  await removeStaleTemporaries(folder);
  const temporary = path.join(folder, `.puls-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    await write(temporary);
    await rename(temporary, file);
  } catch (caught) {
    await unlink(temporary).catch(() => undefined);
    throw caught;
  }
}
