/**
 * Where the task pane runs: inside Excel, or in a plain browser.
 *
 * Outside Office, office.js still loads (or fails to, offline) and `Office.onReady` resolves with
 * `host: null`; `Excel` is undefined. Everything Office-specific is guarded here.
 */

/** The environment the page runs in. */
export type Host = "excel" | "browser";

/** The globals this module reads, passed in so tests can give any environment. */
export interface HostGlobals {
  readonly Office?: Pick<typeof Office, "onReady" | "HostType">;
}

/** Resolves to "excel" inside Excel and "browser" anywhere else (including when office.js did not load). */
export async function detectHost(globals: HostGlobals): Promise<Host> {
  const office = globals.Office;
  if (office === undefined) return "browser";
  const info = await office.onReady();
  return info.host === office.HostType.Excel ? "excel" : "browser";
}
