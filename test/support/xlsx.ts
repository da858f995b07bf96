/**
 * Real .xlsx bytes for tests, written by exceljs from plain rows (row 1 = headers).
 */
import ExcelJS from "exceljs";
import type { ActualRow, Plan } from "../../src/core";
import { readWorkbook } from "../../src/workbook/exceljs-reader";
import { readPlan } from "../../src/workbook/plan/read-plan";

export type Rows = readonly (readonly ExcelJS.CellValue[])[];

/** An .xlsx file with one sheet per entry; each sheet's rows start at A1. */
export async function xlsx(sheets: Readonly<Record<string, Rows>>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow([...row]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A small, sound plan in Swedish: one division with two units, one goal tree, three indicators. */
export function smallPlan(): Record<string, Rows> {
  return {
    Inställningar: [
      ["Nyckel", "Värde"],
      ["Kommun", "Exempelkommun"],
      ["Kommunkod", 180],
      ["År", 2026],
      ["Aktuell period", "2026-D"],
      ["Gul från", "85 %"],
      ["Sammanvägning", "sämsta"],
      ["Kommentar krävs vid röd", "Ja"],
    ],
    Perioder: [
      ["Id", "Namn", "Från", "Till", "Typ"],
      ["2026-D", "Delår 2026", new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2026, 7, 31)), "Delår"],
      ["2026", "Helår 2026", new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2026, 11, 31)), "Helår"],
    ],
    Organisation: [
      ["Id", "Namn", "Överordnad", "Typ"],
      ["K", "Exempelkommun", null, "Kommun"],
      ["OMS", "Omsorg", "K", "Verksamhetsområde"],
      ["HN", "Hemtjänst Norr", "OMS", "Enhet"],
      ["HS", "Hemtjänst Syd", "OMS", "Enhet"],
    ],
    Mål: [
      ["Id", "Namn", "Nivå", "Överordnat", "Organisation", "Finansiellt"],
      ["P1", "Trygg omsorg", "Prioriterat område", null, "K", "Nej"],
      ["R1", "Nöjda brukare", "Resultatmål", "P1", "K", "Nej"],
      ["V1", "Kontinuitet i hemtjänsten", "Verksamhetsmål", "R1", "OMS", null],
    ],
    Nyckeltal: [
      ["Id", "Namn", "Mål", "Måttenhet", "Riktning", "Vikt", "Sammanställning", "Rapporteras av", "Könsuppdelat", "Kolada-id"],
      ["N1", "Andel nöjda brukare", "V1", "%", "Högre", 1, "Medel", "Enhet", "Ja", "U21468"],
      ["N2", "Antal personal per brukare", "V1", "antal", "Lägre", 2, "Medel", "Enhet", "Nej", null],
      ["N3", "Beläggning", "V1", "%", "Intervall", null, "Medel", "Enhet", null, null],
    ],
    Målvärden: [
      ["Nyckeltal", "Organisation", "Period", "Målvärde", "Målvärde max", "Utgångsvärde"],
      ["N1", null, "2026-D", 0.9, null, 0.85],
      ["N2", "HN", "2026-D", 12, null, null],
      ["N2", null, "2026-D", "Minska", null, null],
      ["N3", null, "2026-D", 0.9, 0.95, null],
    ],
    Utfall: [
      ["Nyckeltal", "Organisation", "Period", "Utfall", "Kvinnor", "Män"],
      ["N1", "HN", "2025", "0,87", 0.9, 0.8],
    ],
  };
}

/** An outcome row for tests: an indicator's value at an organisation in a period, with an optional comment. */
export function actualRow(indicator: string, organisation: string, period: string, value: number | null, comment = ""): ActualRow {
  return { indicator, organisation, period, actual: value, women: null, men: null, comment, source: "", loadedAt: "", at: { sheet: "test" } };
}

/** The small plan, read as a user's workbook would be; it must read without problems. */
export async function readSmallPlan(): Promise<Plan> {
  const read = readPlan(await readWorkbook(await xlsx(smallPlan())));
  expect(read.problems).toEqual([]);
  return read.plan;
}
