/**
 * Word document → tagged PDF through LibreOffice (docs/reports.md, "PDF"): `soffice --headless
 * --convert-to pdf:writer_pdf_Export` with PDF/UA compliance, so the PDF carries the document's
 * structure (H1–H3 from the heading styles' outline levels, tables with header cells, figures
 * with their alternative text) and its language. Each conversion runs in a temporary folder with
 * a profile of its own (a user's running LibreOffice is neither used nor disturbed), is bounded in
 * time, and leaves nothing behind.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** Why a PDF could not be made: LibreOffice is not installed, it failed, or it did not finish in time. */
export type PdfFailure = "missing" | "failed" | "timeout";

export class PdfExportError extends Error {
  readonly failure: PdfFailure;

  constructor(failure: PdfFailure, detail: string) {
    super(`PDF export ${failure}: ${detail}`);
    this.name = "PdfExportError";
    this.failure = failure;
  }
}

/** How long one conversion may take: a 20-page report takes a few seconds; a hung LibreOffice is stopped. */
const TIMEOUT_MS = 180_000;

/** LibreOffice's PDF export options: PDF/UA (tagged, with the document's title shown). */
const PDF_FILTER = `pdf:writer_pdf_Export:${JSON.stringify({
  PDFUACompliance: { type: "boolean", value: "true" },
  UseTaggedPDF: { type: "boolean", value: "true" },
  ExportBookmarks: { type: "boolean", value: "true" },
})}`;

/** The LibreOffice program: `PULS_SOFFICE` when set, else `soffice` on the PATH. */
function program(): string {
  const given = process.env.PULS_SOFFICE;
  return given === undefined || given.trim() === "" ? "soffice" : given;
}

function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, [...args], { timeout: TIMEOUT_MS, killSignal: "SIGKILL", maxBuffer: 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error === null) return resolve();
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") return reject(new PdfExportError("missing", command));
      if (error.killed === true) return reject(new PdfExportError("timeout", `${TIMEOUT_MS / 1000} s`));
      reject(new PdfExportError("failed", String(stderr).trim().slice(0, 500) || error.message));
    });
  });
}

/** A Word document's bytes as tagged PDF bytes. `fileName` is the document's name ("Delårsrapport 2026-D.docx"). */
export function docxToPdf(docx: Uint8Array, fileName: string): Promise<Uint8Array> {
  return officeToPdf(docx, "docx", PDF_FILTER, fileName);
}

/** A workbook's bytes as tagged PDF bytes, each printed page a page (a pulse board's one-page sheets: a page each). */
export function xlsxToPdf(xlsx: Uint8Array, fileName: string): Promise<Uint8Array> {
  return officeToPdf(xlsx, "xlsx", PDF_FILTER.replace("writer_pdf_Export", "calc_pdf_Export"), fileName);
}

async function officeToPdf(bytes: Uint8Array, extension: "docx" | "xlsx", filter: string, fileName: string): Promise<Uint8Array> {
  const folder = await mkdtemp(path.join(tmpdir(), "puls-pdf-"));
  try {
    // A plain ASCII name inside the folder: the real name only matters for the PDF's file name, which the caller gives.
    const input = path.join(folder, `report.${extension}`);
    await writeFile(input, bytes);
    const profile = pathToFileURL(path.join(folder, "profile")).href;
    await run(program(), [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", folder, input]);
    try {
      return new Uint8Array(await readFile(path.join(folder, "report.pdf")));
    } catch {
      throw new PdfExportError("failed", `no PDF was written for ${fileName}`);
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
