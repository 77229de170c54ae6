/** A zip archive in memory, from named buffers (yazl), with one modification time for every entry. */
import yazl from 'yazl';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

export function zipBuffers(entries: readonly ZipEntry[], mtime: Date): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    for (const entry of entries) zip.addBuffer(entry.data, entry.name, { mtime });
    zip.end();
  });
}

/** « facture.pdf », then « facture (2).pdf »: two documents never overwrite each other in the archive. */
export function uniqueNames(): (name: string) => string {
  const used = new Set<string>();
  return (name) => {
    let candidate = name;
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > name.lastIndexOf('/') ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    for (let n = 2; used.has(candidate.toLowerCase()); n += 1) candidate = `${stem} (${n})${ext}`;
    used.add(candidate.toLowerCase());
    return candidate;
  };
}
