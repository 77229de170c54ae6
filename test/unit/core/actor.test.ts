import { openApp } from '../../../electron/app-context';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createTestApp, type TestApp } from '../../helpers/context';
import { personInput } from '../../helpers/representatives';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

const call = (channel: string, payload: unknown) => dispatch(app.ctx, channel, payload, () => undefined);
const lastActor = async () =>
  (await app.ctx.db.selectFrom('audit_log').select('actor').orderBy('id', 'desc').executeTakeFirstOrThrow())
    .actor;

describe('the author recorded in histories', () => {
  it('is the name set in Paramètres › Application, trimmed, for every later action', async () => {
    expect(await call('appSettings:save', { userName: '  Bernard Hamon, trésorier ' })).toMatchObject({
      ok: true,
      value: { userName: 'Bernard Hamon, trésorier' },
    });
    await call('representatives:create', personInput());
    expect(await lastActor()).toBe('Bernard Hamon, trésorier');
  });

  it('falls back to the context’s default when no name is set', async () => {
    await call('representatives:create', personInput());
    expect(await lastActor()).toBe('test');
  });

  it('refuses a name longer than 100 characters, in French', async () => {
    const result = await call('appSettings:save', { userName: 'x'.repeat(101) });
    expect(result).toMatchObject({
      ok: false,
      error: { fieldErrors: { userName: '100 caractères au maximum' } },
    });
  });
});

describe('the author recorded by the real application when no name is set', () => {
  it('is left empty, never a placeholder standing for a person', async () => {
    const opened = await openApp(':memory:', 'navigateur');
    try {
      const result = await dispatch(opened.ctx, 'representatives:create', personInput(), () => undefined);
      expect(result.ok).toBe(true);
      const { actor } = await opened.ctx.db
        .selectFrom('audit_log')
        .select('actor')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect(actor).toBe('');
    } finally {
      await opened.database.close();
    }
  });
});
