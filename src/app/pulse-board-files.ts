/**
 * `puls pulstavla`'s files: the boards as one workbook (a sheet each) and, where asked, one PDF of
 * one page per board. Kept apart from pulse-boards.ts because it brings exceljs, which the task
 * pane (which writes the boards into the open workbook instead) does not load for them.
 */
import type { Language, ReportInput } from "../core";
import { writeWorkbook } from "../workbook/exceljs-writer";
import type { FileSink } from "./ports";
import { pulseBoardFileName, pulseBoardSheets } from "./pulse-boards";

export interface PulseBoardFilesRequest {
  readonly input: ReportInput;
  readonly language: Language;
  readonly formats: ReadonlySet<"xlsx" | "pdf">;
  /** A workbook's bytes as PDF (LibreOffice on Node); asked only for "pdf". */
  readonly toPdf: (xlsx: Uint8Array, fileName: string) => Promise<Uint8Array>;
  readonly onFile?: (fileName: string) => void;
}

/** Writes the boards' files into `sink`; returns their names and the boards' organisations, in order. */
export async function writePulseBoards(request: PulseBoardFilesRequest, sink: FileSink): Promise<{ readonly files: readonly string[]; readonly boards: readonly string[] }> {
  const boards = pulseBoardSheets(request.input, request.language);
  const files: string[] = [];
  const written = (name: string) => {
    files.push(name);
    request.onFile?.(name);
  };
  if (request.formats.has("xlsx")) {
    const name = pulseBoardFileName(request.input.period);
    await sink.write(name, { workbook: { sheets: boards.map((named) => named.sheet) } });
    written(name);
  }
  if (request.formats.has("pdf")) {
    // One workbook per board, so that each PDF is that board's one page.
    for (const { board, sheet } of boards) {
      const name = pulseBoardFileName(request.input.period, board.organisation.name);
      await sink.write(name, { bytes: await request.toPdf(await writeWorkbook({ sheets: [sheet] }), name) });
      written(name);
    }
  }
  return { files, boards: boards.map(({ board }) => board.organisation.id) };
}
