import { createHash } from "node:crypto";
import { crc32, deflateRaw } from "node:zlib";
import { promisify } from "node:util";
import { inLanes } from "./in-lanes.ts";

// A zip of a package's files, compressed by Node's zlib on its thread pool: the files of all the
// packages are deflated side by side, off the build's main thread (fflate's zipSync, in
// JavaScript on that thread, made the packages cost about a second more). The container is
// written here: local headers, data, central directory (PKWARE APPNOTE 4.3), no zip64 (a
// package is far under 4 GB), one fixed date so that the same files give the same bytes.

const deflate = promisify(deflateRaw);
/** 2026-01-01 00:00, in MS-DOS form. */
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;

/** A file as a zip holds it: its checksum and size, and its bytes, deflated or not. */
interface Deflated {
  crc: number;
  size: number;
  data: Uint8Array;
  method: 0 | 8;
}

interface Entry extends Deflated {
  name: Buffer;
}

async function deflated(bytes: Uint8Array): Promise<Deflated> {
  const data = await deflate(bytes, { level: 6 });
  // Stored as is when deflating does not help (an already compressed image).
  const method = data.length < bytes.length ? 8 : 0;
  return { crc: crc32(bytes), size: bytes.length, data: method ? data : bytes, method };
}

/**
 * Files deflated for the zips of one build, by their content (its SHA-256): a file several
 * packages hold byte for byte the same (most of a module's pages and all its scripts are also in
 * the whole course's package) is deflated once. A file asked for while it is being deflated waits
 * for that deflating.
 */
export type DeflatedFiles = Map<string, Promise<Deflated>>;

function deflatedOnce(bytes: Uint8Array, shared: DeflatedFiles): Promise<Deflated> {
  const key = createHash("sha256").update(bytes).digest("base64");
  let file = shared.get(key);
  if (!file) {
    file = deflated(bytes);
    shared.set(key, file);
  }
  return file;
}

async function entryOf(path: string, bytes: Uint8Array, shared?: DeflatedFiles): Promise<Entry> {
  return { name: Buffer.from(path), ...(await (shared ? deflatedOnce(bytes, shared) : deflated(bytes))) };
}

function localHeader(entry: Entry): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
  header.writeUInt16LE(UTF8_NAMES, 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(entry.data.length, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, entry.name]);
}

function centralHeader(entry: Entry, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4); // made by: 2.0
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(UTF8_NAMES, 8);
  header.writeUInt16LE(entry.method, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.data.length, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, entry.name]);
}

/** How many files are deflated at once: zlib's pool has four threads, and more waiting would only hold their bytes. */
const AT_ONCE = 8;

/**
 * The zip of `files` (path in the zip and bytes), in their order. They are taken from the iterable
 * as they are deflated, a few at a time, and only their deflated bytes kept: a package made file by
 * file (package-files.ts, packageEntries) never holds its whole content uncompressed (the whole
 * course's package, at a thousand lessons, some 250 MB more at the build's peak). Given `shared`,
 * a file already deflated there, for this zip or another, is not deflated again.
 */
export async function zipFiles(
  files: Iterable<readonly [string, Uint8Array]>,
  shared?: DeflatedFiles,
): Promise<Uint8Array> {
  const entries: Entry[] = [];
  await inLanes(files, AT_ONCE, async ([path, bytes], at) => {
    entries[at] = await entryOf(path, bytes, shared);
  });
  const parts: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const local = localHeader(entry);
    central.push(centralHeader(entry, offset));
    parts.push(local, entry.data);
    offset += local.length + entry.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
