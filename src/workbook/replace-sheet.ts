/**
 * One sheet of an existing workbook written anew, the rest kept as they are (exceljs reads and
 * writes them back): how `puls kolada import` fills a plan's Jämförelse without rewriting the
 * plan's other sheets. Returns new bytes; the input bytes are not changed.
 */
import type ExcelJS from "exceljs";
import { exceljs } from "./exceljs-module";
import { addWorksheet, fillWorksheet } from "./exceljs-writer";
import type { SheetOut } from "./output";

/** exceljs keeps each sheet's position in `orderNo`, which its type declarations leave out. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

/** `bytes` with the sheet named any of `names` (any case) replaced by `sheet` in its place, or `sheet` added last. */
export async function withSheetReplaced(bytes: Uint8Array, sheet: SheetOut, names: readonly string[]): Promise<Uint8Array> {
  return withSheetsReplaced(bytes, [{ sheet, names }]);
}

/** `bytes` with each sheet replaced as {@link withSheetReplaced} does one: the workbook read and written once. */
export async function withSheetsReplaced(bytes: Uint8Array, replacements: readonly { readonly sheet: SheetOut; readonly names: readonly string[] }[]): Promise<Uint8Array> {
  const workbook = new (exceljs().Workbook)();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  for (const { sheet, names } of replacements) {
    const wanted = new Set(names.map((name) => name.toLowerCase()));
    let place: number | undefined;
    for (const existing of [...workbook.worksheets]) {
      if (!wanted.has(existing.name.toLowerCase())) continue;
      place ??= (existing as Ordered).orderNo;
      workbook.removeWorksheet(existing.id);
    }
    const added = addWorksheet(workbook, sheet);
    // exceljs orders sheets by orderNo: the new sheet takes the old one's place among the others.
    if (place !== undefined) (added as Ordered).orderNo = place;
    fillWorksheet(added, sheet);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
