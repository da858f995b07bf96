/**
 * LibreOffice headless (Debian's libreoffice-calc), to prove that generated files open in a real
 * office suite and to let it calculate their formulas. Tests using it are skipped, saying so,
 * where it is missing; .ci/run installs it.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((candidate) => existsSync(candidate));
export const hasLibreOffice = SOFFICE !== undefined;

// LibreOffice keeps an .xlsx file's cached formula results unless told to recalculate on load.
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function convert(bytes: Uint8Array, fileName: string, filter: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), "puls-lo-"));
  mkdirSync(path.join(folder, "profile", "user"), { recursive: true });
  writeFileSync(path.join(folder, "profile", "user", "registrymodifications.xcu"), RECALCULATE_ON_LOAD);
  const input = path.join(folder, fileName);
  writeFileSync(input, bytes);
  // A profile of its own, so parallel test workers do not fight over one.
  execFileSync(SOFFICE as string, [`-env:UserInstallation=file://${folder}/profile`, "--headless", "--convert-to", filter, "--outdir", folder, input], {
    stdio: "ignore",
    timeout: 120_000,
  });
  return folder;
}

/** Converts an .xlsx file to PDF; returns the PDF's bytes (throws when conversion fails). */
export function toPdf(bytes: Uint8Array, fileName = "book.xlsx"): Buffer {
  const folder = convert(bytes, fileName, "pdf");
  return readFileSync(path.join(folder, fileName.replace(/\.xlsx$/, ".pdf")));
}

/**
 * Converts files (.xlsx, .docx) to PDF in one LibreOffice run; returns the folder and each PDF's
 * path by input file name, or null where LibreOffice made no PDF.
 */
export function toPdfs(files: readonly string[]): { folder: string; pdfs: Map<string, string | null> } {
  const folder = mkdtempSync(path.join(tmpdir(), "puls-pdf-"));
  mkdirSync(path.join(folder, "profile", "user"), { recursive: true });
  const pdfs = new Map<string, string | null>();
  // One output folder per input, since "X.xlsx" and "X.docx" both become "X.pdf".
  for (const [index, file] of files.entries()) {
    const out = path.join(folder, String(index));
    mkdirSync(out);
    try {
      execFileSync(SOFFICE as string, [`-env:UserInstallation=file://${folder}/profile`, "--headless", "--convert-to", "pdf", "--outdir", out, file], { stdio: "ignore", timeout: 180_000 });
    } catch {
      // No PDF: reported below as null.
    }
    const pdf = path.join(out, `${path.basename(file).replace(/\.[^.]+$/, "")}.pdf`);
    pdfs.set(path.basename(file), existsSync(pdf) ? pdf : null);
  }
  return { folder, pdfs };
}

export const PDFTOTEXT = ["/usr/bin/pdftotext"].find((candidate) => existsSync(candidate));

/** A PDF's text (poppler's pdftotext), with its page count from the form feeds between pages. */
export function pdfText(pdf: string): { text: string; pages: number } {
  const text = execFileSync(PDFTOTEXT as string, ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { text, pages: text.split("\f").filter((page) => page.trim() !== "").length };
}

/** Every sheet as CSV rows, as LibreOffice calculates them on load (UTF-8, comma-separated). */
export function sheetsAsCsv(bytes: Uint8Array): Record<string, string[][]> {
  const folder = convert(bytes, "book.xlsx", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1");
  const sheets: Record<string, string[][]> = {};
  for (const file of readdirSync(folder).filter((name) => name.startsWith("book-") && name.endsWith(".csv"))) {
    sheets[file.slice(5, -4)] = parseCsv(readFileSync(path.join(folder, file), "utf8"));
  }
  return sheets;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The words of a text: split at any space or dot leader (a contents line's), with the punctuation around them dropped. */
export function wordsOf(text: string): string[] {
  return text
    .replace(/\.{3,}/g, " ")
    .split(/[\s\u00a0\u202f]+/)
    .map((token) => token.replace(/^[("'«»“”.,:;!?…–—-]+|[)"'«»“”.,:;!?…]+$/g, ""))
    .filter((token) => token !== "" && /[\p{L}\d]/u.test(token));
}
