/**
 * Reading parts of a zip file (an .xlsx) with every size bounded: only the parts asked for are
 * inflated, each is inflated in small steps and stopped as soon as it passes its cap or the size
 * its header declares, and all parts of one file together stay under a total. A zip bomb, a part
 * that lies about its size, or thousands of unused parts then cost a problem, not the process.
 *
 * fflate's `unzipSync` inflates every selected part in one go into a buffer of the size its
 * header declares and cannot stop early, so the central directory is read here and fflate's
 * streaming {@link Inflate} does the inflating.
 */
import { Inflate, inflateSync } from "fflate";

export interface UnzipLimits {
  /** The most one part may inflate to, in bytes. */
  readonly maxPartBytes: number;
  /** The most all parts read from one file may inflate to together, in bytes. */
  readonly maxTotalBytes: number;
}

const MB = 1024 * 1024;

/** 100 MB per part and 250 MB per file: a unit workbook is well under 1 MB, a large plan some 10 MB. */
export const DEFAULT_UNZIP_LIMITS: UnzipLimits = { maxPartBytes: 100 * MB, maxTotalBytes: 250 * MB };

/** Why a zip could not be read: what a user can be told. */
export type ZipFailure =
  | { readonly kind: "not-zip" }
  | { readonly kind: "damaged-zip"; readonly part?: string }
  | { readonly kind: "encrypted" }
  | { readonly kind: "part-too-large"; readonly part: string; readonly limit: number }
  | { readonly kind: "total-too-large"; readonly limit: number };

export class ZipError extends Error {
  constructor(readonly failure: ZipFailure) {
    super(`zip: ${failure.kind}${"part" in failure && failure.part !== undefined ? ` (${failure.part})` : ""}`);
    this.name = "ZipError";
  }
}

interface CentralEntry {
  readonly flags: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

/** An .xlsx holds a few dozen parts; a directory of more is not a workbook worth reading. */
const MAX_ENTRIES = 10_000;
/** Compressed input is fed to the inflater this much at a time, so one step inflates to at most about 64 MB. */
const STEP = 64 * 1024;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

const decoder = new TextDecoder();

export class ZipReader {
  private readonly view: DataView;
  private readonly entries = new Map<string, CentralEntry>();
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: UnzipLimits = DEFAULT_UNZIP_LIMITS,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.length < 22 || this.view.getUint32(0, true) !== LOCAL_HEADER) throw new ZipError({ kind: "not-zip" });
    this.readDirectory();
  }

  /** The names of the parts, in the directory's order. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** A part's bytes, inflated within the limits; undefined when the zip has no such part. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name);
    if (entry === undefined) return undefined;
    if (entry.flags & 1) throw new ZipError({ kind: "encrypted" });
    const data = this.data(name, entry);
    const cap = Math.min(this.limits.maxPartBytes, this.limits.maxTotalBytes - this.inflated);
    if (entry.size > this.limits.maxPartBytes) throw new ZipError({ kind: "part-too-large", part: name, limit: this.limits.maxPartBytes });
    if (entry.size > cap) throw new ZipError({ kind: "total-too-large", limit: this.limits.maxTotalBytes });
    let content: Uint8Array;
    if (entry.method === 0) content = data;
    else if (entry.method === 8) content = inflateBounded(data, entry.size, name);
    else throw new ZipError({ kind: "damaged-zip", part: name });
    if (content.length !== entry.size) throw new ZipError({ kind: "damaged-zip", part: name });
    this.inflated += content.length;
    return content;
  }

  private readDirectory(): void {
    const end = this.findEnd();
    const count = this.view.getUint16(end + 10, true);
    const offset = this.view.getUint32(end + 16, true);
    // 0xFFFF and 0xFFFFFFFF mark a zip64 directory: only for files far beyond what a workbook is.
    if (count === 0xffff || offset === 0xffffffff || count > MAX_ENTRIES) throw new ZipError({ kind: "damaged-zip" });
    let at = offset;
    for (let i = 0; i < count; i++) {
      if (at + 46 > this.bytes.length || this.view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new ZipError({ kind: "damaged-zip" });
      const nameLength = this.view.getUint16(at + 28, true);
      const extraLength = this.view.getUint16(at + 30, true);
      const commentLength = this.view.getUint16(at + 32, true);
      if (at + 46 + nameLength > this.bytes.length) throw new ZipError({ kind: "damaged-zip" });
      const name = decoder.decode(this.bytes.subarray(at + 46, at + 46 + nameLength));
      this.entries.set(name, {
        flags: this.view.getUint16(at + 8, true),
        method: this.view.getUint16(at + 10, true),
        compressedSize: this.view.getUint32(at + 20, true),
        size: this.view.getUint32(at + 24, true),
        localOffset: this.view.getUint32(at + 42, true),
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  /** The end-of-directory record: within the last 64 KB (its comment is at most 65,535 bytes). */
  private findEnd(): number {
    const lowest = Math.max(0, this.bytes.length - 22 - 0xffff);
    for (let at = this.bytes.length - 22; at >= lowest; at--) {
      if (this.view.getUint32(at, true) === END_OF_DIRECTORY) return at;
    }
    throw new ZipError({ kind: "damaged-zip" });
  }

  /** A part's stored bytes, after its local header. */
  private data(name: string, entry: CentralEntry): Uint8Array {
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || this.view.getUint32(at, true) !== LOCAL_HEADER) throw new ZipError({ kind: "damaged-zip", part: name });
    const start = at + 30 + this.view.getUint16(at + 26, true) + this.view.getUint16(at + 28, true);
    const stop = start + entry.compressedSize;
    if (stop > this.bytes.length) throw new ZipError({ kind: "damaged-zip", part: name });
    return this.bytes.subarray(start, stop);
  }
}

/**
 * Inflates `data`, stopping as soon as it yields more than `size` bytes (a header that lies).
 * Data of at most one step is inflated in one go (bounded all the same: one step of deflate
 * inflates to at most some 64 MB), which is most of a unit workbook's parts and twice as fast.
 */
function inflateBounded(data: Uint8Array, size: number, name: string): Uint8Array {
  if (data.length <= STEP) {
    let whole: Uint8Array;
    try {
      // One byte more than declared: a part that inflates to more fills it, and so shows the lie.
      whole = inflateSync(data, { out: new Uint8Array(size + 1) });
    } catch {
      throw new ZipError({ kind: "damaged-zip", part: name });
    }
    if (whole.length !== size) throw new ZipError({ kind: "damaged-zip", part: name });
    return whole;
  }
  const out = new Uint8Array(size);
  let length = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    if (length + chunk.length > size) over = true;
    else out.set(chunk, length);
    length += chunk.length;
  });
  try {
    for (let at = 0; at < data.length && !over; at += STEP) inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  } catch {
    throw new ZipError({ kind: "damaged-zip", part: name });
  }
  if (over || length !== size) throw new ZipError({ kind: "damaged-zip", part: name });
  return out;
}
