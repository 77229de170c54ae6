/**
 * What backups and restores need beyond the query builder: the open database's online backup,
 * and (in the service host) a way to close the data, replace its files and reopen it.
 */
import type { SnapshotSource } from '../../db/connection';
import type { ServiceContext } from '../service-context';

export interface DataControl {
  snapshot: SnapshotSource['snapshot'];
  /**
   * Closes the database, runs `replace` (which moves files into place and returns how to undo
   * it, or puts the old ones back itself and throws), reopens the data file and answers every
   * later request from it. Resolves with the new context. If the new files cannot be opened,
   * undoes the replacement, reopens the old data and rejects.
   */
  reopenAfter?: (replace: () => Promise<() => Promise<void>>) => Promise<ServiceContext>;
}
