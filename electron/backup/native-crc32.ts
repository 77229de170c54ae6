/**
 * yazl computes each member's CRC-32 with `buffer-crc32`, a byte-by-byte JavaScript loop: about
 * five times slower than Node's own `zlib.crc32` (zlib's C code), which made the CRC the largest
 * cost of a 1 GB backup. yazl reads `crc32.unsigned` at each call, so pointing that property at
 * `zlib.crc32` (same CRC-32, same chaining of the previous value) speeds every archive up.
 * Without `zlib.crc32` (Node before 22.2) nothing changes.
 */
import { createRequire } from 'node:module';
import zlib from 'node:zlib';

let done = false;

export function useNativeCrc32(): void {
  if (done) return;
  done = true;
  const native: unknown = Reflect.get(zlib, 'crc32');
  if (typeof native !== 'function') return;
  const crc32 = (data: Buffer, previous?: number | Buffer): number => {
    const start = Buffer.isBuffer(previous) ? previous.readUInt32BE(0) : (previous ?? 0);
    const value: unknown = Reflect.apply(native, zlib, [data, start]);
    return typeof value === 'number' ? value >>> 0 : 0;
  };
  try {
    // The very module yazl loaded: resolved from yazl's own folder.
    const module: unknown = createRequire(require.resolve('yazl'))('buffer-crc32');
    if (typeof module === 'function') Reflect.set(module, 'unsigned', crc32);
  } catch {
    // Not found where expected: yazl keeps its own CRC, slower but right.
  }
}
