/**
 * The corpus of hostile unit workbooks (and files that are not workbooks at all), written into a
 * folder beside two good units. Each case claims a unit of its own, so the good units HN and HS
 * are never anyone's duplicate; the case names the problem code collection must report for it.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, strToU8 } from "fflate";
import type { Plan, ProblemCode } from "../../src/core";
import { readWorkbook } from "../../src/workbook/exceljs-reader";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import { readPlan } from "../../src/workbook/plan/read-plan";
import { appendRows, bombEntry, odsBytes, rebuilt, sheetPart, withSheetXml } from "./hostile-files";
import { GOOD, editSheet, unitBook } from "./units";
import { smallPlan, xlsx, type Rows } from "./xlsx";

/** The extra units of the corpus plan: one per hostile case that needs a unit of its own. */
const EXTRA_UNITS = Array.from({ length: 14 }, (_, i) => `U${String(i + 1).padStart(2, "0")}`);

/** The small plan with fourteen more units under Omsorg, each reporting what HN reports. */
export function corpusPlanRows(): Record<string, Rows> {
  const rows = smallPlan();
  return { ...rows, Organisation: [...(rows.Organisation ?? []), ...EXTRA_UNITS.map((id) => [id, `Enhet ${id}`, "OMS", "Enhet"])] };
}

export async function corpusPlan(): Promise<{ plan: Plan; bytes: Uint8Array }> {
  const bytes = await xlsx(corpusPlanRows());
  return { plan: readPlan(await readWorkbook(bytes), "plan.xlsx").plan, bytes };
}

export interface HostileCase {
  readonly file: string;
  /** What a unit or an attacker did. */
  readonly what: string;
  /** The problem code collection must report for the file (none: the file must read cleanly). */
  readonly code?: ProblemCode;
  /** Whether the file's unit must still be consolidated (the hostile part is beside good data). */
  readonly consolidated?: string;
}

const REPORT = "Inrapportering";
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const GIB = 1024 ** 3;

