/**
 * Runs the CLI in-process, as the CLI tests do: in `folder`, at a fixed time, collecting what it
 * prints and its exit code.
 */
import { main } from "../../src/cli/main";

export async function runCliIn(folder: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += t), interactive: false, now: () => new Date("2026-09-21T09:00:00Z"), cwd: folder });
  return { code, out, err };
}
