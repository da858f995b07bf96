/**
 * The open workbook's file name, as problems in it are named: the last part of the path or URL
 * Office gives (a local path, or a SharePoint/OneDrive address with a query).
 */
export function workbookNameOf(url: string | undefined, fallback: string): string {
  const path = (url ?? "").split(/[?#]/)[0] ?? "";
  const last = path.split(/[\\/]/).pop() ?? "";
  try {
    return decodeURIComponent(last) || fallback;
  } catch {
    // A stray % in a local file name is not an escape.
    return last || fallback;
  }
}
