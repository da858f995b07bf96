/**
 * Hostile and careless unit workbooks, made by code (never committed binaries): a good template
 * taken apart with fflate and put together again with a sheet's XML edited, parts added, parts
 * removed, or its sizes lying; a deflate bomb written bit by bit; an OpenDocument file renamed.
 */
import { crc32, deflateRawSync } from "node:zlib";
import { strFromU8, strToU8, unzipSync } from "fflate";

/** One entry of a zip as written: its name, its stored (deflated) bytes and what its headers say. */
export interface RawEntry {
  readonly name: string;
  /** The bytes as stored (raw deflate when `method` is 8). */
  readonly data: Uint8Array;
  /** The uncompressed size the headers declare (the truth, or a lie). */
  readonly declaredSize: number;
  readonly crc: number;
  readonly method: 0 | 8;
}

/** An entry from its content, honestly described. */
export function entry(name: string, content: Uint8Array | string): RawEntry {
  const bytes = typeof content === "string" ? strToU8(content) : content;
  return { name, data: deflateRawSync(bytes), declaredSize: bytes.length, crc: crc32(bytes), method: 8 };
}

/** A zip file of the given entries (local headers, central directory, end record), as Excel's are. */
export function zip(entries: readonly RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, e.method, true);
    local.setUint32(14, e.crc >>> 0, true);
    local.setUint32(18, e.data.length, true);
    local.setUint32(22, e.declaredSize >>> 0, true);
    local.setUint16(26, name.length, true);
    parts.push(new Uint8Array(local.buffer), name, e.data);
    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, 0x02014b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(6, 20, true);
    header.setUint16(10, e.method, true);
    header.setUint32(16, e.crc >>> 0, true);
    header.setUint32(20, e.data.length, true);
    header.setUint32(24, e.declaredSize >>> 0, true);
    header.setUint16(28, name.length, true);
    header.setUint32(42, offset, true);
    central.push(new Uint8Array(header.buffer), name);
    offset += 30 + name.length + e.data.length;
  }
  const centralSize = central.reduce((n, part) => n + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of all) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The parts of an .xlsx file by name. */
export function parts(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

/** The part that holds the sheet called `sheetName` (through workbook.xml and its relationships). */
export function sheetPart(files: ReadonlyMap<string, Uint8Array>, sheetName: string): string {
  const workbook = strFromU8(files.get("xl/workbook.xml") ?? new Uint8Array());
  const rels = strFromU8(files.get("xl/_rels/workbook.xml.rels") ?? new Uint8Array());
  const sheet = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(workbook);
  const id = sheet?.[1];
  const target = id === undefined ? undefined : new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (target === undefined) throw new Error(`No sheet ${sheetName} in the workbook`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** The workbook again, with `edit` applied to its parts (add, replace or delete entries). */
export function rebuilt(bytes: Uint8Array, edit: (files: Map<string, Uint8Array>) => RawEntry[] | void): Uint8Array {
  const files = parts(bytes);
  const extra = edit(files) ?? [];
  return zip([...[...files].map(([name, content]) => entry(name, content)), ...extra]);
}

/** The workbook with the XML of one sheet edited as text. */
export function withSheetXml(bytes: Uint8Array, sheetName: string, edit: (xml: string) => string): Uint8Array {
  return rebuilt(bytes, (files) => {
    const name = sheetPart(files, sheetName);
    files.set(name, strToU8(edit(strFromU8(files.get(name) ?? new Uint8Array()))));
  });
}

/** Rows inserted before `</sheetData>`. */
export function appendRows(xml: string, rows: string): string {
  return xml.replace("</sheetData>", `${rows}</sheetData>`);
}

/**
 * Raw deflate data that inflates to `size` bytes of "a" (rounded to whole back-references) from
 * about size / 158 bytes: one fixed-Huffman block of a literal and back-references of length 258
 * at distance 1, 13 bits each. A real bomb, written without ever holding what it inflates to.
 */
export function deflateBomb(size: number): { data: Uint8Array; inflatedSize: number } {
  const references = Math.max(1, Math.floor((size - 1) / 258));
  const out = new Uint8Array(Math.ceil((3 + 8 + references * 13 + 7) / 8) + 1);
  let at = 0;
  let buffer = 0;
  let bits = 0;
  const write = (value: number, count: number) => {
    buffer |= value << bits;
    bits += count;
    while (bits >= 8) {
      out[at++] = buffer & 0xff;
      buffer >>>= 8;
      bits -= 8;
    }
  };
  /** A Huffman code goes into the stream most significant bit first. */
  const reversed = (code: number, length: number) => {
    let value = 0;
    for (let i = 0; i < length; i++) value |= ((code >> i) & 1) << (length - 1 - i);
    return value;
  };
  write(1, 1); // the final block
  write(1, 2); // fixed Huffman codes
  write(reversed(0x30 + 0x61, 8), 8); // the literal "a"
  const reference = reversed(0b11000101, 8); // length 258 (symbol 285); distance code 0 (5 zero bits) follows
  for (let i = 0; i < references; i++) write(reference, 13);
  write(0, 7); // end of block (symbol 256)
  if (bits > 0) out[at++] = buffer & 0xff;
  return { data: out.subarray(0, at), inflatedSize: 1 + references * 258 };
}

/** A zip entry whose data is a deflate bomb; `declared` is what the headers say it inflates to. */
export function bombEntry(name: string, size: number, declared?: number): RawEntry {
  const bomb = deflateBomb(size);
  return { name, data: bomb.data, declaredSize: declared ?? bomb.inflatedSize, crc: 0, method: 8 };
}

/** An OpenDocument spreadsheet's opening (its mimetype entry first, stored), as LibreOffice writes it. */
export function odsBytes(): Uint8Array {
  const mimetype = strToU8("application/vnd.oasis.opendocument.spreadsheet");
  return zip([
    { name: "mimetype", data: mimetype, declaredSize: mimetype.length, crc: crc32(mimetype), method: 0 },
    entry("content.xml", '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'),
    entry("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'),
  ]);
}
