/**
 * The ports of the application layer: what a use case needs from the world, as small interfaces
 * that the CLI (files on disk), the task pane (files picked in a browser, the open workbook in
 * Excel) and tests implement. A use case never reaches past them.
 */
import type { LocalDateTime } from "../core";
import type { WorkbookOut } from "../workbook/output";

export type { SourceContent, UnitSource } from "../workbook/collect/collect-sources";
export type { ChartRenderer } from "../reports/charts/svg";
export type { WorkbookOut } from "../workbook/output";

/** The time now, as a wall clock in Sweden shows it (Europe/Stockholm), whoever runs Puls where. */
export interface Clock {
  readonly now: () => LocalDateTime;
}

/** A file a use case makes: a workbook to write, or finished bytes (a Word document, a zip). */
export type MadeFile = { readonly workbook: WorkbookOut } | { readonly bytes: Uint8Array };

/** Where the files a use case makes go: a folder on disk, downloads in a browser, a zip. */
export interface FileSink {
  /** Writes `file` under `name` (a plain file name, made safe by the use case). */
  readonly write: (name: string, file: MadeFile) => Promise<void>;
}