/** Writes the corpus and the two good units into `folder`; returns the cases. */
export async function writeCorpus(folder: string, plan: Plan): Promise<HostileCase[]> {
  mkdirSync(folder, { recursive: true });
  const book = async (unit: string) => writeWorkbook(unitBook(plan, unit, GOOD.HN));
  const cases: HostileCase[] = [];
  const add = (file: string, what: string, code: ProblemCode | undefined, bytes: Uint8Array, consolidated?: string) => {
    writeFileSync(path.join(folder, file), bytes);
    cases.push({ file, what, code, consolidated });
  };
  writeFileSync(path.join(folder, "HN.xlsx"), await writeWorkbook(unitBook(plan, "HN")));
  writeFileSync(path.join(folder, "HS.xlsx"), await writeWorkbook(unitBook(plan, "HS")));

  add("rad-300000000.xlsx", "one cell at row 300,000,000", "cell-out-of-range", withSheetXml(await book("U01"), REPORT, (xml) => appendRows(xml, `<row r="300000000">${inline("A300000000", "x")}</row>`)));
  add("ZZZZZZ40.xlsx", "one cell at column ZZZZZZ", "cell-out-of-range", withSheetXml(await book("U02"), REPORT, (xml) => appendRows(xml, `<row r="40">${inline("ZZZZZZ40", "x")}</row>`)));
  const farRows = Array.from({ length: 30_000 }, (_, i) => `<row r="${i + 100}">${inline(`XFD${i + 100}`, "x")}</row>`).join("");
  add("XFD-30000-rader.xlsx", "a cell at column XFD in each of 30,000 rows", "too-many-cells", withSheetXml(await book("U03"), REPORT, (xml) => appendRows(xml, farRows)));
  add(
    "bomb.xlsx",
    "the report sheet a deflate bomb of 3.5 GB",
    "part-too-large",
    rebuilt(await book("U04"), (files) => {
      const name = sheetPart(files, REPORT);
      files.delete(name);
      return [bombEntry(name, 3.5e9)];
    }),
  );
  add(
    "bomb-som-ljuger.xlsx",
    "a deflate bomb of 1 GB whose headers say 4 KB",
    "unreadable-file",
    rebuilt(await book("U05"), (files) => {
      const name = sheetPart(files, REPORT);
      files.delete(name);
      return [bombEntry(name, GIB, 4096)];
    }),
  );
  add(
    "skrap.xlsx",
    "three unreferenced parts of 1.5 GB each beside good data",
    undefined,
    rebuilt(await book("U06"), () => [1, 2, 3].map((n) => bombEntry(`xl/junk${n}.xml`, 1.5 * GIB))),
    "U06",
  );
  const unknownRows = Array.from({ length: 130_000 }, (_, i) => `<row r="${i + 100}">${inline(`A${i + 100}`, `X${i}`)}</row>`).join("");
  add("okanda-rader.xlsx", "130,000 rows of unknown indicator ids", "unexpected-row", withSheetXml(await book("U07"), REPORT, (xml) => appendRows(xml, unknownRows)), "U07");
  add(
    "utan-sharedStrings.xlsx",
    "xl/sharedStrings.xml removed",
    "missing-shared-strings",
    rebuilt(await book("U08"), (files) => {
      files.delete("xl/sharedStrings.xml");
    }),
  );
  add("trasig-xml.xlsx", "the report sheet's XML cut off in the middle", "damaged-part", withSheetXml(await book("U09"), REPORT, (xml) => xml.slice(0, Math.floor(xml.length / 2))));
  add("opendocument.xlsx", "an OpenDocument spreadsheet renamed .xlsx", "ods-file", odsBytes());
  const laughs = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${"b".repeat(i + 1)} "${`&${i === 0 ? "a" : "b".repeat(i)};`.repeat(10)}">`).join("")}]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&bbbbbbbbb;</t></si></sst>`;
  add(
    "entiteter.xlsx",
    "entity declarations that expand a billion times (billion laughs)",
    "damaged-part",
    rebuilt(await book("U10"), (files) => {
      files.set("xl/sharedStrings.xml", strToU8(laughs));
    }),
  );
  // A copy of HN's template whose hidden sheet was edited to say it is HS's.
  const impostor = editSheet(unitBook(plan, "HN", new Map([["N1", { actual: 0.1 }], ["N2", { actual: 99 }], ["N3", { actual: 0.1 }]])), "_puls", (sheet) => ({ ...sheet, rows: sheet.rows.map((row) => (row[0] === "Enhet" ? [row[0], "HS"] : row)) }));
  add("Hemtjänst Syd (kopia).xlsx", "a unit's template with the unit id on _puls edited to another unit's", "identity-mismatch", await writeWorkbook(impostor));
  // Written past Puls's own writer, which cuts text to Excel's limit: the marker becomes the long text in the XML.
  const long = "Lång kommentar.".repeat(2_700);
  const marked = await writeWorkbook(unitBook(plan, "U11", new Map([...GOOD.HN!].map(([id, row]) => [id, { ...row, comment: "LÅNG-KOMMENTAR" }]))));
  add(
    "lang-kommentar.xlsx",
    `a comment of ${long.length} characters, more than an Excel cell holds`,
    "text-too-long",
    rebuilt(marked, (files) => {
      const strings = files.get("xl/sharedStrings.xml");
      if (strings === undefined) throw new Error("The template has no shared strings");
      files.set("xl/sharedStrings.xml", strToU8(strFromU8(strings).replaceAll("LÅNG-KOMMENTAR", long)));
    }),
    "U11",
  );

  symlinkSync("/dev/zero", path.join(folder, "noll.xlsx"));
  cases.push({ file: "noll.xlsx", what: "a symbolic link to /dev/zero", code: "not-a-file" });
  execFileSync("mkfifo", [path.join(folder, "ror.xlsx")]);
  cases.push({ file: "ror.xlsx", what: "a named pipe (FIFO)", code: "not-a-file" });
  add("makro.xlsm", "a macro workbook (.xlsm)", "wrong-format", await book("U12"));
  add("gammal.xls", "an old .xls file", "wrong-format", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  add("kalkyl.ods", "an OpenDocument spreadsheet", "wrong-format", odsBytes());
  return cases;
}
