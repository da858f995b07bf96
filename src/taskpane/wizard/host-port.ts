/**
 * What the wizard needs from where it runs. Inside Excel the results go into the open workbook;
 * in a plain browser the user picks files and saves what Puls makes. The steps ask for a
 * capability and offer what the host has.
 */
import type { Location } from "../../core";
import type { WorkbookGrid } from "../../workbook/grid";
import type { SheetOut } from "../../workbook/output";

/** The open workbook, inside Excel. */
export interface OpenWorkbook {
  /** The workbook as values (for the plan and for the units' sheets of a shared workbook). */
  readonly read: () => Promise<WorkbookGrid>;
  /** Writes sheets (replacing Puls's earlier sheets of the same names); returns the names written. */
  readonly writeSheets: (sheets: readonly SheetOut[], activate?: string) => Promise<string[]>;
  readonly selectCell: (location: Location) => Promise<void>;
  /** Opens an .xlsx file's bytes as a new workbook, where Excel can (ExcelApi 1.8); null where it cannot. */
  readonly openAsNewWorkbook: ((bytes: Uint8Array) => Promise<void>) | null;
  /** The name problems use for a cell of this workbook. */
  readonly name: string;
}

export interface WizardHost {
  readonly kind: "excel" | "browser";
  readonly workbook: OpenWorkbook | null;
  /** Offers bytes to the user as a file to save. */
  readonly save: (name: string, bytes: Uint8Array) => void;
  /** The wizard's memory: per workbook inside Excel, per plan in the browser. */
  readonly remember: (key: string, value: string) => Promise<void>;
  readonly recall: (key: string) => Promise<string | null>;
}
