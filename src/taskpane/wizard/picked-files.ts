/**
 * The files a controller gives the pane, by pick or by drop: each either taken (an .xlsx Puls can
 * read) or refused with the reason, and every pick added to those chosen before (the same file
 * twice counts once). Pure, so it is tested without a browser.
 */

/** Why a file is not taken, said to the user beside its name. */
export type RefusalReason = "old-excel" | "macro-workbook" | "lock-file" | "not-a-workbook";

export interface RefusedFile {
  readonly name: string;
  readonly reason: RefusalReason;
}

/** The reason Puls cannot read a file by its name, or null when it can (an .xlsx). */
export function refusalOf(name: string): RefusalReason | null {
  const lower = name.toLowerCase();
  // Excel's lock file beside an open workbook ("~$plan.xlsx") is not a workbook at all.
  if (name.startsWith("~$")) return "lock-file";
  if (lower.endsWith(".xlsx")) return null;
  if (lower.endsWith(".xls")) return "old-excel";
  if (lower.endsWith(".xlsm") || lower.endsWith(".xlsb")) return "macro-workbook";
  return "not-a-workbook";
}

/** The same file picked again (by name, size and change time) is the one already chosen. */
const sameFile = (a: File, b: File) => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

export interface PickedFiles {
  readonly files: readonly File[];
  readonly refused: readonly RefusedFile[];
}

export const NO_FILES: PickedFiles = { files: [], refused: [] };

/** The chosen files after a pick or a drop: the new ones added, each refused one listed once. */
export function withPicked(before: PickedFiles, picked: readonly File[]): PickedFiles {
  const files = [...before.files];
  const refused = [...before.refused];
  for (const file of picked) {
    const reason = refusalOf(file.name);
    if (reason !== null) {
      if (!refused.some((r) => r.name === file.name)) refused.push({ name: file.name, reason });
    } else if (!files.some((f) => sameFile(f, file))) files.push(file);
  }
  return { files, refused };
}

/** The chosen files without one. */
export function withoutFile(before: PickedFiles, file: File): PickedFiles {
  return { ...before, files: before.files.filter((f) => f !== file) };
}
