import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** One file of a ZIP archive, from its central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeader: number;
}

/**
 * Lists a ZIP archive's files (directories left out). Enough of the format for the archives WXT
 * writes (stored or deflated, no ZIP64), so the tests need neither `unzip` on the machine nor a
 * package for it.
 */
export function zipEntries(archive: Buffer): ZipEntry[] {
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
  let end = -1;
  for (let at = archive.length - 22; at >= Math.max(0, archive.length - 65_557); at--) {
    if (archive.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error('not a ZIP archive');
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error('corrupt ZIP central directory');
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    if (!name.endsWith('/')) {
      entries.push({ name, method: archive.readUInt16LE(at + 10), compressedSize: archive.readUInt32LE(at + 20), localHeader: archive.readUInt32LE(at + 42) });
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Extracts a ZIP archive into `dir`; returns the files' paths inside it. */
export function unzip(archivePath: string, dir: string): string[] {
  const archive = readFileSync(archivePath);
  return zipEntries(archive).map((entry) => {
    const header = entry.localHeader;
    const start = header + 30 + archive.readUInt16LE(header + 26) + archive.readUInt16LE(header + 28);
    const data = archive.subarray(start, start + entry.compressedSize);
    if (entry.method !== 0 && entry.method !== 8) throw new Error(`${entry.name}: unsupported compression ${entry.method}`);
    const target = normalize(join(dir, entry.name));
    if (!target.startsWith(normalize(dir))) throw new Error(`${entry.name}: outside the archive's folder`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, entry.method === 8 ? inflateRawSync(data) : data);
    return entry.name;
  });
}
