/**
 * The SHA-256 of a file the pane read, for the audit log: the browser's own SubtleCrypto (Excel's
 * web view and every browser the pane supports have it in a secure context, which an add-in is).
 */
import type { Digest } from "../../app/audit";

export const browserDigest: Digest = async (bytes) => {
  // The bytes come from File.arrayBuffer (an ArrayBuffer, never shared memory).
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
  return Array.from(hash, (byte) => byte.toString(16).padStart(2, "0")).join("");
};
