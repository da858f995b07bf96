/**
 * The wizard's memory inside Excel: JSON text in the workbook's own settings, so it travels with
 * the workbook and another workbook has its own. One sync to read, one to write.
 */
const PREFIX = "puls.";

export async function readWorkbookSetting(context: Excel.RequestContext, key: string): Promise<string | null> {
  const setting = context.workbook.settings.getItemOrNullObject(PREFIX + key);
  // isNullObject is a scalar, not a navigation property (a false positive of the rule); loading it
  // keeps office-addin-mock, which answers only loaded properties, as strict as the tests need.
  // eslint-disable-next-line office-addins/no-navigational-load
  setting.load("isNullObject,value");
  await context.sync();
  return setting.isNullObject || typeof setting.value !== "string" ? null : setting.value;
}

export async function writeWorkbookSetting(context: Excel.RequestContext, key: string, value: string): Promise<void> {
  context.workbook.settings.add(PREFIX + key, value);
  await context.sync();
}
