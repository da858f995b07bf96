/**
 * Showing the user the cell a problem names: activate its sheet and select the cell. One sync.
 * Problems in a unit's own file (not the open workbook) name a file; those are not selected.
 */
import type { Location } from "../../core";

/** Whether a problem's location is a cell of the open workbook that can be selected. */
export function isSelectable(location: Location, openWorkbookName: string | null): boolean {
  if (location.sheet === undefined || location.sheet === "") return false;
  return location.file === undefined || location.file === openWorkbookName;
}

export async function selectCell(context: Excel.RequestContext, location: Location): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(location.sheet ?? "");
  worksheet.activate();
  worksheet.getRange(location.cell ?? "A1").select();
  await context.sync();
}
