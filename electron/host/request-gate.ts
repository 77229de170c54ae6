/**
 * Requests of the service host run side by side; a replacement of the database file (encryption,
 * change of passphrase) must run alone. `run` wraps each request; `exclusive`, called from inside
 * one, makes new requests wait and waits for the others to finish.
 */
import { AppError } from '../errors';

export class RequestGate {
  private active = 0;
  private closed: Promise<void> | null = null;
  private idle: (() => void) | null = null;

  async run<T>(work: () => Promise<T>): Promise<T> {
    while (this.closed) await this.closed;
    this.active += 1;
    try {
      return await work();
    } finally {
      this.active -= 1;
      this.idle?.();
    }
  }

  /** Called from within `run`: that request is the one left running. */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed) {
      throw new AppError(
        'CONFLICT',
        'Une opération sur le fichier de données est déjà en cours : attendez qu’elle se termine.',
      );
    }
    let reopen = (): void => undefined;
    this.closed = new Promise<void>((resolve) => {
      reopen = resolve;
    });
    try {
      while (this.active > 1) {
        await new Promise<void>((resolve) => {
          this.idle = resolve;
        });
      }
      this.idle = null;
      return await work();
    } finally {
      this.closed = null;
      reopen();
    }
  }
}
