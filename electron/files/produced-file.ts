/**
 * A file a service has just produced, with its bytes. Services return it (alone or with extra
 * fields such as `count` or `reference`); the dispatch puts it in the outbox and the renderer
 * receives a `FileRef` instead (see `storeProducedFiles`). The brand is a symbol so that it
 * survives `{ ...file, count }` and cannot come from JSON.
 */
import type { FileRef } from '../../shared/files';

export const PRODUCED: unique symbol = Symbol('porte-voix.producedFile');

export interface ProducedFile {
  readonly [PRODUCED]: true;
  fileName: string;
  mime: string;
  data: Buffer;
}

export function producedFile(fileName: string, mime: string, data: Buffer): ProducedFile {
  return { [PRODUCED]: true, fileName, mime, data };
}

export const pdfFile = (fileName: string, data: Buffer): ProducedFile =>
  producedFile(fileName, 'application/pdf', data);

export function isProducedFile(value: unknown): value is ProducedFile {
  return typeof value === 'object' && value !== null && PRODUCED in value;
}

type StoredAs<T> = T extends FileRef
  ? Exclude<keyof T, keyof FileRef> extends never
    ? ProducedFile
    : Omit<T, keyof FileRef> & ProducedFile
  : T;

/**
 * The service's side of a channel's output: each `FileRef` the renderer will receive is, before
 * the dispatch stores it, the produced file itself — at the top of the answer or in one of its
 * properties (`payments:createSepa`'s `file`), which is as deep as the dispatch looks.
 */
export type Produced<T> = T extends FileRef
  ? StoredAs<T>
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { [K in keyof T]: StoredAs<T[K]> }
      : T;
