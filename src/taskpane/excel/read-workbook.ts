/**
 * Reading the open workbook into the neutral {@link WorkbookGrid}: two syncs in all, whatever the
 * number of sheets (the sheet list, then every used range's values, types and formats at once).
 */
import type { WorkbookGrid } from "../../workbook/grid";
import { gridOfRange } from "./range-grid";

export async function readOpenWorkbook(context: Excel.RequestContext): Promise<WorkbookGrid> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();
  const sheets = worksheets.items.map((worksheet) => {
    const used = worksheet.getUsedRangeOrNullObject(true);
    // isNullObject is a scalar, not a navigation property (a false positive of the rule); loading it
    // keeps office-addin-mock, which answers only loaded properties, as strict as the tests need.
    // eslint-disable-next-line office-addins/no-navigational-load
    used.load("isNullObject,rowIndex,columnIndex,values,valueTypes,numberFormat");
    return { worksheet, used };
  });
  await context.sync();
  return {
    sheets: sheets.map(({ worksheet, used }) =>
      gridOfRange(worksheet.name, worksheet.visibility, used.isNullObject ? null : { rowIndex: used.rowIndex, columnIndex: used.columnIndex, values: used.values, valueTypes: used.valueTypes, numberFormat: used.numberFormat }),
    ),
  };
}
