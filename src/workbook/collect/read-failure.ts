/**
 * Why a unit's file could not be read, as the problem a controller reads: the reader's and the
 * file source's reasons turned into problem codes with the part, sheet or cell they name.
 */
import { error, type Location, type Problem, type ProblemCode, type ProblemValues } from "../../core";
import type { WorkbookFailure } from "../xlsx-values-reader";

/** The problem for bytes the values reader refused. */
export function readFailureProblem(failure: WorkbookFailure, file: string, bytes: Uint8Array): Problem {
  const at: Location = { file };
  switch (failure.kind) {
    case "not-zip":
      if (bytes.length === 0) return error("empty-file", at);
      // An OLE compound file: an encrypted .xlsx or an old .xls.
      if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return error("encrypted-or-xls", at);
      return error("unreadable-file", at, { reason: "not-zip" });
    case "damaged-zip":
      return error("unreadable-file", at, { reason: "damaged-zip", part: failure.part ?? "" });
    case "encrypted":
    case "not-xlsx":
      return error("unreadable-file", at, { reason: failure.kind });
    case "ods":
      return error("ods-file", at);
    case "part-too-large":
      return error("part-too-large", at, { part: failure.part, limit: failure.limit });
    case "total-too-large":
      return error("workbook-too-large", at, { limit: failure.limit });
    case "damaged-part":
      return error("damaged-part", at, { part: failure.part });
    case "missing-shared-strings":
      return error("missing-shared-strings", at);
    case "cell-out-of-range":
      return error("cell-out-of-range", { file, sheet: failure.sheet }, { cell: failure.cell });
    case "too-many-cells":
      return error("too-many-cells", { file, sheet: failure.sheet, cell: failure.cell }, { cell: failure.cell, limit: failure.limit });
  }
}

/** The kinds of problem for a source that is not read at all. */
type RefusalCode = Extract<ProblemCode, "not-a-file" | "wrong-format" | "file-too-large" | "unreadable-file">;

/** Why a source was not read at all (not a regular file, the wrong format, too large). */
export class SourceRefused extends Error {
  /** The refusal as the problem of the file it is about. */
  readonly problemOf: (file: string) => Problem;

  constructor(...[code, values]: { [C in RefusalCode]: [code: C, values: ProblemValues[C]] }[RefusalCode]) {
    super(`Source refused: ${code}`);
    this.name = "SourceRefused";
    this.problemOf = (file) => ({ severity: "error", code, at: { file }, values });
  }
}
