/**
 * What the CLI says when an output is refused or the file system says no: one sentence that
 * names the file and what to do, in place of Node's error codes (EISDIR, ENAMETOOLONG, …).
 */
import type { Language } from "../core";
import type { OutputRefusal } from "../app/node/guard";

export function refusedOutput(refusal: OutputRefusal, language: Language): string {
  const sv = language === "sv";
  switch (refusal.kind) {
    case "is-input":
      return sv
        ? `Utdata ${refusal.output} är samma fil som indata ${refusal.input}; Puls skriver aldrig över det som läses in. Ange en annan fil eller mapp med --out.`
        : `The output ${refusal.output} is the same file as the input ${refusal.input}; Puls never overwrites what it reads. Give another file or folder with --out.`;
    case "inside-input-folder":
      return sv
        ? `Utdata ${refusal.output} ligger i mappen ${refusal.folder}, som läses in; nästa insamling skulle läsa den som en enhets fil. Ange en fil utanför mappen med --out.`
        : `The output ${refusal.output} lies in the folder ${refusal.folder}, which is read as input; the next collection would read it as a unit's file. Give a file outside that folder with --out.`;
    case "is-folder":
      return sv
        ? `--out ${refusal.output} är en mapp; ange ett filnamn, t.ex. ${refusal.output}/sammanstallning.xlsx.`
        : `--out ${refusal.output} is a folder; give a file name, e.g. ${refusal.output}/consolidated.xlsx.`;
  }
}

const FILE_SYSTEM: Readonly<Record<string, { readonly sv: string; readonly en: string }>> = {
  EISDIR: { sv: "är en mapp, inte en fil", en: "is a folder, not a file" },
  ENAMETOOLONG: { sv: "har ett för långt namn för filsystemet (högst 255 tecken per namn)", en: "has a name too long for the file system (at most 255 characters a name)" },
  EACCES: { sv: "får inte skrivas eller läsas av dig: kontrollera behörigheten", en: "may not be written or read by you: check the permissions" },
  EPERM: { sv: "får inte ändras: kontrollera behörigheten", en: "may not be changed: check the permissions" },
  ENOSPC: { sv: "fick inte plats: disken är full", en: "did not fit: the disk is full" },
  EROFS: { sv: "ligger på en skrivskyddad disk", en: "is on a read-only disk" },
  ENOTDIR: { sv: "har en del av sökvägen som är en fil, inte en mapp", en: "has a part of its path that is a file, not a folder" },
  ENOENT: { sv: "finns inte", en: "does not exist" },
  EBUSY: { sv: "används av ett annat program (är den öppen i Excel?)", en: "is in use by another program (is it open in Excel?)" },
};

/** A file-system error as one sentence, or undefined when it is not one. */
export function fileSystemError(caught: unknown, language: Language): string | undefined {
  if (!(caught instanceof Error)) return undefined;
  const { code, path } = caught as NodeJS.ErrnoException;
  const text = code === undefined ? undefined : FILE_SYSTEM[code];
  if (text === undefined) return undefined;
  const file = path ?? "";
  return language === "sv" ? `Filen ${file} ${text.sv}.` : `The file ${file} ${text.en}.`;
}
