/**
 * Files made in memory, for hosts without a file system (the task pane in a browser): a
 * workbook's bytes (exceljs's browser build), and a sink that gathers files into one zip, one
 * download instead of dozens. Kept apart from the other use cases because it brings exceljs,
 * which the task pane loads only when a step writes a file.
 */
import { zipSync } from "fflate";
import { writeWorkbook } from "../workbook/exceljs-writer";
import type { FileSink, WorkbookOut } from "./ports";

/** A workbook's .xlsx bytes (texts over Excel's limit cut). */
export function workbookBytes(book: WorkbookOut): Promise<Uint8Array> {
  return writeWorkbook(book);
}

/** A sink that gathers the files written to it; `zip()` gives them as one zip file. */
export function zipSink(): FileSink & { readonly zip: () => Uint8Array } {
  const files: Record<string, Uint8Array> = {};
  return {
    write: async (name, file) => {
      files[name] = "bytes" in file ? file.bytes : await writeWorkbook(file.workbook);
    },
    // Workbooks are already deflated inside: compressing them again would only cost time.
    zip: () => zipSync(files, { level: 0 }),
  };
}
