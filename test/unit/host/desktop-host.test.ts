/** The desktop's service host is forked as an Electron utility process (electron is a stub here). */
import { EventEmitter } from 'node:events';
import { utilityProcess } from '../../stubs/electron';
import { spawnUtilityHost } from '../../../electron/shell/desktop-host';

class FakeChild extends EventEmitter {
  posted: unknown[] = [];
  killed = false;
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  kill(): boolean {
    this.killed = true;
    return true;
  }
}

describe('the desktop service host', () => {
  it('forks the host bundle as a utility process and talks to it by message', () => {
    const child = new FakeChild();
    const fork = jest.spyOn(utilityProcess, 'fork').mockReturnValue(child);
    const host = spawnUtilityHost('/app/dist/electron/host.js')();
    expect(fork).toHaveBeenCalledWith(
      '/app/dist/electron/host.js',
      [],
      expect.objectContaining({ serviceName: 'Porte-voix — données' }),
    );
    const received: unknown[] = [];
    const exits: Array<number | null> = [];
    host.onMessage((m) => received.push(m));
    host.onExit((code) => exits.push(code));
    host.postMessage({ kind: 'shutdown' });
    child.emit('message', { kind: 'closed' });
    child.emit('exit', 0);
    host.kill();
    expect(child.posted).toEqual([{ kind: 'shutdown' }]);
    expect(received).toEqual([{ kind: 'closed' }]);
    expect(exits).toEqual([0]);
    expect(child.killed).toBe(true);
  });
});
