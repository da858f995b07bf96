/**
 * The audit log on Node: SHA-256 by Node's crypto, and the operating system's user for the log
 * when no name is given (`--user`). Only here: the core and the application layer have neither.
 */
import { createHash } from "node:crypto";
import { userInfo } from "node:os";
import type { Digest } from "../audit";

/** A file's SHA-256, as 64 hex digits. */
export const nodeDigest: Digest = (bytes) => Promise.resolve(createHash("sha256").update(bytes).digest("hex"));

/** The name the log records: the one given, else the operating system's user, else "okänd" (a system without one). */
export function logUser(given: string | undefined): string {
  if (given !== undefined && given.trim() !== "") return given.trim();
  try {
    return userInfo().username;
  } catch {
    return "okänd";
  }
}
