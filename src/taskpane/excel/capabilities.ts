/**
 * What the running Excel can do, from its requirement sets: read once, passed to the writers so
 * they use a feature only where it exists and fall back otherwise.
 */

export interface Capabilities {
  /** Charts with series set from ranges (ExcelApi 1.7). */
  readonly charts: boolean;
  /** Pictures as shapes (ExcelApi 1.9). */
  readonly images: boolean;
  /** Opening a new workbook from a file's bytes (ExcelApi 1.8). */
  readonly createWorkbook: boolean;
  /** A sheet's page layout: orientation, paper, fit to pages (ExcelApi 1.9). */
  readonly pageLayout: boolean;
}

/** The capabilities of an Excel whose requirement sets `isSetSupported` answers for. */
export function capabilitiesOf(isSetSupported: (name: string, version: string) => boolean): Capabilities {
  return {
    charts: isSetSupported("ExcelApi", "1.7"),
    images: isSetSupported("ExcelApi", "1.9"),
    createWorkbook: isSetSupported("ExcelApi", "1.8"),
    pageLayout: isSetSupported("ExcelApi", "1.9"),
  };
}
