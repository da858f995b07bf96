/**
 * The wizard's memory inside Excel: JSON text in the workbook's own settings, so it travels with
 * the workbook and another workbook has its own. One sync to read, one to write.
 */
const PREFIX = "puls.";

export async function readWorkbookSetting(context: Excel.RequestContext, key: string): Promise<string | null> {
  const setting = context.workbook.settings.getItemOrNullObject(PREFIX + key);
  setting.load("isNullObject,value");
  await context.sync();
  return setting.isNullObject || typeof setting.value !== "string" ? null : setting.value;
}

export async function writeWorkbookSetting(context: Excel.RequestContext, key: string, value: string): Promise<void> {
  context.workbook.settings.add(PREFIX + key, value);
  await context.sync();
}
