/**
 * The Word side of the reports in one module: the documents and docx's packer. build-reports.ts
 * loads it with the first document, not at start: docx alone is some 13 MiB of a process's
 * memory, which a process that only collects (or only writes workbooks) never needs.
 */
import { Packer, type Document } from "docx";

export { annualDocument } from "./annual-document";
export { politicalDocument } from "./political-document";

/** A document as the bytes of its .docx file. */
export async function packed(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
