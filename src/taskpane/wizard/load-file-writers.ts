/** The file writers' chunk, loaded once on first use (webpack splits it from the first screen). */
import type * as FileWritersModule from "./file-writers";

export type FileWriters = typeof FileWritersModule;

let loading: Promise<FileWriters> | null = null;

export function loadFileWriters(): Promise<FileWriters> {
  loading ??= import(/* webpackChunkName: "file-writers" */ "./file-writers");
  return loading;
}
