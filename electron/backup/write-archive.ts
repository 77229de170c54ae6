/**
 * Writes a `.porte-voix` archive from files on disk, streaming each one through SHA-256 into
 * the zip: memory stays flat whatever the size of the attachments. The manifest, holding every
 * member's checksum, is written last.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { MANIFEST_MEMBER, type Manifest, type ManifestMember } from './archive-format';
import { useNativeCrc32 } from './native-crc32';

export interface SourceFile {
  /** Path on disk. */
  path: string;
  /** Name in the archive. */
  member: string;
  size: number;
  /** Deflate it (the database); attachments are stored as they are. */
  compress: boolean;
}

export interface WriteControl {
  /** Bytes read so far, out of all. */
  onBytes?: (bytes: number) => void;
  /** Checked between two members: throws to stop. */
  check?: () => void;
}

/** Fast deflate: the database's pages compress well at once; a higher level costs seconds for little. */
const DATABASE_COMPRESSION_LEVEL = 1;
const READ_CHUNK = 1024 * 1024;
/** Members get a fixed date: the archive's bytes then depend on the content only. */
const MEMBER_DATE = new Date('2000-01-01T00:00:00Z');

export async function writeArchive(
  target: string,
  files: readonly SourceFile[],
  manifestFor: (members: ManifestMember[]) => Manifest,
  control: WriteControl = {},
): Promise<Manifest> {
  useNativeCrc32();
  const zip = new ZipFile();
  const stop = (error?: Error) => {
    if (zip.outputStream instanceof Readable) zip.outputStream.destroy(error);
  };
  // A member whose size changed while read: stop writing (the caller removes the partial file).
  zip.on('error', stop);
  const written = pipeline(zip.outputStream, createWriteStream(target, { flags: 'wx' }));
  // Seen by whoever awaits it below; a failure before then must not be an unhandled rejection.
  written.catch(() => undefined);
  const members: ManifestMember[] = [];
  try {
    for (const file of files) {
      control.check?.();
      const hash = createHash('sha256');
      let size = 0;
      const tap = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          hash.update(chunk);
          size += chunk.length;
          control.onBytes?.(chunk.length);
          callback(null, chunk);
        },
      });
      zip.addReadStream(tap, file.member, {
        compressionLevel: file.compress ? DATABASE_COMPRESSION_LEVEL : 0,
        size: file.size,
        mtime: MEMBER_DATE,
      });
      // The member is in once the zip has read all of it: then its checksum is known.
      await Promise.all([
        pipeline(createReadStream(file.path, { highWaterMark: READ_CHUNK }), tap),
        once(tap, 'end'),
      ]);
      members.push({ name: file.member, size, sha256: hash.digest('hex') });
    }
    control.check?.();
    const manifest = manifestFor(members);
    zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 1)), MANIFEST_MEMBER, { mtime: MEMBER_DATE });
    zip.end();
    await written;
    return manifest;
  } catch (error) {
    stop();
    await written.catch(() => undefined);
    throw error;
  }
}
