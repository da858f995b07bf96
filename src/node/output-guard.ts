/**
 * Refusing outputs that would overwrite an input: a command's `--out` (and every file it writes)
 * must not be one of its input files, nor lie inside a folder it reads from. Files are compared by
 * what they are on disk (device and inode), so another spelling, a different case on a
 * case-insensitive file system, a symbolic or a hard link all count as the same file.
 */
import { stat } from "node:fs/promises";
import path from "node:path";

export type OutputRefusal =
  | { readonly kind: "is-input"; readonly output: string; readonly input: string }
  | { readonly kind: "inside-input-folder"; readonly output: string; readonly folder: string }
  | { readonly kind: "is-folder"; readonly output: string };

/** The guard refused an output; the command says why in one sentence and exits 2. */
export class OutputRefusedError extends Error {
  constructor(readonly refusal: OutputRefusal) {
    super(`Refused output ${refusal.output}: ${refusal.kind}`);
    this.name = "OutputRefusedError";
  }
}

interface Identity {
  readonly path: string;
  readonly dev: number;
  readonly ino: number;
}

async function identity(file: string): Promise<Identity | undefined> {
  const info = await stat(file).catch(() => undefined);
  return info === undefined ? undefined : { path: file, dev: info.dev, ino: info.ino };
}

const same = (a: Identity, b: Identity) => a.dev === b.dev && a.ino === b.ino;

export class OutputGuard {
  private constructor(
    private readonly files: readonly Identity[],
    private readonly folders: readonly Identity[],
  ) {}

  /** A guard for a command that reads `files` and the files under `folders`. */
  static async of(files: readonly string[], folders: readonly string[] = []): Promise<OutputGuard> {
    const known = async (paths: readonly string[]) => (await Promise.all(paths.map((p) => identity(path.resolve(p))))).filter((i): i is Identity => i !== undefined);
    return new OutputGuard(await known(files), await known(folders));
  }

  /**
   * Throws {@link OutputRefusedError} when writing `output` would replace an input or write into
   * an input folder. The output is a file unless `folder` says it is a folder to write into.
   */
  async check(output: string, { folder = false }: { readonly folder?: boolean } = {}): Promise<void> {
    const target = path.resolve(output);
    const found = await stat(target).catch(() => undefined);
    if (!folder && found?.isDirectory() === true) throw new OutputRefusedError({ kind: "is-folder", output: target });
    const own = found === undefined ? undefined : { path: target, dev: found.dev, ino: found.ino };
    const input = own === undefined ? undefined : this.files.find((file) => same(file, own));
    if (input !== undefined) throw new OutputRefusedError({ kind: "is-input", output: target, input: input.path });
    // The output itself (a folder written into) and each existing folder above it.
    for (let at = folder ? target : path.dirname(target); ; at = path.dirname(at)) {
      const here = await identity(at);
      const inside = here === undefined ? undefined : this.folders.find((f) => same(f, here));
      if (inside !== undefined) throw new OutputRefusedError({ kind: "inside-input-folder", output: target, folder: inside.path });
      if (path.dirname(at) === at) break;
    }
  }
}

/**
 * `name` inside `folder`. Names are made by the one sanitiser (workbook/file-name.ts) and so
 * cannot climb out; this is the check that it stays so, whatever a later change does.
 */
export function fileInside(folder: string, name: string): string {
  const target = path.resolve(folder, name);
  const relative = path.relative(path.resolve(folder), target);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative) || relative.includes(path.sep)) {
    throw new Error(`The file name ${JSON.stringify(name)} would be written outside ${folder}`);
  }
  return target;
}
