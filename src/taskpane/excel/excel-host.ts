/**
 * The wizard's host inside Excel: every call one `Excel.run` batch, Office's errors turned into
 * messages that say what failed and where.
 */
import type { Language } from "../../core";
import { saveFile } from "../browser/save-file";
import type { WizardHost } from "../wizard/host-port";
import type { Capabilities } from "./capabilities";
import { officeErrorMessage } from "./office-errors";
import { readOpenWorkbook } from "./read-workbook";
import { selectCell } from "./select-cell";
import { readWorkbookSetting, writeWorkbookSetting } from "./settings";
import { toBase64, writeSheets } from "./write-sheets";

/** The part of the `Excel` global the host uses (so tests can pass a mock). */
export interface ExcelApi {
  readonly run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  readonly createWorkbook: (base64: string) => Promise<void>;
}

const DOING = {
  read: { sv: "läsa arbetsboken", en: "read the workbook" },
  write: { sv: "skriva bladen", en: "write the sheets" },
  select: { sv: "visa cellen", en: "show the cell" },
  open: { sv: "öppna den nya arbetsboken", en: "open the new workbook" },
  settings: { sv: "spara var du är i guiden", en: "remember where you are in the wizard" },
} as const;

export function excelHost(excel: ExcelApi, capabilities: Capabilities, workbookName: string, language: Language, document: Document): WizardHost {
  const run = async <T>(doing: keyof typeof DOING, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    try {
      return await excel.run(batch);
    } catch (caught) {
      throw new Error(officeErrorMessage(caught, DOING[doing][language], language));
    }
  };
  return {
    kind: "excel",
    workbook: {
      name: workbookName,
      read: () => run("read", readOpenWorkbook),
      writeSheets: (sheets, activate) => run("write", (context) => writeSheets(context, sheets, { capabilities, activate })),
      selectCell: (location) => run("select", (context) => selectCell(context, location)),
      openAsNewWorkbook: capabilities.createWorkbook
        ? async (bytes) => {
            try {
              await excel.createWorkbook(toBase64(bytes));
            } catch (caught) {
              throw new Error(officeErrorMessage(caught, DOING.open[language], language));
            }
          }
        : null,
    },
    // Excel's task pane is a browser too: a download link saves Word documents and zip files.
    save: (name, bytes) => saveFile(document, name, bytes),
    remember: (key, value) => run("settings", (context) => writeWorkbookSetting(context, key, value)),
    recall: (key) => run("settings", (context) => readWorkbookSetting(context, key)),
  };
}
