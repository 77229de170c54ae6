/**
 * The boundary refuses what it does not know: every object in every channel's input schema is
 * strict (an unknown key — a field renamed, a stray « isAdmin » — is an error, not silently
 * dropped), and no text may carry a NUL byte or half of a UTF-16 pair, whichever field it is in.
 */
import type { z } from 'zod';
import { contract, type Channel } from '../../../electron/ipc/contract';
import { dispatch } from '../../../electron/ipc/dispatch';
import { optionalText, requiredText, UNSTORABLE_TEXT_MESSAGE } from '../../../shared/fields';
import { createTestApp, type TestApp } from '../../helpers/context';
import { personInput } from '../../helpers/representatives';

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def => (schema as z.ZodType)._zod.def as unknown as Def;

/** Paths of the object schemas that let unknown keys through. */
function looseObjects(schema: unknown, at: string, seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const inner = (key: string, suffix = '') => looseObjects(def[key], `${at}${suffix}`, seen);
  switch (def.type) {
    case 'object': {
      const catchall = def.catchall === undefined ? null : defOf(def.catchall).type;
      const own = catchall === 'never' ? [] : [at || '(racine)'];
      const shape = def.shape as Record<string, unknown>;
      return [...own, ...Object.entries(shape).flatMap(([k, v]) => looseObjects(v, `${at}.${k}`, seen))];
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return inner('innerType');
    case 'pipe':
      return [...inner('in'), ...inner('out')];
    case 'array':
      return inner('element', '[]');
    case 'record':
      return inner('valueType', '{}');
    case 'union':
      return (def.options as unknown[]).flatMap((o) => looseObjects(o, at, seen));
    case 'intersection':
      return [...inner('left'), ...inner('right')];
    case 'tuple':
      return (def.items as unknown[]).flatMap((o, i) => looseObjects(o, `${at}[${i}]`, seen));
    case 'lazy':
      return looseObjects((def.getter as () => unknown)(), at, seen);
    default:
      return [];
  }
}

describe('the boundary', () => {
  it('has a strict schema for every object of every channel', () => {
    const loose = (Object.keys(contract) as Channel[]).flatMap((channel) =>
      looseObjects(contract[channel].input, channel),
    );
    expect(loose).toEqual([]);
  });

  it('still accepts what the settings pages send back: the value they read, as read', async () => {
    const app = await createTestApp();
    try {
      const get = async (channel: Channel, input: unknown): Promise<Record<string, unknown>> => {
        const result = await dispatch(app.ctx, channel, input);
        if (!result.ok) throw new Error(result.error.message);
        return result.value as Record<string, unknown>;
      };
      // As renderer/claims/PolicyCard.tsx sends it: the policy read, but where it is inherited from.
      const { inheritedFrom: _inheritedFrom, ...policy } = await get('policies:get', { year: 2026 });
      const sentBack: [Channel, unknown][] = [
        ['policies:save', { ...policy, year: 2026 }],
        ['scales:save', await get('scales:get', { year: 2026 })],
        ['claimsSettings:save', await get('claimsSettings:get', undefined)],
        ['reports:saveSettings', await get('reports:settings', undefined)],
        ['registerSettings:save', await get('registerSettings:get', undefined)],
        ['appSettings:save', await get('appSettings:get', undefined)],
      ];
      for (const [channel, input] of sentBack) {
        expect([channel, await dispatch(app.ctx, channel, input)]).toMatchObject([channel, { ok: true }]);
      }
    } finally {
      await app.close();
    }
  });

  describe('refuses text that cannot be stored as such', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await createTestApp();
    });
    afterAll(() => app.close());

    it.each([
      ['a NUL byte', 'Dupont\u0000; drop'],
      ['a lone high surrogate', 'Dupont \ud83d'],
      ['a lone low surrogate', '\ude00 Dupont'],
    ])('%s, in a named field or in a free one', async (_what, text) => {
      const quiet = () => undefined;
      const named = await dispatch(app.ctx, 'representatives:create', personInput({ lastName: text }), quiet);
      expect(named).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fieldErrors: { lastName: expect.stringMatching(/caractère invalide/) } },
      });
      const search = await dispatch(app.ctx, 'representatives:list', { search: text }, quiet);
      expect(search).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      const rows = await app.ctx.db.selectFrom('representative').select('id').execute();
      expect(rows).toHaveLength(0);
    });

    it('in the forms too, at the field, through the shared field helpers', () => {
      expect(
        requiredText(50, 'Le nom est obligatoire').safeParse('Dupont\u0000').error?.issues[0]?.message,
      ).toBe(UNSTORABLE_TEXT_MESSAGE);
      expect(optionalText(50).safeParse('\ud83d').success).toBe(false);
      expect(optionalText(50).safeParse('😀').success).toBe(true);
    });

    it('but keeps accents, emoji and line breaks', async () => {
      const result = await dispatch(
        app.ctx,
        'representatives:create',
        personInput({ lastName: 'Lefèvre-Œuvray 😀', notes: 'Première ligne\nSeconde\tligne' }),
      );
      expect(result.ok).toBe(true);
    });
  });
});
