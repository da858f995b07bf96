/**
 * Reading a consolidated workbook (from `puls collect`) for a command: one that cannot be read
 * stops the command with one clear sentence.
 */
import { readFile } from "node:fs/promises";
import { readConsolidated, type ConsolidatedData } from "../workbook/collect/read-consolidated";
import { readWorkbook } from "../workbook/exceljs-reader";
import { CommandError } from "./context";

export async function loadConsolidated(file: string, shownAs: string, period: string): Promise<ConsolidatedData> {
  try {
    return readConsolidated(await readWorkbook(await readFile(file)), period);
  } catch {
    throw new CommandError({ sv: `Sammanställningen ${shownAs} gick inte att läsa som en Excel-arbetsbok (.xlsx).`, en: `The consolidated workbook ${shownAs} could not be read as an Excel workbook (.xlsx).` });
  }
}
