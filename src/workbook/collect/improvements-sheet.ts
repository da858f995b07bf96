/**
 * The consolidated workbook's Förbättringar sheet: every unit's improvement items, one row each,
 * written by collection and read back for the reports and the pulse boards. One spec serves both
 * directions, so they cannot drift.
 */
import { checkImprovements, type CollectedPeriod, type ImprovementRow } from "../../core";
import type { SheetOut } from "../output";
import { optionalColumn, requiredColumn, type SheetSpec } from "../table";
import type { RowReader } from "../row-reader";
import { WHY_KEYS } from "../template/template-format";

export const IMPROVEMENTS_SHEET = {
  names: ["Förbättringar"],
  columns: [
    requiredColumn("organisation", "Organisation"),
    requiredColumn("problem", "Problem"),
    ...WHY_KEYS.map((key, index) => optionalColumn(key, `Varför ${index + 1}`)),
    optionalColumn("action", "Åtgärd"),
    optionalColumn("stage", "PDCA-steg"),
    optionalColumn("owner", "Ansvarig"),
    optionalColumn("date", "Datum"),
  ],
} as const satisfies SheetSpec;

type ImprovementKey = (typeof IMPROVEMENTS_SHEET.columns)[number]["key"];

const WIDTHS: Readonly<Partial<Record<ImprovementKey, number>>> = { organisation: 14, problem: 36, action: 36, stage: 12, owner: 18, date: 12 };
const dateCell = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? { value: { date: iso } } : iso);

export function improvementsSheet(consolidation: Pick<CollectedPeriod, "improvements">): SheetOut {
  return {
    name: IMPROVEMENTS_SHEET.names[0],
    columns: IMPROVEMENTS_SHEET.columns.map((c) => ({ header: c.headers[0] ?? c.key, width: WIDTHS[c.key] ?? 24 })),
    rows: [...consolidation.improvements].flatMap(([unit, items]) =>
      items.map((item) => [unit, item.problem, ...WHY_KEYS.map((_, index) => item.whys[index] ?? ""), item.action, item.stageText, item.owner, dateCell(item.date)]),
    ),
  };
}

/** One row read back: its organisation and the item. */
export function readImprovementRow(row: RowReader<ImprovementKey>): readonly [string, ImprovementRow] {
  const whys = WHY_KEYS.map((key) => row.text(key)).filter((why) => why !== "");
  const [item] = checkImprovements([{ problem: row.text("problem"), whys, action: row.text("action"), stage: row.text("stage"), owner: row.text("owner"), date: (row.optionalText("date") ?? "").slice(0, 10) }]);
  return [row.text("organisation"), item as ImprovementRow];
}
