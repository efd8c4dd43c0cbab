import { constants, deflateRawSync } from 'node:zlib';

export const MB = 1024 * 1024;

/**
 * Raw DEFLATE data that inflates to `head`, then `repeats` MB of spaces, then `tail`, built without
 * ever holding the expansion: one megabyte of spaces is compressed once (about 1 KB), ended with a full
 * flush so it can be repeated as it is, and the copies are followed by an empty final block.
 */
export function expandingDeflate(head: string, repeats: number, tail: string): Uint8Array {
  const flushed = (bytes: Uint8Array) => deflateRawSync(bytes, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const spaces = flushed(new Uint8Array(MB).fill(0x20));
  const parts: Uint8Array[] = [flushed(new TextEncoder().encode(head))];
  for (let i = 0; i < repeats; i++) parts.push(spaces);
  parts.push(flushed(new TextEncoder().encode(tail)), new Uint8Array([0x03, 0x00]));
  return new Uint8Array(Buffer.concat(parts));
}

export type ZipEntrySpec = { name: string; data: Uint8Array; declaredSize: number; method?: 0 | 8 };

/** A ZIP archive written by hand, so it can lie: each entry declares whatever size it is told to. */
export function hostileZip(entries: readonly ZipEntrySpec[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const { name, data, declaredSize, method = 8 } of entries) {
    const fileName = new TextEncoder().encode(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declaredSize, 22);
    local.writeUInt16LE(fileName.length, 26);
    locals.push(local, fileName, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declaredSize, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, fileName);
    offset += 30 + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
